import fc from 'fast-check';
import Decimal from 'decimal.js';
import { Dec, aTexto, importe, suma } from './importe';
import { redondearACentavos, repartir, repartirProporcional, truncarFactor } from './redondeo';

const centavosArb = fc.bigInt({ min: -10_000_000_000n, max: 10_000_000_000n });
const importeArb = centavosArb.map((c) => new Dec(c.toString()).dividedBy(100));

describe('decisión 0001: redondeo y reparto de centavos', () => {
  it('repartir un importe en n partes no crea ni pierde un centavo', () => {
    fc.assert(fc.property(importeArb, fc.integer({ min: 1, max: 60 }), (total, n) => {
      const partes = repartir(total, n);
      expect(partes).toHaveLength(n);
      expect(suma(partes).equals(total)).toBe(true);
      for (const p of partes) expect(p.decimalPlaces()).toBeLessThanOrEqual(2);
      const max = Decimal.max(...partes.map((p) => p.abs())), min = Decimal.min(...partes.map((p) => p.abs()));
      expect(max.minus(min).lte('0.01')).toBe(true);
    }));
  });

  it('repartir en proporción a unos pesos suma exactamente el total', () => {
    const pesoArb = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Dec(n).dividedBy(7));
    fc.assert(fc.property(importeArb, fc.array(pesoArb, { minLength: 1, maxLength: 12 }), (total, pesos) => {
      fc.pre(pesos.some((p) => !p.isZero()));
      const partes = repartirProporcional(total, pesos);
      expect(suma(partes).equals(total)).toBe(true);
      pesos.forEach((p, i) => { if (p.isZero()) expect(partes[i].isZero()).toBe(true); });
    }));
  });

  it('ejemplo: $100.00 en tres partes da 33.34, 33.33 y 33.33', () => {
    expect(repartir(importe('100.00'), 3).map(aTexto)).toEqual(['33.34', '33.33', '33.33']);
    expect(repartir(importe('-0.05'), 2).map(aTexto)).toEqual(['-0.03', '-0.02']);
  });

  it('redondear a centavos es idempotente y nunca se aleja más de medio centavo', () => {
    const valorArb = fc.bigInt({ min: -100_000_000_000_000n, max: 100_000_000_000_000n }).map((n) => new Dec(n.toString()).dividedBy(10_000));
    fc.assert(fc.property(valorArb, (v) => {
      const r = redondearACentavos(v);
      expect(redondearACentavos(r).equals(r)).toBe(true);
      expect(r.minus(v).abs().lte('0.005')).toBe(true);
    }));
  });

  it('redondear a centavos lleva la mitad hacia arriba en valor absoluto', () => {
    expect(aTexto(redondearACentavos(new Dec('2.345')))).toBe('2.35');
    expect(aTexto(redondearACentavos(new Dec('2.3449999')))).toBe('2.34');
    expect(aTexto(redondearACentavos(new Dec('-2.345')))).toBe('-2.35');
  });

  it('CHP art. 43: el factor se trunca al diezmilésimo, nunca sube', () => {
    const factorArb = fc.bigInt({ min: 0n, max: 1_000_000_000_000n }).map((n) => new Dec(n.toString()).dividedBy(100_000_000));
    fc.assert(fc.property(factorArb, (f) => {
      const t = truncarFactor(f);
      expect(t.lte(f)).toBe(true);
      expect(f.minus(t).lt('0.0001')).toBe(true);
      expect(t.decimalPlaces()).toBeLessThanOrEqual(4);
    }));
    expect(truncarFactor(new Dec('1.09999')).toString()).toBe('1.0999');
  });

  it('importe y aTexto conservan el valor de cualquier cadena en centavos', () => {
    fc.assert(fc.property(centavosArb, (c) => {
      const texto = aTexto(new Dec(c.toString()).dividedBy(100));
      expect(aTexto(importe(texto))).toBe(texto);
    }));
  });
});

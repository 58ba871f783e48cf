import fc from 'fast-check';
import { Dec } from '../comun/importe';
import { Adeudo, aplicarPago, ordenarAdeudos } from './aplicacion-de-pagos';
import { CONCEPTOS_DE_ADEUDO, REGLA_ART_42_V, REGLA_ART_50 } from './regla-de-aplicacion';

const centavos = (max: number) => fc.integer({ min: 0, max }).map((c) => new Dec(c).dividedBy(100).toFixed(2));
const adeudo = fc.record({
  concepto: fc.constantFrom(...CONCEPTOS_DE_ADEUDO),
  periodo: fc.constantFrom('2021', '2022', '2023', '2024-01', '2024-02'),
  saldo: centavos(5_000_000),
});
const caso = fc.record({ pago: centavos(20_000_000), adeudos: fc.array(adeudo, { maxLength: 12 }), regla: fc.constantFrom(REGLA_ART_50, REGLA_ART_42_V) });
const total = (xs: readonly string[]) => xs.reduce((s, x) => s.plus(x), new Dec(0));

describe('CHP arts. 50-51 and 42 V: properties of aplicarPago', () => {
  it('preserves the payment to the centavo: applied plus remainder equals the payment', () => {
    fc.assert(fc.property(caso, ({ pago, adeudos, regla }) => {
      const r = aplicarPago(pago, adeudos, regla);
      expect(new Dec(r.totalAplicado).plus(r.remanente).toFixed(2)).toBe(new Dec(pago).toFixed(2));
      expect(new Dec(r.totalAplicado).plus(r.totalPendiente).toFixed(2)).toBe(total(adeudos.map((a) => a.saldo)).toFixed(2));
    }));
  });

  it('never pays a part more than it owes, and leaves a remainder only when every part is paid', () => {
    fc.assert(fc.property(caso, ({ pago, adeudos, regla }) => {
      const r = aplicarPago(pago, adeudos, regla);
      for (const p of r.partes) {
        expect(new Dec(p.aplicado).gte(0)).toBe(true);
        expect(new Dec(p.aplicado).lte(p.adeudado)).toBe(true);
        expect(new Dec(p.aplicado).plus(p.pendiente).eq(p.adeudado)).toBe(true);
      }
      if (new Dec(r.remanente).gt(0)) expect(r.totalPendiente).toBe('0.00');
    }));
  });

  it('respects the order: no part receives money while an earlier part in the order stays unpaid', () => {
    fc.assert(fc.property(caso, ({ pago, adeudos, regla }) => {
      const r = aplicarPago(pago, adeudos, regla);
      const primeroPendiente = r.partes.findIndex((p) => new Dec(p.pendiente).gt(0));
      if (primeroPendiente >= 0) {
        r.partes.slice(primeroPendiente + 1).forEach((p) => expect(p.aplicado).toBe('0.00'));
      }
    }));
  });

  it('visits older periods before newer ones under both rules', () => {
    fc.assert(fc.property(fc.array(adeudo, { maxLength: 12 }), fc.constantFrom(REGLA_ART_50, REGLA_ART_42_V), (adeudos: Adeudo[], regla) => {
      const periodos = ordenarAdeudos(adeudos, regla).map((a) => a.periodo);
      expect(periodos).toEqual([...periodos].sort());
    }));
  });
});

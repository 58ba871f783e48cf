import { RechazoDeDominio } from '../comun/errores';
import { UMBRALES_CHP_ART_25, UmbralesDeCancelacion, pruebaDeCancelacion } from './cancelacion';

const uno = (importe: string, costoDeRecuperacion?: string) =>
  pruebaDeCancelacion({ creditos: [{ id: 'A', importe }], ...(costoDeRecuperacion ? { costoDeRecuperacion } : {}) });

describe('CHP arts. 25-26: prueba de cancelación de créditos', () => {
  it('CHP art. 25 I: a credit of exactly $1,500.00 is uncollectable by its amount ("inferior o equivalente")', () => {
    const r = uno('1500.00');
    expect(r.procede).toBe(true);
    expect(r.causas).toEqual(['incosteable-por-monto']);
  });

  it('CHP art. 25 I: a credit of $1,500.01 without a cost estimate does not qualify', () => {
    const r = uno('1500.01');
    expect(r.procede).toBe(false);
    expect(r.desglose.map((l) => l.texto)).toContain('Sin estimación del costo de recuperación: no se prueba la segunda hipótesis');
  });

  it('CHP art. 25 I: $109,000.00 with a recovery cost of exactly 75 % ($81,750.00) does not "rebasar" the percentage', () => {
    expect(uno('109000.00', '81750.00').procede).toBe(false);
  });

  it('CHP art. 25 I: $109,000.00 with a recovery cost of $81,750.01 is uncollectable by cost', () => {
    const r = uno('109000.00', '81750.01');
    expect(r.causas).toEqual(['incosteable-por-costo']);
    expect(r.desglose[2]).toEqual({
      texto: 'Costo de recuperación $81750.01 rebasa el 75 % del importe ($81750.00): cobro incosteable',
      fundamento: 'CHP art. 25 I',
    });
  });

  it('CHP art. 25 I: above $109,000.00 no recovery cost makes a credit uncollectable', () => {
    expect(uno('109000.01', '109000.01').procede).toBe(false);
  });

  it('CHP art. 25, last paragraph: two credits of $800.00 are added together and the sum ($1,600.00) fails the amount test', () => {
    const r = pruebaDeCancelacion({ creditos: [{ id: 'A', importe: '800.00' }, { id: 'B', importe: '800.00' }] });
    expect(r.importeConsiderado).toBe('1600.00');
    expect(r.procede).toBe(false);
    expect(r.desglose[0]).toEqual({ texto: 'Se suman los 2 créditos del deudor', importe: '1600.00', fundamento: 'CHP art. 25, último párrafo' });
  });

  it('CHP art. 25 II: a debtor who died leaving no goods is insolvent whatever the amount', () => {
    const r = pruebaDeCancelacion({ creditos: [{ id: 'A', importe: '500000.00' }], insolvencia: 'fallecido-sin-bienes' });
    expect(r.causas).toEqual(['insolvencia']);
    expect(r.desglose.at(-2)?.fundamento).toBe('CHP art. 25 II');
  });

  it('CHP art. 25 I: the thresholds are a dated parameter, so a reformed amount changes the outcome without code', () => {
    const reformados: UmbralesDeCancelacion = { ...UMBRALES_CHP_ART_25, vigenteDesde: '2030-01-01', importeMaximoIncosteable: '2000.00' };
    expect(pruebaDeCancelacion({ creditos: [{ id: 'A', importe: '1800.00' }] }, reformados).procede).toBe(true);
  });

  it('rejects an empty list of credits and a negative amount, naming the field', () => {
    expect(() => pruebaDeCancelacion({ creditos: [] })).toThrow(RechazoDeDominio);
    let e: unknown;
    try {
      pruebaDeCancelacion({ creditos: [{ id: 'A', importe: '10.00' }, { id: 'B', importe: '-1.00' }] });
    } catch (x) {
      e = x;
    }
    expect((e as RechazoDeDominio).campo).toBe('creditos[1].importe');
  });
});

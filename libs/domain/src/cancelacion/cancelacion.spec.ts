import { RechazoDeDominio } from '../comun/errores';
import { crearTablaFechada } from '../comun/tabla-fechada';
import { TABLA_UMBRALES_DE_CANCELACION, UmbralesDeCancelacion, pruebaDeCancelacion } from './cancelacion';

const fecha = '2025-06-30';

const uno = (importe: string, costoDeRecuperacion?: string) =>
  pruebaDeCancelacion({ fecha, creditos: [{ id: 'A', importe }], ...(costoDeRecuperacion ? { costoDeRecuperacion } : {}) });

describe('CHP arts. 25-26: prueba de cancelación de créditos', () => {
  it('CHP art. 25 I: a credit of exactly $1,500.00 is uncollectable by its amount ("inferior o equivalente")', () => {
    const r = uno('1500.00');
    expect(r.procede).toBe(true);
    expect(r.causas).toEqual(['incosteable-por-monto']);
  });

  it('CHP art. 25 I: a credit of $1,500.01 without a cost estimate does not qualify', () => {
    const r = uno('1500.01');
    expect(r.procede).toBe(false);
    expect(r.desglose.map((l) => l.detalle)).toContain('Sin estimación del costo de recuperación: no se prueba la segunda hipótesis');
  });

  it('CHP art. 25 I: $109,000.00 with a recovery cost of exactly 75 % ($81,750.00) does not "rebasar" the percentage', () => {
    expect(uno('109000.00', '81750.00').procede).toBe(false);
  });

  it('CHP art. 25 I: $109,000.00 with a recovery cost of $81,750.01 is uncollectable by cost', () => {
    const r = uno('109000.00', '81750.01');
    expect(r.causas).toEqual(['incosteable-por-costo']);
    expect(r.desglose[2]).toEqual({
      concepto: 'Costo de recuperación',
      articulo: 'CHP art. 25 I',
      detalle: 'Costo de recuperación $81750.01 rebasa el 75 % del importe ($81750.00): cobro incosteable',
    });
  });

  it('CHP art. 25 I: above $109,000.00 no recovery cost makes a credit uncollectable', () => {
    expect(uno('109000.01', '109000.01').procede).toBe(false);
  });

  it('CHP art. 25, last paragraph: two credits of $800.00 are added together and the sum ($1,600.00) fails the amount test', () => {
    const r = pruebaDeCancelacion({ fecha, creditos: [{ id: 'A', importe: '800.00' }, { id: 'B', importe: '800.00' }] });
    expect(r.importeConsiderado).toBe('1600.00');
    expect(r.procede).toBe(false);
    expect(r.desglose[0]).toEqual({ concepto: 'Importe considerado', articulo: 'CHP art. 25, último párrafo', detalle: 'se suman los 2 créditos del deudor', importe: '1600.00' });
  });

  it('CHP art. 25 II: a debtor who died leaving no goods is insolvent whatever the amount', () => {
    const r = pruebaDeCancelacion({ fecha, creditos: [{ id: 'A', importe: '500000.00' }], insolvencia: 'fallecido-sin-bienes' });
    expect(r.causas).toEqual(['insolvencia']);
    expect(r.desglose.at(-2)?.articulo).toBe('CHP art. 25 II');
  });

  it('CHP art. 25 I: the thresholds are a dated parameter, so a reformed amount changes the outcome without code', () => {
    const actual = TABLA_UMBRALES_DE_CANCELACION.filas[0];
    const reformados: UmbralesDeCancelacion = { ...actual.valor, importeMaximoIncosteable: '2000.00' };
    const tabla = crearTablaFechada('umbrales', [actual, { desde: '2030-01-01', valor: reformados, fuente: 'reforma hipotética', verificada: false }]);
    const credito = [{ id: 'A', importe: '1800.00' }];
    expect(pruebaDeCancelacion({ fecha: '2029-12-31', creditos: credito }, tabla).procede).toBe(false);
    const despues = pruebaDeCancelacion({ fecha: '2030-01-01', creditos: credito }, tabla);
    expect(despues.procede).toBe(true);
    expect(despues.advertencias[0]).toContain('provisional');
  });

  it('refuses a date before the first row of the thresholds table', () => {
    expect(() => pruebaDeCancelacion({ fecha: '2024-12-31', creditos: [{ id: 'A', importe: '1.00' }] })).toThrow('no tiene un valor vigente');
  });

  it('rejects an empty list of credits and a negative amount, naming the field', () => {
    expect(() => pruebaDeCancelacion({ fecha, creditos: [] })).toThrow(RechazoDeDominio);
    let e: unknown;
    try {
      pruebaDeCancelacion({ fecha, creditos: [{ id: 'A', importe: '10.00' }, { id: 'B', importe: '-1.00' }] });
    } catch (x) {
      e = x;
    }
    expect((e as RechazoDeDominio).campo).toBe('creditos[1].importe');
  });
});

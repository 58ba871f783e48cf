import { RechazoDeDominio } from '../comun/errores';
import { Adeudo, aplicarPago } from './aplicacion-de-pagos';
import { REGLA_ART_42_V, REGLA_ART_50, ReglaDeAplicacion } from './regla-de-aplicacion';

const credito: Adeudo[] = [
  { concepto: 'contribucion', periodo: '2023', saldo: '10000.00' },
  { concepto: 'recargos', periodo: '2023', saldo: '1500.00' },
  { concepto: 'multa', periodo: '2023', saldo: '2000.00' },
  { concepto: 'gastos-de-ejecucion', periodo: '2023', saldo: '370.00' },
  { concepto: 'indemnizacion-cheque', periodo: '2023', saldo: '1000.00' },
];

const aplicadoPor = (r: ReturnType<typeof aplicarPago>) => r.partes.map((p) => [p.concepto, p.periodo, p.aplicado, p.pendiente]);

describe('CHP art. 50: orden de aplicación de un pago', () => {
  it('CHP art. 50: a partial payment covers gastos de ejecución, multas, recargos and the cheque indemnization before the contribution', () => {
    const r = aplicarPago('4000.00', credito, REGLA_ART_50);
    expect(aplicadoPor(r)).toEqual([
      ['gastos-de-ejecucion', '2023', '370.00', '0.00'],
      ['multa', '2023', '2000.00', '0.00'],
      ['recargos', '2023', '1500.00', '0.00'],
      ['indemnizacion-cheque', '2023', '130.00', '870.00'],
      ['contribucion', '2023', '0.00', '10000.00'],
    ]);
    expect(r.totalAplicado).toBe('4000.00');
    expect(r.totalPendiente).toBe('10870.00');
    expect(r.remanente).toBe('0.00');
  });

  it('CHP art. 50: a payment above the debt covers everything and leaves the excess as saldo a favor', () => {
    const r = aplicarPago('15000.00', credito, REGLA_ART_50);
    expect(r.totalAplicado).toBe('14870.00');
    expect(r.totalPendiente).toBe('0.00');
    expect(r.remanente).toBe('130.00');
    expect(r.desglose.at(-1)).toEqual({ concepto: 'Remanente a favor del contribuyente', articulo: 'CHP art. 53', detalle: 'el pago excede el adeudo; el excedente se devuelve o compensa', importe: '130.00' });
  });

  it('CHP art. 50 I: gastos extraordinarios rank with the gastos de ejecución, in the order given', () => {
    const r = aplicarPago('500.00', [
      { concepto: 'multa', periodo: '2024', saldo: '100.00' },
      { concepto: 'gastos-extraordinarios', periodo: '2024', saldo: '300.00' },
      { concepto: 'gastos-de-ejecucion', periodo: '2024', saldo: '370.00' },
    ], REGLA_ART_50);
    expect(aplicadoPor(r)).toEqual([
      ['gastos-extraordinarios', '2024', '300.00', '0.00'],
      ['gastos-de-ejecucion', '2024', '200.00', '170.00'],
      ['multa', '2024', '0.00', '100.00'],
    ]);
  });

  it('CHP art. 51: a periodic contribution owed for several periods is paid oldest period first, each period in the art. 50 order', () => {
    const r = aplicarPago('1300.00', [
      { concepto: 'contribucion', periodo: '2024-02', saldo: '1000.00' },
      { concepto: 'recargos', periodo: '2024-02', saldo: '50.00' },
      { concepto: 'contribucion', periodo: '2024-01', saldo: '1000.00' },
      { concepto: 'recargos', periodo: '2024-01', saldo: '80.00' },
    ], REGLA_ART_50);
    expect(aplicadoPor(r)).toEqual([
      ['recargos', '2024-01', '80.00', '0.00'],
      ['contribucion', '2024-01', '1000.00', '0.00'],
      ['recargos', '2024-02', '50.00', '0.00'],
      ['contribucion', '2024-02', '170.00', '830.00'],
    ]);
  });

  it('CHP art. 42 V: under a convenio the recargos por prórroga and por mora come first, then multas before gastos de ejecución', () => {
    const r = aplicarPago('600.00', [
      { concepto: 'contribucion', periodo: '2022', saldo: '5000.00' },
      { concepto: 'gastos-de-ejecucion', periodo: '2022', saldo: '370.00' },
      { concepto: 'multa', periodo: '2022', saldo: '200.00' },
      { concepto: 'recargos-por-mora', periodo: '2022', saldo: '30.00' },
      { concepto: 'recargos-por-prorroga', periodo: '2022', saldo: '120.00' },
    ], REGLA_ART_42_V);
    expect(aplicadoPor(r)).toEqual([
      ['recargos-por-prorroga', '2022', '120.00', '0.00'],
      ['recargos-por-mora', '2022', '30.00', '0.00'],
      ['multa', '2022', '200.00', '0.00'],
      ['gastos-de-ejecucion', '2022', '250.00', '120.00'],
      ['contribucion', '2022', '0.00', '5000.00'],
    ]);
    expect(r.partes[3].fundamento).toBe('CHP art. 42 V c 3');
  });

  it('CHP art. 50: a zero payment applies nothing and leaves every part owed', () => {
    const r = aplicarPago('0.00', credito, REGLA_ART_50);
    expect(r.totalAplicado).toBe('0.00');
    expect(r.totalPendiente).toBe('14870.00');
  });

  it('CHP art. 50: each line of the breakdown names the fraction that put the part there', () => {
    const r = aplicarPago('400.00', credito, REGLA_ART_50);
    expect(r.desglose).toEqual([
      { concepto: 'Pago recibido', articulo: 'CHP arts. 50 y 51', detalle: 'Orden general de aplicación de pagos', importe: '400.00' },
      { concepto: 'Aplicado a gastos-de-ejecucion, periodo 2023', articulo: 'CHP art. 50 I', detalle: 'cubre el adeudo de $370.00', importe: '370.00' },
      { concepto: 'Aplicado a multa, periodo 2023', articulo: 'CHP art. 50 II', detalle: 'cubre $30.00 de $2000.00; quedan $1970.00', importe: '30.00' },
      { concepto: 'Adeudo que queda pendiente', articulo: 'CHP arts. 50 y 51', detalle: 'el pago no cubre la totalidad del adeudo', importe: '14470.00' },
    ]);
  });

  it('rejects a payment with fractions of a centavo, naming the field pago', () => {
    expect(() => aplicarPago('10.005', credito, REGLA_ART_50)).toThrow(RechazoDeDominio);
    try {
      aplicarPago('-1.00', credito, REGLA_ART_50);
    } catch (e) {
      expect((e as RechazoDeDominio).campo).toBe('pago');
    }
    expect.assertions(2);
  });

  it('rejects a debt part whose concepto the rule does not order, naming the field', () => {
    const sinContribucion: ReglaDeAplicacion = { ...REGLA_ART_50, rangos: REGLA_ART_50.rangos.slice(0, 4) };
    let error: unknown;
    try {
      aplicarPago('1.00', credito, sinContribucion);
    } catch (e) {
      error = e;
    }
    expect((error as RechazoDeDominio).codigo).toBe('concepto-sin-orden');
    expect((error as RechazoDeDominio).campo).toBe('adeudos[0].concepto');
  });

  it('rejects a rule that lists one concepto twice', () => {
    const repetida: ReglaDeAplicacion = { ...REGLA_ART_50, rangos: [...REGLA_ART_50.rangos, { conceptos: ['multa'], fundamento: 'x' }] };
    expect(() => aplicarPago('1.00', credito, repetida)).toThrow('repite o desconoce el concepto "multa"');
  });
});

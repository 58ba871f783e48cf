import { ID, decider, decidirTras, determinado, exigible, firme, notificado, spec } from '../../../../test/support/credito-de-prueba';
import type { ComandoDeCredito, EventoDeCredito } from './index';

const base: EventoDeCredito[] = [determinado, notificado, exigible, firme];
const pagar = (importe: string, fechaPago: string, pagoId = 'RO-2025-00000001-7'): ComandoDeCredito => ({ type: 'AplicarPago', data: { creditoId: ID, pagoId, importe, fechaPago } });
const parte = (concepto: string, contribucion: string, adeudado: string, aplicado: string, pendiente: string, fundamento: string) =>
  ({ concepto, periodo: '2024-05', contribucion, adeudado, aplicado, pendiente, fundamento });

const pagoParcial: EventoDeCredito = {
  type: 'PagoAplicado',
  data: {
    creditoId: ID, pagoId: 'RO-2025-00000001-7', origen: 'pago-recibido', fechaPago: '2025-06-10', importe: '5000.00',
    partes: [parte('recargos', 'recargos', '300.00', '300.00', '0.00', 'CHP art. 50 III'), parte('contribucion', 'principal', '10000.00', '4700.00', '5300.00', 'CHP art. 50 V')],
    totalAplicado: '5000.00', totalPendiente: '5300.00', remanente: '0.00', historicoExtinguido: '4700.00', recargosPendientes: '0.00', fundamento: 'CHP arts. 50 y 51',
  },
} as never;

describe('CreditoFiscal: pagos aplicados (CHP arts. 50-51 y 53)', () => {
  it('CHP arts. 44-45 y 50: un pago corto cubre primero los recargos de dos meses de mora (3 %) y el resto la contribución; el crédito sigue abierto', () => {
    spec.given(base).when(pagar('5000.00', '2025-06-10')).then([pagoParcial]);
  });

  it('CHP art. 45 ¶3: el segundo pago sólo debe los recargos del saldo desde el primer pago (1.5 % de 5,300.00) y liquida el crédito', () => {
    const [aplicado, pagado] = decidirTras([...base, pagoParcial], pagar('5379.50', '2025-07-10', 'RO-2'));
    expect(aplicado).toMatchObject({ type: 'PagoAplicado', data: { totalPendiente: '0.00', remanente: '0.00', historicoExtinguido: '5300.00', partes: [{ concepto: 'recargos', adeudado: '79.50' }, { concepto: 'contribucion', adeudado: '5300.00' }] } });
    expect(pagado).toEqual({ type: 'CreditoPagado', data: { creditoId: ID, fecha: '2025-07-10' } });
  });

  it('CHP arts. 50 I y 53: los gastos de ejecución se cubren primero y el exceso queda como saldo a favor del contribuyente', () => {
    const requerido = decidirTras(base, { type: 'PracticarRequerimiento', data: { creditoId: ID, fecha: '2025-05-06' } });
    const eventos = decidirTras([...base, ...requerido], pagar('11000.00', '2025-05-06'));
    expect(eventos[0]).toMatchObject({
      type: 'PagoAplicado',
      data: {
        partes: [
          { concepto: 'gastos-de-ejecucion', adeudado: '370.00', aplicado: '370.00', fundamento: 'CHP art. 50 I' },
          { concepto: 'recargos', adeudado: '150.00', aplicado: '150.00', fundamento: 'CHP art. 50 III' },
          { concepto: 'contribucion', adeudado: '10000.00', aplicado: '10000.00', fundamento: 'CHP art. 50 V' },
        ],
        totalAplicado: '10520.00', remanente: '480.00',
      },
    });
    const estado = [...base, ...requerido, ...eventos].reduce(decider.evolve, decider.estadoInicial());
    expect(estado.saldoAFavor).toBe('480.00');
    expect(estado.extincion).toEqual({ como: 'pagado', fecha: '2025-05-06' });
  });

  it('pagado antes de la fecha límite no causa actualización ni recargos', () => {
    expect(decidirTras([determinado, notificado], pagar('10000.00', '2025-04-25'))[1]).toEqual({ type: 'CreditoPagado', data: { creditoId: ID, fecha: '2025-04-25' } });
  });

  it('CHP art. 42 V: rechaza un pago suelto mientras hay convenio vigente, nombrando pagoId', () => {
    const convenio = { type: 'ConvenioAutorizado', data: { convenioId: 'CONV-1', creditoId: ID, fechaDeSolicitud: '2025-06-02', fechaDeAutorizacion: '2025-06-02', montoTotalActualizado: '10150.00', pagoInicial: '2030.00', saldo: '8120.00', tasaMensualDeProrroga: '1.26', parcialidades: [], garantia: '8120.00' } };
    spec.given([...base, convenio as never]).when(pagar('100.00', '2025-06-10')).thenRejects('credito-en-convenio', 'pagoId', 'CHP art. 42 V');
  });

  it('rechaza un importe no positivo, una fecha anterior a la determinación, y un crédito ya pagado', () => {
    spec.given(base).when(pagar('0.00', '2025-06-10')).thenRejects('importe-invalido', 'importe');
    spec.given(base).when(pagar('10.00', '2025-02-19')).thenRejects('pago-anterior-a-la-determinacion', 'fechaPago', 'CHP art. 37');
    spec.given([...base, { type: 'CreditoPagado', data: { creditoId: ID, fecha: '2025-06-10' } }]).when(pagar('10.00', '2025-06-11', 'RO-9')).thenRejects('credito-extinguido', 'creditoId');
  });

  it('CHP arts. 45, 50 II y 184: una multa pagada tarde se actualiza pero no causa recargos', () => {
    const multa = { ...determinado, data: { ...determinado.data, origen: 'multa', concepto: 'multa', importeHistorico: '5000.00', fundamento: 'CHP arts. 37 I y 184' } } as EventoDeCredito;
    const [aplicado, pagado] = decidirTras([multa, notificado, exigible], pagar('5000.00', '2025-06-10'));
    expect(aplicado).toMatchObject({ data: { partes: [{ concepto: 'multa', adeudado: '5000.00', aplicado: '5000.00', fundamento: 'CHP art. 50 II' }], totalPendiente: '0.00' } });
    expect(pagado.type).toBe('CreditoPagado');
  });

  it('el mismo pago recibido aplicado dos veces no hace nada', () => {
    spec.given([...base, pagoParcial]).when(pagar('5000.00', '2025-06-10')).thenNothingHappened();
  });
});

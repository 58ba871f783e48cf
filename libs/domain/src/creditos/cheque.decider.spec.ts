import { ID, barrer, decider, decidirTras, determinado, notificado, spec } from '../../../../test/support/credito-de-prueba';
import { entornoDePrueba } from '../../../../test/support/entorno-de-credito';
import { adeudoALaFecha, type ComandoDeCredito, type EventoDeCredito } from './index';

const pagadoConCheque = decidirTras([determinado, notificado], { type: 'AplicarPago', data: { creditoId: ID, pagoId: 'RO-CH-1', importe: '10000.00', fechaPago: '2025-04-10' } });
const base: EventoDeCredito[] = [determinado, notificado, ...pagadoConCheque];
const devolver = (cambios: Record<string, unknown> = {}): ComandoDeCredito => ({ type: 'RegistrarChequeNoPagado', data: { creditoId: ID, pagoId: 'RO-CH-1', importeCheque: '10000.00', fecha: '2025-04-14', ...cambios } as never });
const devuelto: EventoDeCredito = {
  type: 'ChequeNoPagado',
  data: {
    creditoId: ID, pagoId: 'RO-CH-1', fecha: '2025-04-14', importeCheque: '10000.00', indemnizacion: '2000.00', plazoDePago: '2025-04-17',
    restituido: { historico: '10000.00', recargos: '0.00', indemnizacion: '0.00', gastos: [], saldoAFavor: '0.00' }, fundamento: 'CHP art. 48',
  },
};

describe('CreditoFiscal: cheque no pagado (CHP art. 48)', () => {
  it('el cheque devuelto no pagó: se restituye lo que cubrió, más la indemnización del 20 %, con tres días hábiles para pagar', () => {
    expect(pagadoConCheque.map((e) => e.type)).toEqual(['PagoAplicado', 'CreditoPagado']);
    spec.given(base).when(devolver()).then([devuelto]);
    const estado = [...base, devuelto].reduce(decider.evolve, decider.estadoInicial());
    expect(estado.extincion).toBeNull();
    expect(adeudoALaFecha(estado, '2025-04-22', entornoDePrueba.tablasDeAdeudo)).toMatchObject({ contribucion: '10000.00', indemnizacionCheque: '2000.00', recargos: '0.00', total: '12000.00' });
  });

  it('CHP art. 48: vencidos los tres días sin pago, el barrido lo hace exigible el día hábil siguiente', () => {
    spec.given([...base, devuelto]).when(barrer('2025-04-22')).then([{ type: 'CreditoExigible', data: { creditoId: ID, fecha: '2025-04-18', causa: 'cheque-no-pagado', seisDiasDelArt117: false, fundamento: 'CHP art. 48' } }]);
  });

  it('CHP arts. 45 y 50 IV: la indemnización se paga en su lugar del orden y nunca causa recargos', () => {
    const [pago] = decidirTras([...base, devuelto], { type: 'AplicarPago', data: { creditoId: ID, pagoId: 'RO-2', importe: '12000.00', fechaPago: '2025-06-10' } });
    expect(pago).toMatchObject({ data: { partes: [
      { concepto: 'recargos', adeudado: '300.00' },
      { concepto: 'indemnizacion-cheque', adeudado: '2000.00', fundamento: 'CHP art. 50 IV' },
      { concepto: 'contribucion', adeudado: '10000.00' },
    ] } });
  });

  it('CHP art. 48: rechaza un pago que no se aplicó a este crédito o un importe distinto del pago', () => {
    spec.given(base).when(devolver({ pagoId: 'RO-X' })).thenRejects('pago-no-aplicado', 'pagoId', 'CHP art. 48');
    spec.given(base).when(devolver({ importeCheque: '9999.00' })).thenRejects('cheque-distinto-del-pago', 'importeCheque', 'CHP art. 48');
  });

  it('registrado dos veces no hace nada', () => {
    spec.given([...base, devuelto]).when(devolver()).thenNothingHappened();
  });
});

import { ID, determinado, exigible, firme, notificado, spec } from '../../../../test/support/credito-de-prueba';
import type { ComandoDeCredito, EventoDeCredito } from './index';

const base: EventoDeCredito[] = [determinado, notificado, exigible, firme];
const solicitar = (fechaSolicitud: string): ComandoDeCredito => ({ type: 'DeclararPrescripcion', data: { creditoId: ID, fechaSolicitud } });
const declarada = (fechaSolicitud: string, vencimiento: string, inicioDelComputo: string): EventoDeCredito =>
  ({ type: 'PrescripcionDeclarada', data: { creditoId: ID, fechaSolicitud, vencimiento, inicioDelComputo, fundamento: 'CHP art. 24' } });
const requerido: EventoDeCredito = { type: 'RequerimientoPracticado', data: { creditoId: ID, fecha: '2025-05-06', fechaSurteEfectos: '2025-05-07', plazoDePago: null, fundamento: 'CHP arts. 114 y 117' } };
const suspendido: EventoDeCredito = { type: 'PAESuspendido', data: { creditoId: ID, fecha: '2025-05-08', motivo: 'recurso-de-revocacion', garantia: { forma: 'fianza', importe: '10520.00' }, fundamento: 'CHP arts. 27, 30 y 182' } };
const reanudado: EventoDeCredito = { type: 'PAEReanudado', data: { creditoId: ID, fecha: '2025-06-07', motivo: 'resolucion-confirmatoria', fundamento: 'CHP arts. 30 y 182' } };

describe('CreditoFiscal: extinción (CHP arts. 24-26)', () => {
  describe('DeclararPrescripcion', () => {
    it('CHP art. 24: cinco años desde que fue exigible (28 abr 2030, domingo, corre al lunes 29); se declara a solicitud del contribuyente', () => {
      spec.given(base).when(solicitar('2030-04-30')).then([declarada('2030-04-30', '2030-04-29', '2025-04-28')]);
    });
    it('CHP art. 24: rechaza la solicitud presentada antes de consumarse, nombrando fechaSolicitud', () => {
      spec.given(base).when(solicitar('2030-04-29')).thenRejects('credito-no-prescrito', 'fechaSolicitud', 'CHP art. 24');
    });
    it('CHP art. 24 ¶3: el requerimiento notificado interrumpe y el término corre de nuevo desde él', () => {
      spec.given([...base, requerido]).when(solicitar('2030-04-30')).thenRejects('credito-no-prescrito', 'fechaSolicitud', 'CHP art. 24');
      spec.given([...base, requerido]).when(solicitar('2030-05-07')).then([declarada('2030-05-07', '2030-05-06', '2025-05-06')]);
    });
    it('CHP arts. 24 ¶4 y 30: los 30 días del PAE suspendido (8 may a 7 jun de 2025) no corren: vence el 5 de junio de 2030', () => {
      spec.given([...base, requerido, suspendido, reanudado]).when(solicitar('2030-06-05')).thenRejects('credito-no-prescrito', 'fechaSolicitud', 'CHP art. 24');
      spec.given([...base, requerido, suspendido, reanudado]).when(solicitar('2030-06-06')).then([declarada('2030-06-06', '2030-06-05', '2025-05-06')]);
    });
    it('rechaza un crédito que aún no es exigible; declarada, repetir no hace nada', () => {
      spec.given([determinado, notificado]).when(solicitar('2035-01-01')).thenRejects('credito-no-prescrito', 'fechaSolicitud');
      spec.given([...base, declarada('2030-04-30', '2030-04-29', '2025-04-28')]).when(solicitar('2030-04-30')).thenNothingHappened();
    });
  });

  describe('CancelarCredito', () => {
    const pequeno = { ...determinado, data: { ...determinado.data, importeHistorico: '1000.00' } } as EventoDeCredito;
    const cancelar = (cambios: Record<string, unknown> = {}): ComandoDeCredito => ({ type: 'CancelarCredito', data: { creditoId: ID, fecha: '2025-04-25', otrosCreditos: [], acuerdo: 'Acuerdo SH/SI/0012/2025', ...cambios } as never });
    const cancelado: EventoDeCredito = { type: 'CreditoCancelado', data: { creditoId: ID, fecha: '2025-04-25', causas: ['incosteable-por-monto'], importeConsiderado: '1000.00', acuerdo: 'Acuerdo SH/SI/0012/2025', fundamento: 'CHP arts. 25 y 26' } };
    it('CHP art. 25 I: un crédito de $1,000.00 es incosteable y se cancela por acuerdo', () => {
      spec.given([pequeno, notificado]).when(cancelar()).then([cancelado]);
    });
    it('CHP art. 25 último párrafo: sumados los créditos del deudor ($1,600.00) no es incosteable, nombrando costoDeRecuperacion', () => {
      spec.given([pequeno, notificado]).when(cancelar({ otrosCreditos: [{ id: 'CF-9', importe: '600.00' }] })).thenRejects('cancelacion-no-procede', 'costoDeRecuperacion', 'CHP art. 25');
    });
    it('CHP art. 25 II: el deudor insolvente puede cancelarse sea cual sea el monto', () => {
      spec.given(base).when(cancelar({ insolvencia: 'sin-bienes-embargables' })).then([{ type: 'CreditoCancelado', data: { ...cancelado.data, causas: ['insolvencia'], importeConsiderado: '10000.00' } } as EventoDeCredito]);
    });
    it('cancelado, repetir no hace nada y ningún acto posterior procede', () => {
      spec.given([pequeno, notificado, cancelado]).when(cancelar()).thenNothingHappened();
      spec.given([pequeno, notificado, cancelado]).when({ type: 'AplicarPago', data: { creditoId: ID, pagoId: 'RO-1', importe: '10.00', fechaPago: '2025-05-01' } }).thenRejects('credito-extinguido', 'creditoId');
    });
  });
});

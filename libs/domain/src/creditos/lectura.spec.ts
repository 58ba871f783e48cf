// The pure read side the projections will call: the PAE stage with its next legal deadline, the clocks and the
// balance by concept as of a date (amounts that accrue with time are computed, never stored).
import { ID, decider, determinado, exigible, firme, notificado } from '../../../../test/support/credito-de-prueba';
import { entornoDePrueba } from '../../../../test/support/entorno-de-credito';
import { TIPOS_DE_EVENTO_DE_CREDITO, adeudoALaFecha, etapaDelCredito, relojesDelCredito, relojesPorVencer, type EventoDeCredito } from './index';

const estado = (eventos: EventoDeCredito[]) => eventos.reduce(decider.evolve, decider.estadoInicial());
const etapa = (eventos: EventoDeCredito[], fecha: string) => etapaDelCredito(estado(eventos), entornoDePrueba, fecha);
const requerido: EventoDeCredito = { type: 'RequerimientoPracticado', data: { creditoId: ID, fecha: '2025-05-06', fechaSurteEfectos: '2025-05-07', plazoDePago: '2025-05-15', fundamento: 'CHP arts. 114 y 117 último párrafo' } };
const suspendido: EventoDeCredito = { type: 'PAESuspendido', data: { creditoId: ID, fecha: '2025-05-08', motivo: 'recurso-de-revocacion', garantia: { forma: 'fianza', importe: '10520.00' }, fundamento: 'CHP arts. 27, 30 y 182' } };

describe('CreditoFiscal: lectura (etapa del PAE, relojes, saldo por concepto)', () => {
  it('sin eventos no hay crédito; determinado por la autoridad espera su notificación', () => {
    expect(etapa([], '2025-01-01')).toMatchObject({ etapa: 'sin-determinar', proximoPlazo: null });
    expect(etapa([determinado], '2025-02-21')).toMatchObject({ etapa: 'determinado', desde: '2025-02-20', exigible: false, firme: false, proximoPlazo: null });
  });

  it('CHP arts. 37 I y 170 I: notificado, el próximo plazo es pagar o garantizar, con su artículo', () => {
    expect(etapa([determinado, notificado], '2025-03-20')).toEqual({
      etapa: 'notificado', desde: '2025-03-12', exigible: false, firme: false, fechaLimitePago: '2025-04-25',
      plazos: [
        { fecha: '2025-04-25', descripcion: 'pagar o garantizar el crédito', articulo: 'CHP art. 37 I' },
        { fecha: '2025-04-25', descripcion: 'interponer el recurso de revocación', articulo: 'CHP art. 170 I' },
      ],
      proximoPlazo: { fecha: '2025-04-25', descripcion: 'pagar o garantizar el crédito', articulo: 'CHP art. 37 I' },
    });
  });

  it('exigible y firme; requerido con el plazo del art. 117; suspendido con los cuatro meses del art. 183', () => {
    expect(etapa([determinado, notificado, exigible, firme], '2025-04-28')).toMatchObject({ etapa: 'exigible', desde: '2025-04-28', exigible: true, firme: true });
    expect(etapa([determinado, notificado, exigible, firme, requerido], '2025-05-07').proximoPlazo).toEqual({ fecha: '2025-05-15', descripcion: 'pagar dentro de los seis días hábiles del requerimiento', articulo: 'CHP art. 117' });
    expect(etapa([determinado, notificado, exigible, firme, requerido, suspendido], '2025-05-08')).toMatchObject({
      etapa: 'suspendido', desde: '2025-05-08', proximoPlazo: { fecha: '2025-09-08', articulo: 'CHP art. 183' },
    });
  });

  it('un plazo ya pasado no es el próximo', () => {
    expect(etapa([determinado, notificado], '2025-04-26').proximoPlazo).toBeNull();
  });

  it('CHP arts. 24 y 67: relojes de prescripción (interrumpida por el requerimiento) y de caducidad', () => {
    const r = relojesDelCredito(estado([determinado, notificado, exigible, firme, requerido]), entornoDePrueba.calendario, '2025-06-01');
    expect(r.prescripcion).toMatchObject({ vence: '2030-05-06', inicioDelComputo: '2025-05-06', prescrito: false });
    expect(r.caducidad).toMatchObject({ vence: '2029-06-18', ejercidaEl: '2025-02-20' });
    expect(relojesDelCredito(estado([determinado, notificado]), entornoDePrueba.calendario, '2025-06-01').prescripcion.vence).toBeNull();
  });

  it('CHP arts. 43-45 y 113: el saldo por concepto a una fecha suma lo causado con el tiempo a las bases registradas', () => {
    const gastos: EventoDeCredito = { type: 'GastosDeEjecucionCausados', data: { creditoId: ID, diligencia: 'requerimiento', fecha: '2025-05-06', base: '10150.00', calculado: '203.00', importe: '370.00', ajuste: 'minimo', fundamento: 'CHP art. 113' } };
    const s = estado([determinado, notificado, exigible, firme, requerido, gastos]);
    expect(adeudoALaFecha(s, '2025-04-25', entornoDePrueba.tablasDeAdeudo)).toMatchObject({ recargos: '0.00', actualizacion: '0.00', gastosDeEjecucion: '370.00', contribucion: '10000.00', multas: '0.00', total: '10370.00' });
    expect(adeudoALaFecha(s, '2025-06-10', entornoDePrueba.tablasDeAdeudo)).toMatchObject({ recargos: '300.00', gastosDeEjecucion: '370.00', contribucion: '10000.00', total: '10670.00' });
  });
});

describe('CreditoFiscal: relojes por vencer', () => {
  it('CHP art. 24: la prescripción que vence dentro de 90 días aparece con los días que faltan; la caducidad ejercida no', () => {
    const s = estado([determinado, notificado, exigible, firme]);
    const r = relojesDelCredito(s, entornoDePrueba.calendario, '2030-02-01');
    expect(relojesPorVencer(r, '2030-02-01')).toEqual([{ reloj: 'prescripcion', vence: '2030-04-29', diasRestantes: 87 }]);
    expect(relojesPorVencer(r, '2030-01-29')).toEqual([{ reloj: 'prescripcion', vence: '2030-04-29', diasRestantes: 90 }]);
    expect(relojesPorVencer(r, '2030-01-28')).toEqual([]);
  });
});

it('el registro de tipos de evento del crédito lista cada tipo una vez', () => {
  expect(new Set(TIPOS_DE_EVENTO_DE_CREDITO).size).toBe(TIPOS_DE_EVENTO_DE_CREDITO.length);
  expect(TIPOS_DE_EVENTO_DE_CREDITO).toContain('ChequeNoPagado');
});

// A credit of $10,000.00 liquidated by the authority, notified by estrados posted on Mon 3 Mar 2025 (case T1 of
// analysis.md §3.6): notified Wed 12 Mar, effective Thu 13 Mar, due Fri 25 Apr 2025 (no Holy Week in these tables).
import { crearDeciderDeCredito, type ComandoDeCredito, type EventoDeCredito } from '@tesoreria/domain';
import { especificacion } from './decider-spec';
import { entornoDePrueba } from './entorno-de-credito';

export const decider = crearDeciderDeCredito(entornoDePrueba);
export const spec = especificacion(decider);
export const ID = 'CF-2025-0001';

export const determinar = (cambios: Record<string, unknown> = {}): ComandoDeCredito => ({
  type: 'DeterminarCredito',
  data: {
    creditoId: ID, origen: 'liquidacion', descripcion: 'Impuesto sobre nóminas omitido', periodo: '2024-05', importeHistorico: '10000.00',
    delegacion: 'XI', fechaDeterminacion: '2025-02-20', fechaDelHecho: '2024-06-17',
    contribuyente: { rfc: 'gohg800101ab1', nombre: ' Gloria  Hernández García ' }, ...cambios,
  } as never,
});

export const determinado: EventoDeCredito = {
  type: 'CreditoDeterminado',
  data: {
    creditoId: ID, origen: 'liquidacion', concepto: 'contribucion', descripcion: 'Impuesto sobre nóminas omitido', periodo: '2024-05',
    importeHistorico: '10000.00', delegacion: 'XI', fechaDeterminacion: '2025-02-20', fechaDelHecho: '2024-06-17',
    contribuyente: { rfc: 'GOHG800101AB1', curp: null, nombre: 'Gloria Hernández García' }, fechaLimitePago: null, fundamento: 'CHP art. 37 I',
  },
};

export const notificar = (cambios: Record<string, unknown> = {}): ComandoDeCredito => ({ type: 'PracticarNotificacion', data: { creditoId: ID, medio: 'estrados', fecha: '2025-03-03', ...cambios } as never });

export const notificado: EventoDeCredito = {
  type: 'NotificacionPracticada',
  data: {
    creditoId: ID, medio: 'estrados', fechaDelActo: '2025-03-03', fechaNotificacion: '2025-03-12', fechaSurteEfectos: '2025-03-13',
    fechaLimitePago: '2025-04-25', fechaLimiteImpugnacion: '2025-04-25', fundamento: 'CHP arts. 107, 108, 37 I y 170 I',
  },
};

export const barrer = (fechaEfecto: string): ComandoDeCredito => ({ type: 'BarrerVencimientos', data: { creditoId: ID, fechaEfecto } });
export const exigible: EventoDeCredito = { type: 'CreditoExigible', data: { creditoId: ID, fecha: '2025-04-28', causa: 'plazo-de-pago-vencido', seisDiasDelArt117: false, fundamento: 'CHP art. 37' } };
export const firme: EventoDeCredito = { type: 'CreditoFirme', data: { creditoId: ID, fecha: '2025-04-28', causa: 'no-impugnado-en-plazo', fundamento: 'CHP arts. 170 I y 172 IV' } };

/** Folds events and returns the decision for a command: for chaining the steps of a life in a spec. */
export function decidirTras(eventos: readonly EventoDeCredito[], comando: ComandoDeCredito): EventoDeCredito[] {
  return decider.decide(comando, eventos.reduce(decider.evolve, decider.estadoInicial()));
}

/**
 * From the requerimiento to the remate of Gloria's exigible credit (CHP arts. 117-141): the steps the whole-life spec
 * and the read models' lives both take, as [command, data] without the credit's id.
 */
export const DEL_REQUERIMIENTO_AL_REMATE: readonly (readonly [ComandoDeCredito['type'], Record<string, unknown>])[] = [
  ['PracticarRequerimiento', { fecha: '2025-05-06' }],
  ['Embargar', { fecha: '2025-05-06', bienes: [{ tipo: 'muebles', descripcion: 'Camioneta pick-up 2019' }] }],
  ['RegistrarGastoExtraordinario', { concepto: 'honorarios-de-depositario', importe: '800.00', fecha: '2025-05-30' }],
  ['PracticarAvaluo', { fecha: '2025-06-02', perito: 'Ing. Ramón Pérez', valor: '90000.00' }],
  ['ConvocarRemate', { fechaConvocatoria: '2025-06-03', fechaPublicacion: '2025-06-04', fechaRemate: '2025-06-20' }],
  ['FincarRemate', { fecha: '2025-06-20', postor: 'Comercializadora del Soconusco', postura: '61000.00', deposito: '9000.00' }],
];

// The credit's events as its read models read them: the domain's event under the store's envelope, the credit
// taken from the stream name (the convenio's events do not carry it) and the legal date of the fact, which is
// what an "as of a date" question filters on (never the date it was recorded).
import { TIPOS_DE_EVENTO_DE_CREDITO, creditoDelFlujo, type EventoDeCredito, type Fecha } from '@tesoreria/domain';
import type { RecordedEvent } from '@tesoreria/event-store';

export interface HechoDeCredito {
  readonly creditoId: string;
  readonly evento: EventoDeCredito;
  readonly fecha: Fecha;
  readonly revision: number;
  readonly posicion: number;
  readonly actor: RecordedEvent['metadata']['actor'];
  readonly registradoEn: string;
}

type Datos<K extends EventoDeCredito['type']> = Extract<EventoDeCredito, { type: K }>['data'];

// A record keyed by every type: an event added to the domain without its legal date here does not compile.
const FECHA_DEL_HECHO: { [K in EventoDeCredito['type']]: (d: Datos<K>) => Fecha } = {
  CreditoDeterminado: (d) => d.fechaDeterminacion,
  NotificacionPracticada: (d) => d.fechaNotificacion,
  CreditoExigible: (d) => d.fecha,
  CreditoFirme: (d) => d.fecha,
  PagoAplicado: (d) => d.fechaPago,
  CreditoPagado: (d) => d.fecha,
  ChequeNoPagado: (d) => d.fecha,
  ConvenioAutorizado: (d) => d.fechaDeAutorizacion,
  ParcialidadPagada: (d) => d.fechaDePago,
  ParcialidadVencida: (d) => d.vencimiento,
  ConvenioRevocado: (d) => d.fecha,
  ConvenioLiquidado: (d) => d.fecha,
  RequerimientoPracticado: (d) => d.fecha,
  GastosDeEjecucionCausados: (d) => d.fecha,
  GastoExtraordinarioCausado: (d) => d.fecha,
  Embargado: (d) => d.fecha,
  AvaluoPracticado: (d) => d.fecha,
  RemateConvocado: (d) => d.fechaConvocatoria,
  Rematado: (d) => d.fecha,
  AdjudicadoAlFisco: (d) => d.fecha,
  PAESuspendido: (d) => d.fecha,
  PAEReanudado: (d) => d.fecha,
  MedioDeDefensaInterpuesto: (d) => d.fecha,
  MedioDeDefensaResuelto: (d) => d.fecha,
  PrescripcionDeclarada: (d) => d.fechaSolicitud,
  CreditoCancelado: (d) => d.fecha,
};

export function fechaDelHecho(evento: EventoDeCredito): Fecha {
  return (FECHA_DEL_HECHO[evento.type] as (d: EventoDeCredito['data']) => Fecha)(evento.data);
}

/** Every type of a credit's stream: the read models that fold the credit handle them all. */
export const TIPOS_DEL_CREDITO: readonly string[] = TIPOS_DE_EVENTO_DE_CREDITO;

export function comoHechoDeCredito(raw: RecordedEvent): HechoDeCredito {
  const creditoId = creditoDelFlujo(raw.streamId);
  // Types are unique across the log: a credit's type outside a credit's stream is a defect, recorded as an incident.
  if (creditoId === null) throw new Error(`El evento ${raw.type} en la posición ${raw.position} no está en el flujo de un crédito (${raw.streamId})`);
  const evento = { type: raw.type, data: raw.data } as unknown as EventoDeCredito;
  return {
    creditoId, evento, fecha: fechaDelHecho(evento), revision: raw.revision, posicion: raw.position,
    actor: raw.metadata.actor, registradoEn: raw.metadata.registradoEn,
  };
}

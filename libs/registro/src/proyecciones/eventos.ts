// The registry's events as the projections read them: the domain's event data under the store's envelope, already
// in today's vocabulary (tiposDelRegistro upcasts on read). A PagoRecibido may pay something other than a
// derecho's orden de pago (a credit's formato de pago): these read models are of derechos, so they take only the
// payments of an orden de pago, through `pagoDeOrden`, and leave the others to the credit's read models.
import type {
  ConstanciaDeNoPrestacionEmitida,
  DevolucionSolicitada,
  DiferenciaPagada,
  LoQuePaga,
  OrdenDeAutorizacionDeCobroEmitida,
  OrdenDePagoEmitida,
  PagoRecibido,
  ServicioRegistrado,
} from '@tesoreria/domain';
import type { RecordedEvent } from '@tesoreria/event-store';

type Registrado<E extends { type: string; data: unknown }> = RecordedEvent<E['type'], E['data'] & Record<string, unknown>>;

/** Any payment the log may hold: the derecho's fields are there only when it pays an orden de pago. */
type PagoRecibidoDelLog = { type: 'PagoRecibido'; data: { paga: LoQuePaga } & Partial<Omit<PagoRecibido['data'], 'paga'>> };

export type EventoDelRegistro =
  | Registrado<OrdenDePagoEmitida>
  | Registrado<PagoRecibidoDelLog>
  | Registrado<ServicioRegistrado>
  | Registrado<ConstanciaDeNoPrestacionEmitida>
  | Registrado<DevolucionSolicitada>
  | Registrado<OrdenDeAutorizacionDeCobroEmitida>
  | Registrado<DiferenciaPagada>;

export const comoEventoDelRegistro = (e: RecordedEvent) => e as unknown as EventoDelRegistro;

/** The data of a payment of an orden de pago, or null when the payment pays something else. */
export function pagoDeOrden(e: Registrado<PagoRecibidoDelLog>): PagoRecibido['data'] | null {
  return e.data.paga.tipo === 'orden-de-pago' ? (e.data as unknown as PagoRecibido['data']) : null;
}

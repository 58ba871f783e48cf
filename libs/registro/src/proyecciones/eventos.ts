// The registry's events as the projections read them: the domain's event data under the store's envelope.
import type {
  ConstanciaDeNoPrestacionEmitida,
  DevolucionSolicitada,
  DiferenciaPagada,
  OrdenDeAutorizacionDeCobroEmitida,
  OrdenDePagoEmitida,
  PagoRecibido,
  ServicioOtorgado,
} from '@tesoreria/domain';
import type { RecordedEvent } from '@tesoreria/event-store';

type Registrado<E extends { type: string; data: unknown }> = RecordedEvent<E['type'], E['data'] & Record<string, unknown>>;

export type EventoDelRegistro =
  | Registrado<OrdenDePagoEmitida>
  | Registrado<PagoRecibido>
  | Registrado<ServicioOtorgado>
  | Registrado<ConstanciaDeNoPrestacionEmitida>
  | Registrado<DevolucionSolicitada>
  | Registrado<OrdenDeAutorizacionDeCobroEmitida>
  | Registrado<DiferenciaPagada>;

export const comoEventoDelRegistro = (e: RecordedEvent) => e as unknown as EventoDelRegistro;

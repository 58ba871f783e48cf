// A credit as its own flujo has it now: the command side reads the log (read-your-writes), never a read model
// that may lag, to say what a formato charges and how a payment is split.
import { estadoInicialDeCredito, evolucionarCredito, flujoDeCredito, type EstadoDeCredito, type EventoDeCredito } from '@tesoreria/domain';
import type { EventStore } from '@tesoreria/event-store';

export async function estadoDelCredito(store: EventStore, creditoId: string): Promise<EstadoDeCredito> {
  const eventos = (await store.readStream(flujoDeCredito(creditoId))) as unknown as EventoDeCredito[];
  return eventos.reduce(evolucionarCredito, estadoInicialDeCredito());
}

/** Money can be applied to it: determined, not extinguished, not paid by instalments (CHP art. 42 V). */
export const admitePago = (e: EstadoDeCredito): boolean => e.credito !== null && e.extincion === null && e.convenio.estado !== 'vigente';

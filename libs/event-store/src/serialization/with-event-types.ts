// The event store seen through an EventTypeRegistry: every event read (a stream, the log, a subscription, an
// earlier result of an idempotency key, what an append wrote) comes in today's vocabulary, and every append is
// stamped and checked. A Proxy keeps the adapter's identity (instanceof, heldBack, db) for the code that needs it.
import type { AppendResult, EventStore, UnitOfWork } from '../event-store.port';
import type { EventTypeRegistry } from './event-type-registry';

export function withEventTypes<S extends EventStore>(store: S, registro: EventTypeRegistry): S {
  const resultado = (r: AppendResult): AppendResult => ({ ...r, events: r.events.map((e) => registro.leer(e)) });
  const unidad = (uow: UnitOfWork): UnitOfWork => ({
    sql: uow.sql,
    appendToStream: async (s, eventos, o) => resultado(await uow.appendToStream(s, eventos.map((e) => registro.escribir(e)), o)),
  });
  const propias: Partial<EventStore> = {
    appendToStream: async (s, eventos, o) => resultado(await store.appendToStream(s, eventos.map((e) => registro.escribir(e)), o)),
    readStream: async (s, o) => (await store.readStream(s, o)).map((e) => registro.leer(e)),
    readAll: async (o) => (await store.readAll(o)).map((e) => registro.leer(e)),
    subscribeToAll: (o, handler) => store.subscribeToAll(o, (e) => handler(registro.leer(e))),
    findByIdempotencyKey: async (k) => {
      const r = await store.findByIdempotencyKey(k);
      return r && resultado(r);
    },
    inUnitOfWork: (work) => store.inUnitOfWork((uow) => work(unidad(uow))),
  };
  return new Proxy(store, {
    get: (objetivo, prop, receptor) => (prop in propias ? (propias as Record<PropertyKey, unknown>)[prop] : Reflect.get(objetivo, prop, receptor)),
  });
}

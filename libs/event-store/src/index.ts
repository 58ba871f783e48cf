export * from './event-store.port';
export * from './sql-database';
export * from './sql/pglite-database';
export * from './sql/pg-database';
export * from './adapters/sql/schema';
export * from './adapters/sql/sql-event-store';
export * from './adapters/postgresql/postgres-event-store';
export * from './adapters/pglite/pglite-event-store';
// The EventStoreDB adapter loads its gRPC client on import: import it from
// '@tesoreria/event-store/adapters/eventstoredb/eventstoredb-event-store' (createEventStore loads it on demand).
export type { EventStoreDbEventStore } from './adapters/eventstoredb/eventstoredb-event-store';
export { uuidV5, idempotentEventId } from './adapters/shared/event-ids';
export { AppendSignal, catchUpSubscription } from './adapters/shared/catch-up-subscription';
export * from './create-event-store';
export { watchHeldBack, type HeldBack, type HeldBackWatch } from './adapters/sql/held-back';
export { assertSequencesCoverLog, StoreNeedsRestoreStepError } from './adapters/sql/restore-check';
export * from './serialization/event-type-registry';
export { withEventTypes } from './serialization/with-event-types';

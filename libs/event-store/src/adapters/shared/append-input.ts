// What every adapter stores for an event besides its data: the metadata the caller gave, completed by the store.
import type { AppendOptions, EventMetadata, NewEvent } from '../../event-store.port';

/** Metadata as stored, before the store stamps registradoEn (the recording instant). */
export type StoredMetadata = Omit<EventMetadata, 'registradoEn'>;

/** Completes the caller's metadata: schemaVersion defaults to 1; the idempotency key travels with each event. */
export function storedMetadata(event: NewEvent, options: AppendOptions): StoredMetadata {
  return {
    ...event.metadata,
    schemaVersion: event.metadata.schemaVersion ?? 1,
    idempotencyKey: options.idempotencyKey ?? null,
  };
}

export function assertValidAppend(streamId: string, options: AppendOptions): void {
  if (typeof streamId !== 'string' || streamId.length === 0) {
    throw new TypeError('streamId: el identificador del flujo no puede estar vacío');
  }
  const e = options.expectedRevision;
  if (e !== 'any' && e !== 'no_stream' && !(Number.isSafeInteger(e) && e >= 0)) {
    throw new TypeError(`expectedRevision: valor no válido (${String(e)})`);
  }
  if (options.idempotencyKey !== undefined && options.idempotencyKey.length === 0) {
    throw new TypeError('idempotencyKey: la clave de idempotencia no puede estar vacía');
  }
}

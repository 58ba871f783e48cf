// What every part of the event-store contract shares: the store under test (remembering the highest position it
// appended), a fresh flujo name per test, an event with full metadata, and waits for PostgreSQL's visibility.
import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent } from '../../src/event-store.port';

export interface ContractStore {
  readonly store: EventStore;
  cleanup(): Promise<void>;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Tiempo agotado esperando: ${what}`);
    await sleep(10);
  }
}

export function nuevoEvento(type: string, data: Record<string, unknown> = {}, extra: Partial<NewEvent['metadata']> = {}): NewEvent {
  return {
    type,
    data,
    metadata: {
      actor: { userId: 'usr-cajero-01', role: 'cajero', dependencia: 'Secretaría de Hacienda' },
      correlationId: `corr-${randomUUID()}`,
      causationId: null,
      fechaEfecto: '2025-03-14',
      ...extra,
    },
  };
}


/**
 * On PostgreSQL a committed event becomes readable in the global log once every older transaction on the server
 * has ended (the high-water mark), so another test's open transaction can hide it for a moment. This waits until
 * the head has reached `position`, then returns the head.
 */
export async function visibleHead(store: EventStore, position: number): Promise<number> {
  let head = await store.headPosition();
  const deadline = Date.now() + 15_000;
  while (head < position) {
    if (Date.now() > deadline) throw new Error(`la posición ${position} no llegó a ser visible (cabeza ${head})`);
    await sleep(10);
    head = await store.headPosition();
  }
  return head;
}

/** Delegates to `store`, remembering the highest position it appended, so tests can wait for it to be visible. */
export function tracking(store: EventStore): EventStore & { readonly highest: number } {
  let highest = 0;
  return {
    get kind() {
      return store.kind;
    },
    get highest() {
      return highest;
    },
    async appendToStream(streamId, events, options) {
      const r = await store.appendToStream(streamId, events, options);
      highest = Math.max(highest, r.position);
      return r;
    },
    readStream: (streamId, options) => store.readStream(streamId, options),
    readAll: (options) => store.readAll(options),
    subscribeToAll: (options, handler) => store.subscribeToAll(options, handler),
    headPosition: () => store.headPosition(),
    findByIdempotencyKey: (key) => store.findByIdempotencyKey(key),
    inUnitOfWork: (work) => store.inUnitOfWork(work),
    close: () => store.close(),
  };
}

/** What each part of the contract is given: the store (once opened) and a fresh stream name per call. */
export interface ContextoDeContrato {
  readonly store: EventStore & { readonly highest: number };
  stream(prefix?: string): string;
}

export function expectStrictlyIncreasing(positions: readonly number[]): void {
  for (let i = 1; i < positions.length; i++) expect(positions[i]!).toBeGreaterThan(positions[i - 1]!);
}

export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error('se esperaba un rechazo');
}

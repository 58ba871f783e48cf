// The one interface every event-store adapter implements (PGlite, PostgreSQL, EventStoreDB/KurrentDB).
// Adapters are proven equal by the contract suite in libs/event-store/test/contract.suite.ts (its parts in test/contrato).
import type { SqlClient } from './sql-database';

/** Who did it: every event records the actor (user id, role and, for agency users, the dependencia). */
export interface Actor {
  readonly userId: string;
  readonly role: string;
  readonly dependencia?: string | null;
}

export interface EventMetadata {
  readonly actor: Actor;
  /** Bank reference, request id...: the same key twice appends nothing the second time. */
  readonly idempotencyKey?: string | null;
  readonly correlationId: string;
  readonly causationId?: string | null;
  /** When the system recorded the event (ISO-8601 instant), set by the store at append. */
  readonly registradoEn: string;
  /** The legal date the fact is about (YYYY-MM-DD); it can be earlier than registradoEn. */
  readonly fechaEfecto: string;
  readonly schemaVersion: number;
}

/** An event to append. `type` is a stable Spanish string (never a class name); amounts in data are strings. */
export interface NewEvent<T extends string = string, D extends Record<string, unknown> = Record<string, unknown>> {
  readonly type: T;
  readonly data: D;
  readonly metadata: Omit<EventMetadata, 'registradoEn' | 'idempotencyKey' | 'schemaVersion'> & {
    readonly schemaVersion?: number;
  };
}

export interface RecordedEvent<T extends string = string, D extends Record<string, unknown> = Record<string, unknown>> {
  readonly eventId: string;
  readonly streamId: string;
  /** 0-based revision of the event inside its stream. */
  readonly revision: number;
  /** Position in the global log; strictly increasing in the order readers see events. */
  readonly position: number;
  readonly type: T;
  readonly data: D;
  readonly metadata: EventMetadata;
}

/** 'no_stream': the stream must not exist; 'any': no check; a number: the revision of the stream's last event. */
export type ExpectedRevision = 'no_stream' | 'any' | number;

export interface AppendOptions {
  readonly expectedRevision: ExpectedRevision;
  /** The command's idempotency key; stored with the events in the same transaction. */
  readonly idempotencyKey?: string;
}

export interface AppendResult {
  /** Revision of the last event of the stream after the append (or of the first append, when duplicate). */
  readonly nextExpectedRevision: number;
  /** Global position of the last event appended. */
  readonly position: number;
  /** The events this append wrote, or the ones the first command with the same key wrote. */
  readonly events: RecordedEvent[];
  /** True when the idempotency key had been seen: nothing was appended this time. */
  readonly duplicate: boolean;
}

export interface ReadStreamOptions {
  /** Read up to and including this revision. */
  readonly toRevision?: number;
  /** Read only events recorded at or before this instant (ISO-8601): "as of" replays for auditors. */
  readonly recordedUpTo?: string;
}

export interface ReadAllOptions {
  /** Exclusive: read events whose position is greater than this. 0 (or absent) reads from the start. */
  readonly after?: number;
  readonly limit: number;
}

export interface Subscription {
  /** Stops following; resolves when the handler is no longer called. */
  stop(): Promise<void>;
  /** Resolves when the subscription ends by itself with an error (handler threw or store failed). */
  readonly done: Promise<void>;
}

export interface SubscribeOptions {
  readonly after?: number;
  /** Page size used while catching up. */
  readonly batchSize?: number;
}

/**
 * What a unit of work offers: appends, and SQL statements that commit or roll back with them. On PGlite and
 * PostgreSQL both run in one transaction (`sql` is that transaction); EventStoreDB cannot join a SQL
 * transaction, so there `sql` is null, each append commits by itself, and a caller that needs SQL beside the
 * append (a gap-free counter) runs it on its own and accepts that a crash between the two can leave a gap.
 */
export interface UnitOfWork {
  readonly sql: SqlClient | null;
  appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
}

export interface EventStore {
  readonly kind: 'pglite' | 'postgresql' | 'eventstoredb' | 'memory';
  appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * Reads the global log in pages. Never returns an event past a position whose transaction has not committed
   * yet (high-water mark): a reader that checkpoints the last position it saw can never skip an event.
   */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catch-up subscription on the global log: pages through history, then follows live appends. */
  subscribeToAll(options: SubscribeOptions, handler: (event: RecordedEvent) => Promise<void>): Subscription;
  /** Position of the last committed event visible to readers (0 when empty); used to report lag. */
  headPosition(): Promise<number>;
  /** Finds the result of an earlier append by its idempotency key, if any. */
  findByIdempotencyKey(key: string): Promise<AppendResult | null>;
  /** Runs `work` in one unit of work: it commits when `work` resolves and rolls back when it throws. */
  inUnitOfWork<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The expected revision did not match the stream: the API answers 409. */
export class ConcurrencyError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Conflicto de concurrencia en ${streamId}: se esperaba la revisión ${String(expected)} y la actual es ${String(actual)}`);
    this.name = 'ConcurrencyError';
  }
}

/** The write's outcome could not be established (a store that gave no answer, e.g. a deadline on EventStoreDB): nothing is retried blindly, the caller must not assume either way. */
export class AppendOutcomeUnknownError extends Error {
  constructor(
    readonly streamId: string,
    readonly reason: unknown,
  ) {
    super(
      `EventStoreDB no confirmó la escritura en ${streamId} (${reason instanceof Error ? reason.message : String(reason)}): ` +
        'resultado desconocido; consulte el flujo antes de repetir la operación, o repítala con la misma clave de idempotencia',
    );
    this.name = 'AppendOutcomeUnknownError';
  }
}

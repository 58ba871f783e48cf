// The event store on PostgreSQL's SQL, shared by the PostgreSQL and PGlite adapters. An append is ONE statement
// (event_store_append: revision check, position allocation, multi-row insert and idempotency row), so it is
// atomic without an explicit transaction and costs one round trip. The SQL is in migrations 0001 and 0002.
import { ConcurrencyError } from '../../event-store.port';
import type { AppendOptions, AppendResult, EventMetadata, EventStore, NewEvent, ReadAllOptions, ReadStreamOptions } from '../../event-store.port';
import type { RecordedEvent, SubscribeOptions, Subscription, UnitOfWork } from '../../event-store.port';
import type { SqlClient, SqlDatabase } from '../../sql-database';
import { assertValidAppend, storedMetadata } from '../shared/append-input';
import { AppendSignal, catchUpSubscription, DEFAULT_POLL_INTERVAL_MS } from '../shared/catch-up-subscription';
import { eventIdsFor } from '../shared/event-ids';
import { heldBackOf, type HeldBack, type HeldBackRow } from './held-back';

export interface SqlEventStoreOptions {
  /** How often an idle subscription looks for events appended by other processes. */
  readonly pollIntervalMs?: number;
  /** close() also closes the database (true when the store was opened by createEventStore). */
  readonly ownsDatabase?: boolean;
  /** How many times an append with expectedRevision 'any' retries when another writer took its revision. */
  readonly anyRevisionRetries?: number;
}

// One round trip; see event_store_append in schema.ts.
const APPEND_SQL = 'SELECT current_revision, event_position, event_revision, registrado_en FROM event_store_append($1, $2, $3, $4::jsonb)';

const EVENT_COLUMNS = 'position, stream_id, revision, event_id::text AS event_id, type, data, metadata';

// Readers see the log only up to the horizon of this store's own in-flight appends (event_store_horizon in
// migration 0002): a slow append holds readers back until it ends, an unrelated transaction never does.
const READ_ALL_SQL = `SELECT ${EVENT_COLUMNS} FROM event_store_read_all($1, $2)`;

interface EventRow {
  position: string | number;
  stream_id: string;
  revision: string | number;
  event_id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

interface AppendRow {
  current_revision: string | number;
  event_position: string | number | null;
  event_revision: string | number | null;
  registrado_en: string | null;
}

function toEvent(r: EventRow): RecordedEvent {
  return {
    eventId: r.event_id,
    streamId: r.stream_id,
    revision: Number(r.revision),
    position: Number(r.position),
    type: r.type,
    data: r.data,
    metadata: r.metadata,
  };
}

function expectedAsSql(expected: AppendOptions['expectedRevision']): number | null {
  if (expected === 'any') return null;
  if (expected === 'no_stream') return -1;
  return expected;
}

export abstract class SqlEventStore implements EventStore {
  abstract readonly kind: 'pglite' | 'postgresql';
  protected readonly signal = new AppendSignal();
  private readonly subscriptions = new Set<Subscription>();
  private readonly pollIntervalMs: number;
  private readonly anyRetries: number;

  protected constructor(
    readonly db: SqlDatabase,
    private readonly options: SqlEventStoreOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.anyRetries = options.anyRevisionRetries ?? 50;
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await this.appendWithin(this.db, streamId, events, options);
        if (!result.duplicate && result.events.length > 0) this.signal.notify();
        return result;
      } catch (error) {
        // 'any' promises no check: a writer that took the same revision first only means "try the next one".
        if (error instanceof ConcurrencyError && options.expectedRevision === 'any' && attempt < this.anyRetries) continue;
        throw error;
      }
    }
  }

  /**
   * Appends through `client`, which may be a transaction the caller holds open (the events commit with it, and
   * readers wait for it). A writer that took the same revision or key first is answered inside the append
   * (event_store_append catches the unique violation), so the caller's transaction stays usable and nothing
   * here asks the pool for a second connection: with the caller holding a lock that a pool full of waiters
   * wants, that request could never be served.
   */
  async appendWithin(client: SqlClient, streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    assertValidAppend(streamId, options);
    const key = options.idempotencyKey;
    if (events.length === 0) return this.emptyAppend(client, streamId, options);
    const ids = eventIdsFor(events.length, key);
    const docs = events.map((e, i) => ({ id: ids[i], type: e.type, data: e.data, metadata: storedMetadata(e, options) }));
    const rows = (await client.query<AppendRow>(APPEND_SQL, [streamId, expectedAsSql(options.expectedRevision), key ?? null, JSON.stringify(docs)])).rows;
    const inserted = rows.filter((r) => r.event_position !== null).sort((a, b) => Number(a.event_revision) - Number(b.event_revision));
    if (inserted.length === 0) {
      if (key !== undefined) {
        const first = await this.findByIdempotencyKey(key, client);
        if (first) return first;
      }
      const current = Number(rows[0]!.current_revision);
      throw new ConcurrencyError(streamId, options.expectedRevision, current < 0 ? 'no_stream' : current);
    }
    const recorded: RecordedEvent[] = inserted.map((r, i) => ({
      eventId: docs[i]!.id!,
      streamId,
      revision: Number(r.event_revision),
      position: Number(r.event_position),
      type: docs[i]!.type,
      data: docs[i]!.data,
      metadata: { ...docs[i]!.metadata, registradoEn: r.registrado_en! },
    }));
    const last = recorded[recorded.length - 1]!;
    return { nextExpectedRevision: last.revision, position: last.position, events: recorded, duplicate: false };
  }

  /**
   * One transaction: the appends made through the unit of work and its SQL statements commit together, and
   * readers wait for it (the horizon). Subscriptions are woken once it has committed something.
   */
  async inUnitOfWork<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    let appended = false;
    const result = await this.db.transaction((tx) =>
      work({
        sql: tx,
        appendToStream: async (streamId, events, options) => {
          const r = await this.appendWithin(tx, streamId, events, options);
          if (!r.duplicate && r.events.length > 0) appended = true;
          return r;
        },
      }),
    );
    if (appended) this.signal.notify();
    return result;
  }

  /**
   * Wakes this process's subscriptions now rather than at their next poll. Call it after committing a
   * transaction in which appendWithin wrote events (appendToStream does it by itself).
   */
  notifyAppended(): void {
    this.signal.notify();
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const r = await this.db.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE stream_id = $1 AND ($2::bigint IS NULL OR revision <= $2::bigint)
         AND ($3::timestamptz IS NULL OR recorded_at <= $3::timestamptz)
       ORDER BY revision`,
      [streamId, options.toRevision ?? null, options.recordedUpTo ?? null],
    );
    return r.rows.map(toEvent);
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    if (!Number.isSafeInteger(options.limit) || options.limit <= 0) throw new TypeError('limit: debe ser un entero positivo');
    const r = await this.db.query<EventRow>(READ_ALL_SQL, [options.after ?? 0, options.limit]);
    return r.rows.map(toEvent);
  }

  subscribeToAll(options: SubscribeOptions, handler: (event: RecordedEvent) => Promise<void>): Subscription {
    const sub = catchUpSubscription(this, this.signal, options, handler, this.pollIntervalMs);
    this.subscriptions.add(sub);
    const forget = () => this.subscriptions.delete(sub);
    sub.done.then(forget, forget);
    return sub;
  }

  async headPosition(client: SqlClient = this.db): Promise<number> {
    const r = await client.query<{ position: string | number }>('SELECT event_store_head() AS position');
    return Number(r.rows[0]?.position ?? 0);
  }

  /** What holds readers back now: committed events above the horizon and the oldest append still open. */
  async heldBack(): Promise<HeldBack> {
    const r = await this.db.query<HeldBackRow>('SELECT horizon, held_events, in_flight, prepared, oldest_seconds FROM event_store_held_back()');
    return heldBackOf(r.rows[0]!);
  }

  async findByIdempotencyKey(key: string, client: SqlClient = this.db): Promise<AppendResult | null> {
    const r = await client.query<EventRow & { last_revision: string | number; last_position: string | number }>(
      `SELECT e.position, e.stream_id, e.revision, e.event_id::text AS event_id, e.type, e.data, e.metadata,
              k.last_revision, k.last_position
       FROM event_idempotency k
       JOIN events e ON e.stream_id = k.stream_id AND e.revision BETWEEN k.first_revision AND k.last_revision
       WHERE k.idempotency_key = $1
       ORDER BY e.revision`,
      [key],
    );
    if (r.rows.length === 0) return null;
    const head = r.rows[0]!;
    return {
      nextExpectedRevision: Number(head.last_revision),
      position: Number(head.last_position),
      events: r.rows.map(toEvent),
      duplicate: true,
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    if (this.options.ownsDatabase) await this.db.close();
  }

  private async currentRevision(client: SqlClient, streamId: string): Promise<number | 'no_stream'> {
    const r = await client.query<{ rev: string | number | null }>('SELECT max(revision) AS rev FROM events WHERE stream_id = $1', [streamId]);
    const rev = r.rows[0]?.rev;
    return rev === null || rev === undefined ? 'no_stream' : Number(rev);
  }

  /** An empty decision appends nothing, but the caller still learns whether its expected revision held. */
  private async emptyAppend(client: SqlClient, streamId: string, options: AppendOptions): Promise<AppendResult> {
    if (options.idempotencyKey !== undefined) {
      const first = await this.findByIdempotencyKey(options.idempotencyKey, client);
      if (first) return first;
    }
    const current = await this.currentRevision(client, streamId);
    const e = options.expectedRevision;
    if ((e === 'no_stream' && current !== 'no_stream') || (typeof e === 'number' && e !== current)) {
      throw new ConcurrencyError(streamId, e, current);
    }
    const head = await this.headPosition(client);
    return { nextExpectedRevision: current === 'no_stream' ? -1 : current, position: head, events: [], duplicate: false };
  }
}

// The event store on PostgreSQL's SQL, shared by the PostgreSQL and PGlite adapters. An append is ONE statement
// (event_store_append: revision check, position allocation, multi-row insert and idempotency row), so it is
// atomic without an explicit transaction and costs one round trip.
import {
  ConcurrencyError,
  type AppendOptions,
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
} from '../../event-store.port';
import type { SqlClient, SqlDatabase } from '../../sql-database';
import { assertValidAppend, storedMetadata } from '../shared/append-input';
import { AppendSignal, catchUpSubscription, DEFAULT_POLL_INTERVAL_MS } from '../shared/catch-up-subscription';
import { eventIdsFor } from '../shared/event-ids';

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

// Only transactions below the snapshot's xmin have ended; see event_store_take_positions for why this, with
// positions allocated under the lock, means no reader can pass a position that is still to commit. The price:
// xmin is server-wide, so any long transaction on the same server (any database) holds readers back until it
// ends; keep transactions short (idle_in_transaction_session_timeout helps).
const VISIBLE = 'transaction_id < pg_snapshot_xmin(pg_current_snapshot())';

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

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
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
   * Appends through `client`, which may be a transaction the caller holds open (the events commit with it). The
   * append must be the transaction's first write (event_store_take_positions refuses otherwise). Inside a
   * caller's transaction a unique violation aborts that transaction; outside one, it is turned into the
   * duplicate result or a ConcurrencyError.
   */
  async appendWithin(client: SqlClient, streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    assertValidAppend(streamId, options);
    const key = options.idempotencyKey;
    if (events.length === 0) return this.emptyAppend(client, streamId, options);
    const ids = eventIdsFor(events.length, key);
    const docs = events.map((e, i) => ({ id: ids[i], type: e.type, data: e.data, metadata: storedMetadata(e, options) }));
    let rows: AppendRow[];
    try {
      rows = (await client.query<AppendRow>(APPEND_SQL, [streamId, expectedAsSql(options.expectedRevision), key ?? null, JSON.stringify(docs)])).rows;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // A concurrent writer committed first: the same key (return its result) or the same revision (conflict).
      // The violation aborted `client`'s transaction if it is the caller's, so look on a fresh connection; PGlite
      // has only one, but there no other writer can race a statement.
      const lookup: SqlClient = this.db.dialect === 'postgresql' ? this.db : client;
      if (key !== undefined) {
        const first = await this.findByIdempotencyKey(key, lookup);
        if (first) return first;
      }
      throw new ConcurrencyError(streamId, options.expectedRevision, await this.currentRevision(lookup, streamId));
    }
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
    const r = await this.db.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 AND ${VISIBLE} ORDER BY position LIMIT $2`,
      [options.after ?? 0, options.limit],
    );
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
    const r = await client.query<{ position: string | number }>(
      `SELECT position FROM events WHERE ${VISIBLE} ORDER BY position DESC LIMIT 1`,
    );
    return r.rows.length === 0 ? 0 : Number(r.rows[0]!.position);
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

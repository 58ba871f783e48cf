// The measured scenarios, each with the raw-SQL baseline it is compared against. They take any SqlDatabase
// and EventStore, so the PostgreSQL and the PGlite runs execute the same code.
import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent, SqlDatabase } from '@tesoreria/event-store';
import { createProjectionDaemon } from '@tesoreria/projections';
import { eventAt, generatorSql, saldosProjection, SALDOS_TABLE, upsertSaldos, type SaldoInput } from './workload';

export interface Rate {
  readonly events: number;
  readonly seconds: number;
}

export const rateOf = (r: Rate): number => r.events / r.seconds;

export function addRates(a: Rate, b: Rate): Rate {
  return { events: a.events + b.events, seconds: a.seconds + b.seconds };
}

const now = () => performance.now() / 1000;

export async function timed(fn: () => Promise<number>): Promise<Rate> {
  const start = now();
  const events = await fn();
  return { events, seconds: now() - start };
}

/**
 * `writers` loops run concurrently until `seconds` have passed; each call of `step(writer, iteration)` returns
 * the events it wrote. The rate counts only what finished, over the time until the last writer stopped.
 */
async function runWriters(writers: number, seconds: number, step: (writer: number, iteration: number) => Promise<number>): Promise<Rate> {
  const start = now();
  const deadline = start + seconds;
  const counts = await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      let events = 0;
      for (let i = 0; now() < deadline; i++) events += await step(w, i);
      return events;
    }),
  );
  return { events: counts.reduce((a, b) => a + b, 0), seconds: now() - start };
}

/** The events of one command: a determination, payment or surcharge (about 270 bytes of data and metadata). */
function commandEvents(first: number, count: number): NewEvent[] {
  return Array.from({ length: count }, (_, k) => eventAt(first + k, 1).event);
}

export interface AppendScenario {
  readonly writers: number;
  /** Events per append (1 = single-event commands). */
  readonly batch: number;
  readonly seconds: number;
}

/** Through the adapter: each writer appends to its own stream with the exact expected revision. */
export function storeAppends(store: EventStore, scenario: AppendScenario, label: string): Promise<Rate> {
  const { batch } = scenario;
  return runWriters(scenario.writers, scenario.seconds, async (w, i) => {
    const expectedRevision = i === 0 ? ('no_stream' as const) : i * batch - 1;
    const result = await store.appendToStream(`${label}-w${w}`, commandEvents(i * batch, batch), { expectedRevision });
    return result.events.length;
  });
}

/**
 * Baseline: the same rows (same columns, same JSON with the metadata the store would complete) as plain
 * INSERTs into a table with the events table's columns and indexes, through the same driver and pool size: no
 * revision check, no position lock, no function. One single-row INSERT per command; for batches, one INSERT
 * of the whole batch from a JSON array (jsonb_to_recordset), the fastest raw form of the three we tried (a
 * 100-row VALUES list with 700 parameters and unnest() of arrays were 10-25 % slower).
 */
export function rawAppends(db: SqlDatabase, table: string, scenario: AppendScenario, label: string): Promise<Rate> {
  const { batch } = scenario;
  const columns = 'stream_id, revision, event_id, type, data, metadata, recorded_at';
  const single = `INSERT INTO ${table} (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7)`;
  const many = `INSERT INTO ${table} (${columns}) SELECT s, r, id, t, d, m, a
    FROM jsonb_to_recordset($1::jsonb) AS x(s text, r bigint, id uuid, t text, d jsonb, m jsonb, a timestamptz)`;
  return runWriters(scenario.writers, scenario.seconds, async (w, i) => {
    const at = new Date().toISOString();
    const rows = commandEvents(i * batch, batch).map((e, k) => ({
      s: `${label}-w${w}`,
      r: i * batch + k,
      id: randomUUID(),
      t: e.type,
      d: e.data,
      m: { ...e.metadata, schemaVersion: 1, idempotencyKey: null, registradoEn: at },
      a: at,
    }));
    if (batch === 1) {
      const x = rows[0]!;
      await db.query(single, [x.s, x.r, x.id, x.t, JSON.stringify(x.d), JSON.stringify(x.m), x.a]);
    } else {
      await db.query(many, [JSON.stringify(rows)]);
    }
    return batch;
  });
}

/**
 * Alternates baseline and adapter in `rounds` rounds (baseline first in odd rounds, adapter first in even ones)
 * so that drift over the run (autovacuum, checkpoints, growing indexes) weighs on both alike.
 */
export async function compareAppends(
  store: EventStore,
  db: SqlDatabase,
  rawTable: string,
  scenario: AppendScenario,
  rounds: number,
  tag: string,
): Promise<{ store: Rate; raw: Rate }> {
  let s: Rate = { events: 0, seconds: 0 };
  let r: Rate = { events: 0, seconds: 0 };
  for (let round = 0; round < rounds; round++) {
    const label = `${tag}-r${round}`;
    const runStore = async () => (s = addRates(s, await storeAppends(store, scenario, label)));
    const runRaw = async () => (r = addRates(r, await rawAppends(db, rawTable, scenario, label)));
    if (round % 2 === 0) {
      await runRaw();
      await runStore();
    } else {
      await runStore();
      await runRaw();
    }
  }
  return { store: s, raw: r };
}

/** Writes events 0..count-1 of the workload straight into the events table, in chunks of `chunk` rows. */
export async function bulkLoad(db: SqlDatabase, count: number, streams: number, chunk = 100_000): Promise<void> {
  const sql = `INSERT INTO events (position, stream_id, revision, event_id, type, data, metadata, recorded_at)
    ${generatorSql('generate_series($1::bigint, $2::bigint) AS g(i)', streams)}`;
  for (let from = 0; from < count; from += chunk) {
    await db.query(sql, [from, Math.min(count, from + chunk) - 1]);
  }
  await db.query("SELECT setval('events_position_seq', $1)", [count]);
}

const EVENT_COLUMNS = 'position, stream_id, revision, event_id::text AS event_id, type, data, metadata';

interface RawRow {
  position: string | number;
  stream_id: string;
  revision: string | number;
  type: string;
  data: Record<string, unknown>;
}

/** Baseline of the catch-up read: keyset pages of the same rows and columns, without the visibility filter. */
export async function rawRead(db: SqlDatabase, page: number): Promise<number> {
  let after = 0;
  let total = 0;
  for (;;) {
    const r = await db.query<RawRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`, [after, page]);
    if (r.rows.length === 0) return total;
    total += r.rows.length;
    after = Number(r.rows[r.rows.length - 1]!.position);
  }
}

export async function readAllPages(store: EventStore, page: number): Promise<number> {
  let after = 0;
  let total = 0;
  for (;;) {
    const events = await store.readAll({ after, limit: page });
    if (events.length === 0) return total;
    total += events.length;
    after = events[events.length - 1]!.position;
  }
}

/** The catch-up subscription from the start of the log until it has delivered the head. */
export async function subscriptionCatchUp(store: EventStore, page: number): Promise<number> {
  const head = await store.headPosition();
  let total = 0;
  let reached!: () => void;
  const atHead = new Promise<void>((resolve) => (reached = resolve));
  const sub = store.subscribeToAll({ after: 0, batchSize: page }, async (event) => {
    total += 1;
    if (event.position >= head) reached();
  });
  await Promise.race([atHead, sub.done.then(() => Promise.reject(new Error('la suscripción terminó antes de llegar al final')))]);
  await sub.stop();
  return total;
}

/**
 * The engine's rebuild: truncate + checkpoint 0 (daemon.rebuild), then the runner replays the whole log in
 * batches, each committed with its checkpoint; timed until waitForCatchUp sees the checkpoint at the head.
 */
export async function projectionRebuild(store: EventStore, db: SqlDatabase, batchSize: number): Promise<number> {
  const head = await store.headPosition();
  const daemon = createProjectionDaemon({
    store,
    db,
    projections: [saldosProjection()],
    batchSize,
    pollIntervalMs: 50,
    // Infrastructure errors are retried by the runner; they are shown because they would distort the figure.
    onError: (name, error) => process.stderr.write(`[bench] ${name}: ${error instanceof Error ? error.message : String(error)}\n`),
  });
  try {
    await daemon.rebuild('bench-saldos');
    await daemon.start();
    await daemon.waitForCatchUp(3_600_000, { position: head });
  } finally {
    await daemon.stop();
  }
  const r = await db.query<{ n: string | number }>(`SELECT sum(eventos) AS n FROM ${SALDOS_TABLE}`);
  return Number(r.rows[0]!.n);
}

/**
 * Baseline of the rebuild: the same pages of the same rows, and the same upsert per page into a plain table,
 * one transaction per page, with no engine (no checkpoint, no lock, no visibility filter, no RecordedEvent).
 */
export async function rawRebuild(db: SqlDatabase, table: string, page: number): Promise<number> {
  let after = 0;
  let total = 0;
  for (;;) {
    const r = await db.query<RawRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`, [after, page]);
    if (r.rows.length === 0) return total;
    const rows: SaldoInput[] = r.rows.map((x) => ({ streamId: x.stream_id, type: x.type, data: x.data, revision: Number(x.revision) }));
    await db.transaction((tx) => upsertSaldos(tx, table, rows));
    total += rows.length;
    after = Number(r.rows[r.rows.length - 1]!.position);
  }
}

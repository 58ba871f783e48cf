// `npm run bench`: append, catch-up read and projection rebuild rates of the event store and the projection
// engine on a durable PostgreSQL (and on PGlite), each against raw SQL measured in the same run. Prints a table
// and rewrites BENCHMARKS.md. Needs DATABASE_URL; creates and drops its own database.
import '../../infra/runtime/register-paths';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { createEventStore, PgDatabase, type EventStore, type SqlDatabase } from '@tesoreria/event-store';
import { consoleTable, describeMachine, markdown, writeReport, type Figure, type RunFacts } from './report';
import {
  addRates,
  bulkLoad,
  compareAppends,
  projectionRebuild,
  rateOf,
  rawRead,
  rawRebuild,
  readAllPages,
  subscriptionCatchUp,
  timed,
  type Rate,
} from './scenarios';
import { eventAt, generatorSql, rawEventsDdl, saldosAgainstLog, saldosDdl, saldosDifference, SALDOS_TABLE, streamCountFor } from './workload';

const repo = path.resolve(__dirname, '../../..');
const WRITERS = 16;
const ROUNDS = 3;
const PAGE = 500;
const RAW_EVENTS = 'bench_raw_events';
const RAW_SALDOS = 'bench_raw_saldos';

/** A mistake in how the bench was called: its message says what to do, a stack trace would only hide it. */
class UsageError extends Error {}

function intFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text.replace(/[_,]/g, ''));
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${name}: se esperaba un entero positivo / expected a positive integer, got "${text}"`);
  return n;
}

function log(message: string): void {
  process.stdout.write(`[bench] ${message}\n`);
}

const fmtRate = (r: Rate) => `${Math.round(rateOf(r)).toLocaleString('en-US')} events/s (${r.events.toLocaleString('en-US')} in ${r.seconds.toFixed(1)} s)`;

function check(ok: boolean, description: string, checks: string[]): void {
  if (!ok) throw new Error(`Comprobación fallida / check failed: ${description}`);
  checks.push(description);
}

async function withAdmin<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The generator of the bulk load yields what the adapter writes for the same events (registradoEn aside). */
async function verifyGenerator(store: EventStore, db: SqlDatabase, streams: number, count: number, checks: string[], engine: string): Promise<void> {
  const samples = [0, 1, streams, 4 * streams, 7 * streams + 3].filter((i) => i < count);
  for (const i of samples) await store.appendToStream(`verificacion-${i}`, [eventAt(i, streams).event], { expectedRevision: 'no_stream' });
  const adapter = await db.query<{ stream_id: string; type: string; data: unknown; metadata: Record<string, unknown> }>(
    "SELECT stream_id, type, data, metadata FROM events WHERE stream_id LIKE 'verificacion-%'",
  );
  const generated = await db.query<{ i: string; type: string; data: unknown; metadata: Record<string, unknown> }>(
    `SELECT position - 1 AS i, type, data, metadata FROM (${generatorSql('unnest($1::bigint[]) AS g(i)', streams)}) x`,
    [samples],
  );
  const stamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
  const strip = (m: Record<string, unknown>) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== 'registradoEn'));
  for (const g of generated.rows) {
    const a = adapter.rows.find((r) => r.stream_id === `verificacion-${g.i}`);
    const same =
      a !== undefined &&
      a.type === g.type &&
      isDeepStrictEqual(a.data, g.data) &&
      isDeepStrictEqual(strip(a.metadata), strip(g.metadata)) &&
      stamp.test(String(a.metadata.registradoEn)) &&
      stamp.test(String(g.metadata.registradoEn));
    if (!same) throw new Error(`El generador SQL no coincide con el adaptador en el evento ${g.i}: ${JSON.stringify({ a, g })}`);
  }
  check(generated.rows.length === samples.length, `${engine}: the bulk-load generator yields the same type, data and metadata as appendToStream for ${samples.length} sample events (all three event types)`, checks);
  await db.exec('TRUNCATE events, event_idempotency RESTART IDENTITY');
}

interface EngineResult {
  figures: Figure[];
  loadSeconds: number;
}

async function appendFigures(
  engine: Figure['engine'],
  store: EventStore,
  rawDb: SqlDatabase,
  seconds: number,
  targets: boolean,
): Promise<Figure[]> {
  await rawDb.exec(`DROP TABLE IF EXISTS ${RAW_EVENTS}; ${rawEventsDdl(RAW_EVENTS)}`);
  const figures: Figure[] = [];
  for (const batch of [1, 100]) {
    log(`${engine}: appends, ${WRITERS} writers, ${batch} event(s) per append, ${ROUNDS} rounds of ${seconds} s per side`);
    const r = await compareAppends(store, rawDb, RAW_EVENTS, { writers: WRITERS, batch, seconds }, ROUNDS, `b${batch}`);
    log(`  adapter ${fmtRate(r.store)}; raw INSERT ${fmtRate(r.raw)}`);
    figures.push({
      engine,
      name: batch === 1 ? `Append, single-event commands, ${WRITERS} writers` : `Append, batches of ${batch} events, ${WRITERS} writers`,
      measured: rateOf(r.store),
      baseline: rateOf(r.raw),
      baselineName: batch === 1 ? 'one raw INSERT per event' : `one raw ${batch}-row INSERT per batch`,
      target: targets ? { kind: 'ratio', min: 0.5 } : { kind: 'none' },
    });
  }
  await rawDb.exec(`DROP TABLE ${RAW_EVENTS}`);
  return figures;
}

async function rebuildFigure(
  engine: Figure['engine'],
  store: EventStore,
  db: SqlDatabase,
  rawDb: SqlDatabase,
  events: number,
  target: Figure['target'],
  checks: string[],
): Promise<Figure> {
  await rawDb.exec(`DROP TABLE IF EXISTS ${RAW_SALDOS}; ${saldosDdl(RAW_SALDOS)}`);
  log(`${engine}: projection rebuild over ${events.toLocaleString('en-US')} events`);
  // Twice each, mirrored (raw, engine, engine, raw): one pass takes tens of seconds, long enough for other load
  // on the machine or an autovacuum to favour whichever side it falls on.
  let raw: Rate = { events: 0, seconds: 0 };
  let engineRate: Rate = { events: 0, seconds: 0 };
  const runRaw = async () => {
    await rawDb.exec(`TRUNCATE ${RAW_SALDOS}`);
    const r = await timed(() => rawRebuild(rawDb, RAW_SALDOS, PAGE));
    log(`    pass: raw SELECT+INSERT ${fmtRate(r)}`);
    raw = addRates(raw, r);
  };
  const runEngine = async () => {
    const r = await timed(() => projectionRebuild(store, db, PAGE));
    log(`    pass: engine rebuild ${fmtRate(r)}`);
    engineRate = addRates(engineRate, r);
  };
  for (const run of [runRaw, runEngine, runEngine, runRaw]) await run();
  log(`  raw SELECT+INSERT ${fmtRate(raw)}`);
  log(`  engine rebuild ${fmtRate(engineRate)}`);
  check(raw.events === 2 * events && engineRate.events === 2 * events, `${engine}: the rebuild and its baseline each folded all ${events.toLocaleString('en-US')} events, twice`, checks);
  check((await saldosDifference(db, SALDOS_TABLE, RAW_SALDOS)) === 0, `${engine}: the rebuilt read model equals the baseline's table row for row`, checks);
  check((await saldosAgainstLog(db, SALDOS_TABLE)) === 0, `${engine}: every balance equals the sum computed by SQL straight from the log`, checks);
  await rawDb.exec(`DROP TABLE ${RAW_SALDOS}`);
  return {
    engine,
    name: `Projection rebuild (per-credit NUMERIC balances), ${events.toLocaleString('en-US')} events`,
    measured: rateOf(engineRate),
    baseline: rateOf(raw),
    baselineName: 'raw SELECT pages + same upsert',
    target,
  };
}

async function postgresRun(url: string, events: number, appendSeconds: number, checks: string[]): Promise<EngineResult> {
  const opened = await createEventStore({ databaseUrl: url, poolSize: 20 });
  const rawDb = PgDatabase.open(url, { max: 20 });
  try {
    const { store, db } = opened;
    const figures = await appendFigures('PostgreSQL', store, rawDb, appendSeconds, true);
    await db.exec('TRUNCATE events, event_idempotency RESTART IDENTITY');

    const streams = streamCountFor(events);
    await verifyGenerator(store, db, streams, events, checks, 'PostgreSQL');
    log(`PostgreSQL: bulk load of ${events.toLocaleString('en-US')} events over ${streams.toLocaleString('en-US')} streams`);
    const load = await timed(async () => {
      await bulkLoad(db, events, streams);
      await db.exec('VACUUM ANALYZE events');
      return events;
    });
    log(`  loaded ${fmtRate(load)}`);
    check((await store.headPosition()) === events, `PostgreSQL: after the load the head position is ${events.toLocaleString('en-US')}`, checks);

    log(`PostgreSQL: catch-up read of ${events.toLocaleString('en-US')} events in pages of ${PAGE}`);
    // Twice each, in mirrored order (raw, readAll, subscription, subscription, readAll, raw), so that warm-up
    // and other load on the machine weigh on all three alike.
    const zero: Rate = { events: 0, seconds: 0 };
    let raw = zero;
    let readAll = zero;
    let sub = zero;
    const pass = async (what: string, fn: () => Promise<number>): Promise<Rate> => {
      const r = await timed(fn);
      log(`    pass: ${what} ${fmtRate(r)}`);
      return r;
    };
    const readers = [
      async () => (raw = addRates(raw, await pass('raw SELECT', () => rawRead(rawDb, PAGE)))),
      async () => (readAll = addRates(readAll, await pass('readAll', () => readAllPages(store, PAGE)))),
      async () => (sub = addRates(sub, await pass('subscribeToAll', () => subscriptionCatchUp(store, PAGE)))),
    ];
    for (const reader of [...readers, ...[...readers].reverse()]) await reader();
    log(`  raw SELECT ${fmtRate(raw)}`);
    log(`  readAll ${fmtRate(readAll)}`);
    log(`  subscribeToAll ${fmtRate(sub)}`);
    check(raw.events === 2 * events && readAll.events === 2 * events && sub.events === 2 * events, `PostgreSQL: raw pages, readAll and the subscription each read all ${events.toLocaleString('en-US')} events, twice`, checks);
    const readTarget = { kind: 'rate', min: 100_000 } as const;
    const count = events.toLocaleString('en-US');
    figures.push(
      { engine: 'PostgreSQL', name: `Catch-up read, readAll pages of ${PAGE}, ${count} events`, measured: rateOf(readAll), baseline: rateOf(raw), baselineName: `raw SELECT pages of ${PAGE}`, target: readTarget },
      { engine: 'PostgreSQL', name: `Catch-up subscription (subscribeToAll), ${count} events`, measured: rateOf(sub), baseline: rateOf(raw), baselineName: `raw SELECT pages of ${PAGE}`, target: readTarget },
    );
    figures.push(await rebuildFigure('PostgreSQL', store, db, rawDb, events, { kind: 'rate', min: 20_000 }, checks));
    return { figures, loadSeconds: load.seconds };
  } finally {
    await rawDb.close();
    await opened.close();
  }
}

async function pgliteRun(events: number, appendSeconds: number, checks: string[]): Promise<EngineResult & { version: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pglite-'));
  const opened = await createEventStore({ pgliteDataDir: dir });
  try {
    const { store, db } = opened;
    const v = await db.query<{ server_version: string }>('SHOW server_version');
    const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string };
    const version = `@electric-sql/pglite ${pkg.version} (PostgreSQL ${v.rows[0]?.server_version ?? '?'}), data folder on local disk`;
    const figures = await appendFigures('PGlite', store, db, appendSeconds, false);
    await db.exec('TRUNCATE events, event_idempotency RESTART IDENTITY');
    const streams = streamCountFor(events);
    await verifyGenerator(store, db, streams, events, checks, 'PGlite');
    log(`PGlite: bulk load of ${events.toLocaleString('en-US')} events`);
    const load = await timed(async () => {
      await bulkLoad(db, events, streams, 10_000);
      await db.exec('VACUUM ANALYZE events');
      return events;
    });
    log(`  loaded ${fmtRate(load)}`);
    figures.push(await rebuildFigure('PGlite', store, db, db, events, { kind: 'none' }, checks));
    return { figures, loadSeconds: load.seconds, version };
  } finally {
    await opened.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    throw new UsageError(
      'DATABASE_URL no está definida: el benchmark necesita un PostgreSQL (p. ej. postgres://postgres@127.0.0.1:5432/test); crea y borra su propia base de datos.\n' +
        'DATABASE_URL is not set: the benchmark needs a PostgreSQL server (e.g. postgres://postgres@127.0.0.1:5432/test); it creates and drops its own database.',
    );
  }
  const events = intFromEnv('BENCH_EVENTS', 1_000_000);
  const pgliteEvents = intFromEnv('BENCH_PGLITE_EVENTS', 50_000);
  const appendSeconds = intFromEnv('BENCH_APPEND_SECONDS', 6);
  const pgliteAppendSeconds = intFromEnv('BENCH_PGLITE_APPEND_SECONDS', 3);
  const reportFile = path.resolve(repo, process.env.BENCH_REPORT || 'BENCHMARKS.md');
  const started = performance.now();
  const loadAtStart = os.loadavg();
  const date = new Date().toISOString();

  const name = `bench_${randomBytes(5).toString('hex')}`;
  await withAdmin(base, (c) => c.query(`CREATE DATABASE ${name}`));
  const u = new URL(base);
  u.pathname = `/${name}`;
  const url = u.toString();
  log(`database ${name} created`);
  const checks: string[] = [];
  let pg: EngineResult;
  let machinePg: Awaited<ReturnType<typeof describeMachine>>;
  try {
    const probe = PgDatabase.open(url, { max: 1 });
    machinePg = await describeMachine(probe, '');
    await probe.close();
    log(`PostgreSQL ${machinePg.postgres}, fsync=${machinePg.fsync}, synchronous_commit=${machinePg.synchronousCommit}`);
    pg = await postgresRun(url, events, appendSeconds, checks);
  } finally {
    await withAdmin(base, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    log(`database ${name} dropped`);
  }
  const lite = await pgliteRun(pgliteEvents, pgliteAppendSeconds, checks);

  const machine = { ...machinePg, pglite: lite.version };
  const figures = [...pg.figures, ...lite.figures];
  const facts: RunFacts = {
    date,
    durationSeconds: (performance.now() - started) / 1000,
    events,
    pgliteEvents,
    appendSeconds,
    pgliteAppendSeconds,
    rounds: ROUNDS,
    writers: WRITERS,
    page: PAGE,
    streams: streamCountFor(events),
    loadSeconds: pg.loadSeconds,
    pgliteLoadSeconds: lite.loadSeconds,
    checks,
    loadAtStart,
    loadAtEnd: os.loadavg(),
  };
  process.stdout.write(`\n${consoleTable(figures)}\n\n`);
  writeReport(reportFile, markdown(machine, figures, facts));
  log(`written ${path.relative(process.cwd(), reportFile) || reportFile}`);
}

main().catch((error: unknown) => {
  const text = error instanceof UsageError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`[bench] ${text}\n`);
  process.exit(1);
});

// The machine a run measured, and the table of figures: printed to the console and written to BENCHMARKS.md.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SqlClient } from '@tesoreria/event-store';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: string;
  readonly os: string;
  readonly node: string;
  readonly postgres: string;
  readonly fsync: string;
  readonly synchronousCommit: string;
  readonly walSyncMethod: string;
  readonly sharedBuffers: string;
  readonly pglite: string;
}

function cpuModel(): string {
  try {
    const line = fs.readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return os.cpus()[0]?.model ?? 'desconocido';
}

async function show(c: SqlClient, setting: string): Promise<string> {
  const r = await c.query<Record<string, string>>(`SHOW ${setting}`);
  return String(Object.values(r.rows[0] ?? {})[0] ?? '?');
}

export async function describeMachine(pg: SqlClient, pglite: string): Promise<Machine> {
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: await show(pg, 'server_version'),
    fsync: await show(pg, 'fsync'),
    synchronousCommit: await show(pg, 'synchronous_commit'),
    walSyncMethod: await show(pg, 'wal_sync_method'),
    sharedBuffers: await show(pg, 'shared_buffers'),
    pglite,
  };
}

export type Target = { readonly kind: 'ratio'; readonly min: number } | { readonly kind: 'rate'; readonly min: number } | { readonly kind: 'none' };

export interface Figure {
  readonly engine: 'PostgreSQL' | 'PGlite';
  readonly name: string;
  /** events/s through the project's code. */
  readonly measured: number;
  /** events/s of the raw-SQL baseline measured in the same run. */
  readonly baseline: number;
  readonly baselineName: string;
  readonly target: Target;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (r: number) => `${(r * 100).toFixed(0)} %`;

function targetText(t: Target): string {
  if (t.kind === 'ratio') return `≥ ${pct(t.min)} of raw`;
  if (t.kind === 'rate') return `≥ ${fmt(t.min)} events/s`;
  return 'none (informative)';
}

export function verdict(f: Figure): 'PASS' | 'FAIL' | '—' {
  if (f.target.kind === 'none') return '—';
  const value = f.target.kind === 'ratio' ? f.measured / f.baseline : f.measured;
  return value >= f.target.min ? 'PASS' : 'FAIL';
}

export function consoleTable(figures: readonly Figure[]): string {
  const head = ['Engine', 'Figure', 'events/s', 'raw events/s', 'ratio', 'target', 'result'];
  const rows = figures.map((f) => [f.engine, f.name, fmt(f.measured), fmt(f.baseline), pct(f.measured / f.baseline), targetText(f.target), verdict(f)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export interface RunFacts {
  readonly date: string;
  readonly durationSeconds: number;
  readonly events: number;
  readonly pgliteEvents: number;
  readonly appendSeconds: number;
  readonly pgliteAppendSeconds: number;
  readonly rounds: number;
  readonly writers: number;
  readonly page: number;
  readonly streams: number;
  readonly loadSeconds: number;
  readonly pgliteLoadSeconds: number;
  readonly checks: readonly string[];
  /** os.loadavg() (1, 5, 15 min) when the run started and ended: other work on the machine skews figures. */
  readonly loadAtStart: readonly number[];
  readonly loadAtEnd: readonly number[];
}

export function markdown(machine: Machine, figures: readonly Figure[], facts: RunFacts): string {
  const n = fmt(facts.events);
  const np = fmt(facts.pgliteEvents);
  const table = figures
    .map((f) => `| ${f.engine} | ${f.name} | ${fmt(f.measured)} | ${fmt(f.baseline)} (${f.baselineName}) | ${pct(f.measured / f.baseline)} | ${targetText(f.target)} | ${verdict(f)} |`)
    .join('\n');
  return `# Benchmarks

Written by \`npm run bench\` (test/bench/run.ts) on ${facts.date}; every run rewrites this file. Each figure and
its raw-SQL baseline were measured in the same run, on the same database server, through the same driver and
pool size. The whole run took ${Math.round(facts.durationSeconds)} s.

## Machine

| | |
|---|---|
| CPU | ${machine.cpu} |
| Cores (logical) | ${machine.cores} |
| Memory | ${machine.memoryGiB} GiB |
| OS | ${machine.os} |
| Node | ${machine.node} |
| PostgreSQL | ${machine.postgres} |
| fsync (\`SHOW fsync\`) | ${machine.fsync} |
| synchronous_commit / wal_sync_method / shared_buffers | ${machine.synchronousCommit} / ${machine.walSyncMethod} / ${machine.sharedBuffers} |
| PGlite | ${machine.pglite} |

The bench client and the PostgreSQL server share the same ${machine.cores} cores. Load average (1/5/15 min) at the
start of the run: ${facts.loadAtStart.map((l) => l.toFixed(2)).join(' / ')}; at the end: ${facts.loadAtEnd.map((l) => l.toFixed(2)).join(' / ')}.

## Results

| Engine | Figure | events/s | Baseline events/s | Ratio | Target | Result |
|---|---|---:|---:|---:|---|---|
${table}

Checks made by the run (it stops with an error when one fails):

${facts.checks.map((c) => `- ${c}`).join('\n')}

## What each figure measures

- **Append, single-event commands**: ${facts.writers} concurrent writers, each appending one event per call to
  its own stream with the exact expected revision (\`no_stream\`, then the revision it last wrote), through
  \`EventStore.appendToStream\` (one call of \`event_store_append\`: revision check, positions under the
  advisory lock, insert; autocommit, so one fsync'd commit per command). Baseline: the same rows (same columns,
  same JSON payload and completed metadata, about 270 bytes) as one plain \`INSERT\` per command into a table
  with the events table's columns and indexes (primary key on position, unique stream/revision), same
  concurrency, same pool (20 connections). ${facts.rounds} rounds of ${facts.appendSeconds} s each, alternating
  which side goes first.
- **Append, 100-event batches**: the same, with 100 events per append; the baseline inserts the same 100 rows
  with one \`INSERT … SELECT … FROM jsonb_to_recordset($1)\` per command, the fastest raw form of the three
  tried (a 100-row \`VALUES\` list with 700 parameters and \`unnest()\` of arrays were 10-25 % slower).
- **Catch-up read**: the global log of ${n} events read from position 0 to the head in pages of ${facts.page}
  (\`readAll\`, and \`subscribeToAll\` with batchSize ${facts.page}, which pages through \`readAll\` and
  calls a handler per event), each read twice in mirrored order (raw, readAll, subscription, subscription,
  readAll, raw) and the rates taken over both passes. Baseline: keyset pages (\`WHERE position > $1 ORDER BY position LIMIT ${facts.page}\`)
  of the same rows and columns, without the high-water-mark filter or the mapping to RecordedEvent.
- **Projection rebuild**: \`daemon.rebuild()\` then the runner replays all ${n} events in batches of ${facts.page},
  each batch one transaction with the read-model upsert and the checkpoint's compare-and-set; timed until
  \`waitForCatchUp\` sees the checkpoint at the head. The projection keeps per-credit balances: decimal strings
  summed into NUMERIC (determinado, pagado, recargos, saldo), count and last revision, one grouped
  \`INSERT … ON CONFLICT DO UPDATE\` per batch. Baseline: the same pages of the same rows with the same upsert
  into a plain table, one transaction per page, no engine. Each side runs twice, mirrored (raw, engine, engine,
  raw), and the rate is taken over both passes.
- **Data set**: ${n} events over ${fmt(facts.streams)} credits (20 events each, interleaved in the log: a
  CreditoDeterminado, then PagoRecibido and every fifth a RecargosCausados). Loaded in ${facts.loadSeconds.toFixed(1)} s
  by a bulk \`INSERT … SELECT\` from \`generate_series\` in chunks of 100,000 rows that writes exactly what
  \`event_store_append\` writes (positions 1…N, transaction_id by its default, metadata completed with
  schemaVersion, idempotencyKey and registradoEn, recorded_at in milliseconds; the one difference: the
  rows of a chunk share one transaction_id where appends would have one each, which readers only compare with
  the snapshot's xmin); before loading, the run appends
  sample events through the adapter and checks the generator yields the same type, data and metadata. Then
  \`VACUUM ANALYZE events\`.
- **PGlite** (PostgreSQL in WASM, in-process, one connection, stored in a temporary folder as \`npm start\`
  does): the same append scenarios (${facts.rounds} rounds of ${facts.pgliteAppendSeconds} s; the 16 writers queue on its
  single connection) and the same rebuild over a smaller log of ${np} events (bulk-loaded in
  ${facts.pgliteLoadSeconds.toFixed(1)} s). No target was set for PGlite: its figures are informative.

## Reading the figures

- A single-event append is one call of the PL/pgSQL function \`event_store_append\`: a revision lookup, the
  position allocation under a session advisory lock (which keeps positions in transaction-id order, so readers
  below the high-water mark never skip an event), the insert and the returned rows. On the server that is about
  twice the work of a bare single-row \`INSERT\`, and the 16 writers queue on the lock; batches spread that
  fixed cost over 100 events, which is why their ratio is much higher.
- Catch-up reads are bounded by decoding the JSON columns in Node, which the raw baseline pays as well; the
  high-water-mark filter costs little.
- The rebuild commits one transaction per batch of ${facts.page} (rows and checkpoint together), so its cost per event
  is close to the raw upsert's.
- A ratio above 100 % (catch-up, rebuild) means both sides are equal within the noise, not that the engine beats
  raw SQL: it does the baseline's work and a little more.
- Figures move by up to a third from run to run on this 2-core machine shared with other work (see the load
  average above); alternating and mirroring the order make ratios move less than absolute rates, not stand still.

## Running it

\`\`\`sh
export DATABASE_URL=postgres://postgres@127.0.0.1:5432/test   # the bench creates and drops its own database
npm run bench                                                 # BENCH_EVENTS=200000 npm run bench for a quicker run
\`\`\`

Variables: \`BENCH_EVENTS\` (log size, default 1,000,000), \`BENCH_PGLITE_EVENTS\` (default 50,000),
\`BENCH_APPEND_SECONDS\` (per round on PostgreSQL, default 6), \`BENCH_PGLITE_APPEND_SECONDS\` (default 3),
\`BENCH_REPORT\` (where to write this file; default BENCHMARKS.md at the repository root).
`;
}

export function writeReport(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

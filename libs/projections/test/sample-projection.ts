// A sample read model for the engine's tests: per stream, how many `MontoRegistrado` events and the exact sum
// of their decimal-string amounts (NUMERIC, never a JS number), plus a grand total. `prefix` lets a test build
// a second copy of the same projection in fresh tables to compare with.
import { Dec, suma } from '@tesoreria/domain';
import type { NewEvent, RecordedEvent, SqlClient } from '@tesoreria/event-store';
import { defineProjection, type Projection } from '@tesoreria/projections';

export const MONTO_REGISTRADO = 'MontoRegistrado';

export interface SampleOptions {
  readonly prefix?: string;
  readonly name?: string;
  readonly version?: number;
  /** Makes apply throw when a batch holds an event this predicate picks: a crash in the middle of the log. */
  readonly failOn?: (event: RecordedEvent) => boolean;
  /** Called inside every apply after the rows are written and before the check (count calls, crash mid-batch). */
  readonly onApply?: (events: readonly RecordedEvent[], tx: SqlClient) => Promise<void> | void;
}

export function sampleProjection(options: SampleOptions = {}): Projection {
  const prefix = options.prefix ?? '';
  const perStream = `${prefix}montos_por_stream`;
  const totals = `${prefix}montos_totales`;
  return defineProjection({
    name: options.name ?? `${prefix}montos`,
    version: options.version ?? 1,
    tables: [perStream, totals],
    handles: [MONTO_REGISTRADO],
    schema: `
      CREATE TABLE ${perStream} (stream_id TEXT PRIMARY KEY, eventos INTEGER NOT NULL, suma NUMERIC NOT NULL, ultima_revision INTEGER NOT NULL);
      CREATE TABLE ${totals} (id INTEGER PRIMARY KEY, eventos BIGINT NOT NULL, suma NUMERIC NOT NULL);`,
    async apply(tx: SqlClient, events: readonly RecordedEvent[]): Promise<void> {
      // Rows first, then the check, so a failing batch has written something the rollback must undo.
      await tx.query(
        `INSERT INTO ${perStream} (stream_id, eventos, suma, ultima_revision)
         SELECT s, count(*), sum(m::numeric), max(r) FROM unnest($1::text[], $2::text[], $3::int[]) AS u(s, m, r) GROUP BY s
         ON CONFLICT (stream_id) DO UPDATE SET eventos = ${perStream}.eventos + EXCLUDED.eventos,
           suma = ${perStream}.suma + EXCLUDED.suma, ultima_revision = EXCLUDED.ultima_revision`,
        [events.map((e) => e.streamId), events.map((e) => String(e.data.monto)), events.map((e) => e.revision)],
      );
      await tx.query(
        `INSERT INTO ${totals} (id, eventos, suma) SELECT 1, count(*), coalesce(sum(m::numeric), 0) FROM unnest($1::text[]) AS u(m)
         ON CONFLICT (id) DO UPDATE SET eventos = ${totals}.eventos + EXCLUDED.eventos, suma = ${totals}.suma + EXCLUDED.suma`,
        [events.map((e) => String(e.data.monto))],
      );
      await options.onApply?.(events, tx);
      const bad = options.failOn && events.find(options.failOn);
      if (bad) throw new Error(`Fallo simulado en ${bad.streamId}@${bad.revision}`);
    },
  });
}

/** The projection's rows as text, ordered, for row-for-row comparisons. */
export async function sampleRows(db: SqlClient, prefix = ''): Promise<{ perStream: unknown[]; totals: unknown[] }> {
  const perStream = await db.query(
    `SELECT stream_id, eventos, suma::text AS suma, ultima_revision FROM ${prefix}montos_por_stream ORDER BY stream_id`,
  );
  const totals = await db.query(`SELECT id, eventos::text AS eventos, suma::text AS suma FROM ${prefix}montos_totales ORDER BY id`);
  return { perStream: perStream.rows, totals: totals.rows };
}

const actor = { userId: 'prueba', role: 'sistema' };

export function montoRegistrado(monto: string, fechaEfecto = '2025-01-15'): NewEvent {
  return { type: MONTO_REGISTRADO, data: { monto }, metadata: { actor, correlationId: 'prueba', fechaEfecto } };
}

export function otroEvento(): NewEvent {
  return { type: 'OtroEvento', data: {}, metadata: { actor, correlationId: 'prueba', fechaEfecto: '2025-01-15' } };
}

/** A deterministic amount with two decimals, built as a string (never through a float). */
export function montoDe(i: number): string {
  return `${(i * 7919) % 100000}.${String((i * 31) % 100).padStart(2, '0')}`;
}

/** Appends `count` events, ten per append, round-robin over `streams` streams; every 17th is of another type. */
export async function seed(
  store: { appendToStream: (s: string, e: readonly NewEvent[], o: { expectedRevision: 'any' }) => Promise<unknown> },
  count: number,
  streams: number,
  startAt = 0,
): Promise<void> {
  const perAppend = 10;
  for (let i = startAt; i < startAt + count; i += perAppend) {
    const n = Math.min(perAppend, startAt + count - i);
    const streamId = `credito-${Math.floor(i / perAppend) % streams}`;
    const events = Array.from({ length: n }, (_, k) => ((i + k) % 17 === 0 ? otroEvento() : montoRegistrado(montoDe(i + k))));
    await store.appendToStream(streamId, events, { expectedRevision: 'any' });
  }
}

/** What the sample projection must hold after the first `count` events of `seed`: handled events and their sum. */
export function expectedTotal(count: number): { eventos: number; suma: Dec } {
  const montos = Array.from({ length: count }, (_, i) => i)
    .filter((i) => i % 17 !== 0)
    .map((i) => new Dec(montoDe(i)));
  return { eventos: montos.length, suma: suma(montos) };
}

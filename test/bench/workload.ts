// The benchmark's workload: a log of credit events (one CreditoDeterminado per credit, then payments and
// surcharges), generated identically in TypeScript (for appends through the adapter) and in SQL (for the bulk
// load), plus the read model the rebuild measures: per-credit balances, decimal strings summed into NUMERIC.
import type { NewEvent, RecordedEvent, SqlClient } from '@tesoreria/event-store';
import { defineProjection, type Projection } from '@tesoreria/projections';

/** Events per credit in the global log: the log has ceil(N / EVENTS_PER_STREAM) streams, interleaved. */
export const EVENTS_PER_STREAM = 20;

export function streamCountFor(events: number): number {
  return Math.max(1, Math.ceil(events / EVENTS_PER_STREAM));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A deterministic amount with two decimals, built as text (never a float). */
export function amountOf(i: number): string {
  return `${(i * 7919) % 100000}.${pad2((i * 31) % 100)}`;
}

function fechaOf(i: number): string {
  return `2025-${pad2(1 + (i % 12))}-${pad2(1 + (i % 28))}`;
}

export type BenchEventType = 'CreditoDeterminado' | 'PagoRecibido' | 'RecargosCausados';

function typeAt(revision: number): BenchEventType {
  if (revision === 0) return 'CreditoDeterminado';
  return revision % 5 === 4 ? 'RecargosCausados' : 'PagoRecibido';
}

/** The i-th event of the log (0-based), its stream and revision when the log has `streams` streams. */
export function eventAt(i: number, streams: number): { streamId: string; revision: number; event: NewEvent } {
  const s = i % streams;
  const revision = Math.floor(i / streams);
  const creditoId = `credito-${s}`;
  const type = typeAt(revision);
  const data: Record<string, unknown> =
    type === 'CreditoDeterminado'
      ? { creditoId, importe: amountOf(i), concepto: 'Impuesto sobre nóminas', ejercicio: 2025 }
      : type === 'PagoRecibido'
        ? { creditoId, monto: amountOf(i), referencia: `REF-${i}`, fechaPago: fechaOf(i) }
        : { creditoId, monto: amountOf(i), periodo: `2025-${pad2(1 + (i % 12))}` };
  return {
    streamId: creditoId,
    revision,
    event: {
      type,
      data,
      metadata: { actor: { userId: `u-${i % 50}`, role: 'cajero' }, correlationId: `corr-${i}`, fechaEfecto: fechaOf(i) },
    },
  };
}

/**
 * The same events as eventAt, as a SELECT over `i` (a bigint column of `source`) yielding exactly the columns
 * and JSON the adapter's event_store_append writes: metadata completed with schemaVersion 1, idempotencyKey null
 * and registradoEn (the recording instant, milliseconds, UTC). Positions are i + 1: what the adapter draws on an
 * empty log. transaction_id is left to its default (pg_current_xact_id()), as in the adapter.
 */
export function generatorSql(source: string, streams: number): string {
  const S = String(streams);
  const amount = `((i * 7919) % 100000)::text || '.' || lpad(((i * 31) % 100)::text, 2, '0')`;
  const fecha = `'2025-' || lpad((1 + i % 12)::text, 2, '0') || '-' || lpad((1 + i % 28)::text, 2, '0')`;
  const rev = `(i / ${S})`;
  const credito = `'credito-' || (i % ${S})`;
  return `SELECT i + 1 AS position, ${credito} AS stream_id, ${rev} AS revision, gen_random_uuid() AS event_id,
      CASE WHEN ${rev} = 0 THEN 'CreditoDeterminado' WHEN ${rev} % 5 = 4 THEN 'RecargosCausados' ELSE 'PagoRecibido' END AS type,
      CASE WHEN ${rev} = 0 THEN jsonb_build_object('creditoId', ${credito}, 'importe', ${amount}, 'concepto', 'Impuesto sobre nóminas', 'ejercicio', 2025)
           WHEN ${rev} % 5 = 4 THEN jsonb_build_object('creditoId', ${credito}, 'monto', ${amount}, 'periodo', '2025-' || lpad((1 + i % 12)::text, 2, '0'))
           ELSE jsonb_build_object('creditoId', ${credito}, 'monto', ${amount}, 'referencia', 'REF-' || i, 'fechaPago', ${fecha}) END AS data,
      jsonb_build_object('actor', jsonb_build_object('userId', 'u-' || (i % 50), 'role', 'cajero'), 'correlationId', 'corr-' || i,
        'fechaEfecto', ${fecha}, 'schemaVersion', 1, 'idempotencyKey', NULL,
        'registradoEn', to_char(date_trunc('milliseconds', now()) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS metadata,
      date_trunc('milliseconds', now()) AS recorded_at
    FROM ${source}`;
}

/** Plain table with the events table's columns and indexes, for the raw INSERT baselines. */
export function rawEventsDdl(table: string): string {
  return `CREATE TABLE ${table} (
    position       bigserial   PRIMARY KEY,
    transaction_id xid8        NOT NULL DEFAULT pg_current_xact_id(),
    stream_id      text        NOT NULL,
    revision       bigint      NOT NULL,
    event_id       uuid        NOT NULL,
    type           text        NOT NULL,
    data           jsonb       NOT NULL,
    metadata       jsonb       NOT NULL,
    recorded_at    timestamptz NOT NULL,
    UNIQUE (stream_id, revision)
  )`;
}

export function saldosDdl(table: string): string {
  return `CREATE TABLE ${table} (
    credito_id      text    PRIMARY KEY,
    determinado     numeric NOT NULL,
    pagado          numeric NOT NULL,
    recargos        numeric NOT NULL,
    saldo           numeric NOT NULL,
    eventos         integer NOT NULL,
    ultima_revision bigint  NOT NULL
  )`;
}

/** The fields of an event the balance needs; the raw baseline builds them from rows, the projection from events. */
export interface SaldoInput {
  readonly streamId: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly revision: number;
}

/** One upsert per batch, grouped by credit: determinado adds, payments subtract, surcharges add (NUMERIC). */
export async function upsertSaldos(tx: SqlClient, table: string, events: readonly SaldoInput[]): Promise<void> {
  if (events.length === 0) return;
  const amounts = events.map((e) => String(e.type === 'CreditoDeterminado' ? e.data.importe : e.data.monto));
  await tx.query(
    `INSERT INTO ${table} (credito_id, determinado, pagado, recargos, saldo, eventos, ultima_revision)
     SELECT s,
            coalesce(sum(m::numeric) FILTER (WHERE t = 'CreditoDeterminado'), 0),
            coalesce(sum(m::numeric) FILTER (WHERE t = 'PagoRecibido'), 0),
            coalesce(sum(m::numeric) FILTER (WHERE t = 'RecargosCausados'), 0),
            sum(CASE WHEN t = 'PagoRecibido' THEN -(m::numeric) ELSE m::numeric END),
            count(*), max(r)
     FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS u(s, t, m, r)
     GROUP BY s
     ON CONFLICT (credito_id) DO UPDATE SET
       determinado = ${table}.determinado + EXCLUDED.determinado,
       pagado = ${table}.pagado + EXCLUDED.pagado,
       recargos = ${table}.recargos + EXCLUDED.recargos,
       saldo = ${table}.saldo + EXCLUDED.saldo,
       eventos = ${table}.eventos + EXCLUDED.eventos,
       ultima_revision = greatest(${table}.ultima_revision, EXCLUDED.ultima_revision)`,
    [events.map((e) => e.streamId), events.map((e) => e.type), amounts, events.map((e) => e.revision)],
  );
}

export const SALDOS_TABLE = 'bench_saldos';

export function saldosProjection(): Projection {
  return defineProjection({
    name: 'bench-saldos',
    version: 1,
    tables: [SALDOS_TABLE],
    handles: ['CreditoDeterminado', 'PagoRecibido', 'RecargosCausados'],
    schema: saldosDdl(SALDOS_TABLE),
    apply: (tx: SqlClient, events: readonly RecordedEvent[]) => upsertSaldos(tx, SALDOS_TABLE, events),
  });
}

/** Rows of `a` missing from `b` plus rows of `b` missing from `a`: 0 when both read models are equal. */
export async function saldosDifference(c: SqlClient, a: string, b: string): Promise<number> {
  const r = await c.query<{ n: string | number }>(
    `SELECT (SELECT count(*) FROM (TABLE ${a} EXCEPT TABLE ${b}) x) + (SELECT count(*) FROM (TABLE ${b} EXCEPT TABLE ${a}) y) AS n`,
  );
  return Number(r.rows[0]!.n);
}

/** Balance of every credit computed straight from the log, compared with the read model: 0 when it agrees. */
export async function saldosAgainstLog(c: SqlClient, table: string): Promise<number> {
  const r = await c.query<{ n: string | number }>(
    `WITH log AS (
       SELECT stream_id, sum(CASE WHEN type = 'PagoRecibido' THEN -((data->>'monto')::numeric)
                                  WHEN type = 'CreditoDeterminado' THEN (data->>'importe')::numeric
                                  ELSE (data->>'monto')::numeric END) AS saldo, count(*) AS eventos
       FROM events GROUP BY stream_id)
     SELECT count(*) AS n FROM log FULL JOIN ${table} p ON p.credito_id = log.stream_id
     WHERE p.saldo IS DISTINCT FROM log.saldo OR p.eventos IS DISTINCT FROM log.eventos`,
  );
  return Number(r.rows[0]!.n);
}

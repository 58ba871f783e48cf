// The event-store schema shared by PostgreSQL and PGlite. infra/postgres/event-store/*.sql are copies of these
// migrations, kept equal by libs/event-store/test/schema-files.spec.ts so DBAs can read them without TypeScript.
import type { SqlDatabase } from '../../sql-database';
import { MIGRACION_0002_HORIZONTE } from './migrations/0002-horizonte';

/** Advisory lock key (bigint form) under which positions are taken; see event_store_take_positions. */
export const POSITION_LOCK_KEY = 7_301_044_001;
/** Advisory lock key (bigint form) that serialises concurrent migrations of the same database. */
const MIGRATION_LOCK_KEY = 7_301_044_000;

export interface EventStoreMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const EVENT_STORE_MIGRATIONS: readonly EventStoreMigration[] = [
  {
    version: 1,
    name: '0001_events',
    sql: `-- Event store, version 1: the global log, the idempotency keys and the position allocator.
CREATE TABLE IF NOT EXISTS events (
  position       bigserial   PRIMARY KEY,
  transaction_id xid8        NOT NULL DEFAULT pg_current_xact_id(),
  stream_id      text        NOT NULL,
  revision       bigint      NOT NULL CHECK (revision >= 0),
  event_id       uuid        NOT NULL,
  type           text        NOT NULL,
  data           jsonb       NOT NULL,
  metadata       jsonb       NOT NULL,
  recorded_at    timestamptz NOT NULL,
  CONSTRAINT events_stream_revision_key UNIQUE (stream_id, revision)
);

-- One row per idempotency key, written by the same statement as the events it stands for.
CREATE TABLE IF NOT EXISTS event_idempotency (
  idempotency_key text        PRIMARY KEY,
  stream_id       text        NOT NULL,
  first_revision  bigint      NOT NULL,
  last_revision   bigint      NOT NULL,
  last_position   bigint      NOT NULL,
  recorded_at     timestamptz NOT NULL
);

-- Takes n positions for the calling transaction. The transaction id is assigned and the positions are drawn
-- under one advisory lock, so that transaction ids and positions grow together: a transaction with a lower
-- id always holds lower positions. Readers then return only rows whose transaction id is below the
-- snapshot's xmin (every transaction below it has ended) and can checkpoint the last position they saw:
-- no transaction still open or yet to start can commit a position below it. Without the lock a transaction
-- could draw a position first and get its id later, so a committed higher position could overtake a lower
-- one still open. The lock is session-level so it is held only while drawing, not until commit; the inner
-- block releases it on any error, cancellation included.
CREATE OR REPLACE FUNCTION event_store_take_positions(n integer) RETURNS bigint[]
LANGUAGE plpgsql AS $fn$
DECLARE
  taken bigint[];
BEGIN
  IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
    RAISE EXCEPTION 'event store: an append must be the first write of its transaction'
      USING ERRCODE = 'P0001', HINT = 'Append before any other write, or in its own transaction.';
  END IF;
  PERFORM pg_advisory_lock(${POSITION_LOCK_KEY});
  BEGIN
    PERFORM pg_current_xact_id();
    -- A loop, not a query: the lock is held as briefly as possible (with 16 writers, drawing through a query
    -- here cost about a third of the single-event append rate).
    FOR k IN 1..n LOOP
      taken[k] := nextval('events_position_seq');
    END LOOP;
  EXCEPTION WHEN OTHERS OR query_canceled THEN
    PERFORM pg_advisory_unlock(${POSITION_LOCK_KEY});
    RAISE;
  END;
  PERFORM pg_advisory_unlock(${POSITION_LOCK_KEY});
  RETURN taken;
END
$fn$;

-- Appends a batch to one stream as one statement: revision check, key check, positions, multi-row insert and
-- idempotency row, atomic without an explicit transaction and planned once per session (PL/pgSQL caches its
-- plans). p_expected is the stream's expected last revision (-1 = no stream, NULL = any); p_events is a jsonb
-- array of {id, type, data, metadata}. When the revision or the key does not allow the append it returns one
-- row with current_revision and nulls; a racing writer that took the same revision or key first surfaces as
-- a unique violation (23505), which the adapter turns into a ConcurrencyError or the first result.
CREATE OR REPLACE FUNCTION event_store_append(p_stream text, p_expected bigint, p_key text, p_events jsonb)
RETURNS TABLE (current_revision bigint, event_position bigint, event_revision bigint, registrado_en text)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_rev bigint;
  v_n integer;
  v_positions bigint[];
  v_at timestamptz;
  v_at_text text;
BEGIN
  SELECT coalesce(max(e.revision), -1) INTO v_rev FROM events e WHERE e.stream_id = p_stream;
  IF (p_expected IS NOT NULL AND v_rev <> p_expected)
     OR (p_key IS NOT NULL AND EXISTS (SELECT 1 FROM event_idempotency k WHERE k.idempotency_key = p_key)) THEN
    RETURN QUERY SELECT v_rev, NULL::bigint, NULL::bigint, NULL::text;
    RETURN;
  END IF;
  v_n := jsonb_array_length(p_events);
  v_positions := event_store_take_positions(v_n);
  v_at := date_trunc('milliseconds', now());
  v_at_text := to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  RETURN QUERY
    INSERT INTO events AS ev (position, transaction_id, stream_id, revision, event_id, type, data, metadata, recorded_at)
    SELECT v_positions[e.n], pg_current_xact_id(), p_stream, v_rev + e.n, (e.doc->>'id')::uuid, e.doc->>'type', e.doc->'data',
           (e.doc->'metadata') || jsonb_build_object('registradoEn', v_at_text), v_at
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS e(doc, n)
    ORDER BY e.n
    RETURNING v_rev, ev.position, ev.revision, v_at_text;
  IF p_key IS NOT NULL THEN
    INSERT INTO event_idempotency (idempotency_key, stream_id, first_revision, last_revision, last_position, recorded_at)
    VALUES (p_key, p_stream, v_rev + 1, v_rev + v_n, v_positions[v_n], v_at);
  END IF;
END
$fn$;
`,
  },
  { version: 2, name: '0002_horizonte', sql: MIGRACION_0002_HORIZONTE },
];

/**
 * Creates or completes the event-store schema. Idempotent: applied versions are recorded in
 * event_store_migrations, and concurrent callers (two processes starting together) wait on one lock.
 */
export async function migrateEventStore(db: SqlDatabase): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS event_store_migrations (
      version    integer     PRIMARY KEY,
      name       text        NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = await tx.query<{ version: number }>('SELECT version FROM event_store_migrations');
    const done = new Set(applied.rows.map((r) => Number(r.version)));
    for (const m of EVENT_STORE_MIGRATIONS) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO event_store_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
  });
}

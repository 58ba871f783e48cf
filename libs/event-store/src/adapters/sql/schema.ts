// The event-store schema shared by PostgreSQL and PGlite. infra/postgres/event-store/*.sql are copies of these
// migrations, kept equal by libs/event-store/test/schema-files.spec.ts so DBAs can read them without TypeScript.
import type { SqlDatabase } from '../../sql-database';

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
    SELECT array_agg(nextval('events_position_seq') ORDER BY i) INTO taken FROM generate_series(1, n) AS i;
  EXCEPTION WHEN OTHERS OR query_canceled THEN
    PERFORM pg_advisory_unlock(${POSITION_LOCK_KEY});
    RAISE;
  END;
  PERFORM pg_advisory_unlock(${POSITION_LOCK_KEY});
  RETURN taken;
END
$fn$;
`,
  },
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

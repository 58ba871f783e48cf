-- Event store, version 1: the global log, the idempotency keys and the position allocator.
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
  PERFORM pg_advisory_lock(7301044001);
  BEGIN
    PERFORM pg_current_xact_id();
    SELECT array_agg(nextval('events_position_seq') ORDER BY i) INTO taken FROM generate_series(1, n) AS i;
  EXCEPTION WHEN OTHERS OR query_canceled THEN
    PERFORM pg_advisory_unlock(7301044001);
    RAISE;
  END;
  PERFORM pg_advisory_unlock(7301044001);
  RETURN taken;
END
$fn$;

-- Event store, version 2: readers wait only for THIS store's in-flight appends, registradoEn never decreases
-- along the log, and a racing writer's conflict is answered inside the append.
--
-- Version 1 hid every row whose transaction id was not below the server-wide snapshot xmin, so any open
-- transaction on the server (another database, an idle psql session, a prepared transaction) held every
-- reader back, and a logical restore (new transaction ids) hid the whole history. Now each append marks
-- itself while it is open with a transaction-level advisory lock whose key is MINUS the first position it
-- may draw, taken before drawing. Readers take the horizon (event_store_horizon) as the last position drawn
-- when they look, capped below the lowest mark still held in this database, and then read with a fresh
-- snapshot: every position at or below the horizon belongs to an append that had ended when they looked
-- (committed, so visible to that later snapshot, or rolled back, so never visible). A slow append is never
-- skipped; an unrelated transaction holds nothing back. transaction_id is kept only as information.
-- Negative bigint advisory keys in this database are reserved for these marks.

-- The last registradoEn handed out, in milliseconds since the epoch. A sequence because it is not
-- transactional: the next append sees it while the previous one is still open.
CREATE SEQUENCE IF NOT EXISTS event_store_clock_ms AS bigint MINVALUE 0 START 0;

-- Takes n positions and the recording instant for the calling transaction, under the position lock: the
-- in-flight mark first (its key is at most the first position drawn, so no reader can pass it), then the
-- positions, then clock_timestamp() never below the previous append's. So positions and registradoEn grow
-- together and "as recorded at K" is a prefix of the log. The position lock is session-level so it is held
-- only while drawing, not until commit; the inner block releases it on any error, cancellation included.
-- The position sequence must keep CACHE 1 (its default): the mark reads its last value.
DROP FUNCTION IF EXISTS event_store_take_positions(integer);
CREATE OR REPLACE FUNCTION event_store_take_positions(n integer, OUT positions bigint[], OUT recorded_at timestamptz)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_next bigint;
  v_ms bigint;
BEGIN
  PERFORM pg_advisory_lock(7301044001);
  BEGIN
    SELECT CASE WHEN s.is_called THEN s.last_value + 1 ELSE s.last_value END INTO v_next FROM events_position_seq s;
    PERFORM pg_advisory_xact_lock(-v_next);
    -- A loop, not a query: the lock is held as briefly as possible.
    FOR k IN 1..n LOOP
      positions[k] := nextval('events_position_seq');
    END LOOP;
    SELECT greatest(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint, CASE WHEN c.is_called THEN c.last_value ELSE 0 END)
      INTO v_ms FROM event_store_clock_ms c;
    PERFORM setval('event_store_clock_ms', v_ms);
  EXCEPTION WHEN OTHERS OR query_canceled THEN
    PERFORM pg_advisory_unlock(7301044001);
    RAISE;
  END;
  PERFORM pg_advisory_unlock(7301044001);
  recorded_at := timestamptz 'epoch' + v_ms * interval '1 millisecond';
END
$fn$;

-- Appends a batch to one stream as one statement: revision check, key check, positions, multi-row insert and
-- idempotency row, atomic without an explicit transaction. p_expected is the stream's expected last revision
-- (-1 = no stream, NULL = any); p_events is a jsonb array of {id, type, data, metadata}. When the revision or
-- the key does not allow the append it returns one row with current_revision and nulls. A racing writer that
-- took the same revision or key first is answered the same way: the unique violation is caught here, so a
-- caller's transaction stays usable and the adapter looks up the winner on the same connection (asking the
-- pool for another one while holding a caller's lock could wait forever).
CREATE OR REPLACE FUNCTION event_store_append(p_stream text, p_expected bigint, p_key text, p_events jsonb)
RETURNS TABLE (current_revision bigint, event_position bigint, event_revision bigint, registrado_en text)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_rev bigint;
  v_n integer;
  v_positions bigint[];
  v_at timestamptz;
  v_at_text text;
  v_constraint text;
BEGIN
  SELECT coalesce(max(e.revision), -1) INTO v_rev FROM events e WHERE e.stream_id = p_stream;
  IF (p_expected IS NOT NULL AND v_rev <> p_expected)
     OR (p_key IS NOT NULL AND EXISTS (SELECT 1 FROM event_idempotency k WHERE k.idempotency_key = p_key)) THEN
    RETURN QUERY SELECT v_rev, NULL::bigint, NULL::bigint, NULL::text;
    RETURN;
  END IF;
  v_n := jsonb_array_length(p_events);
  BEGIN
    SELECT t.positions, t.recorded_at INTO v_positions, v_at FROM event_store_take_positions(v_n) t;
    v_at_text := to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    INSERT INTO events (position, transaction_id, stream_id, revision, event_id, type, data, metadata, recorded_at)
    SELECT v_positions[e.n], pg_current_xact_id(), p_stream, v_rev + e.n, (e.doc->>'id')::uuid, e.doc->>'type', e.doc->'data',
           (e.doc->'metadata') || jsonb_build_object('registradoEn', v_at_text), v_at
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS e(doc, n)
    ORDER BY e.n;
    IF p_key IS NOT NULL THEN
      INSERT INTO event_idempotency (idempotency_key, stream_id, first_revision, last_revision, last_position, recorded_at)
      VALUES (p_key, p_stream, v_rev + 1, v_rev + v_n, v_positions[v_n], v_at);
    END IF;
  EXCEPTION WHEN unique_violation THEN
    GET STACKED DIAGNOSTICS v_constraint = CONSTRAINT_NAME;
    IF v_constraint NOT IN ('events_stream_revision_key', 'event_idempotency_pkey') THEN
      RAISE;
    END IF;
    -- The winner has committed (the insert waited for it): this fresh statement sees its revision.
    SELECT coalesce(max(e.revision), -1) INTO v_rev FROM events e WHERE e.stream_id = p_stream;
    RETURN QUERY SELECT v_rev, NULL::bigint, NULL::bigint, NULL::text;
    RETURN;
  END;
  RETURN QUERY SELECT v_rev, v_positions[k], v_rev + k, v_at_text FROM generate_series(1, v_n) AS k;
END
$fn$;

-- The last position readers may pass: at or below it every append has ended. Read the log with a snapshot
-- taken AFTER this returns (a later statement, or a later statement of a VOLATILE function in READ
-- COMMITTED): a transaction that commits between the snapshot and this call would otherwise be skipped.
CREATE OR REPLACE FUNCTION event_store_horizon() RETURNS bigint
LANGUAGE plpgsql AS $fn$
DECLARE
  v_drawn bigint;
  v_held bigint;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'event store: the global log is read in READ COMMITTED only'
      USING ERRCODE = 'P0001', HINT = 'An older snapshot could miss an append that ended after it was taken.';
  END IF;
  -- The last position drawn first, the marks after: an append that drew at or below it had marked itself
  -- before drawing, so its mark is seen below unless it has ended.
  SELECT CASE WHEN s.is_called THEN s.last_value ELSE s.last_value - 1 END INTO v_drawn FROM events_position_seq s;
  SELECT min(-((l.classid::bigint << 32) | l.objid::bigint)) INTO v_held
  FROM pg_locks l
  WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.classid::bigint >= 2147483648
    AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database());
  RETURN CASE WHEN v_held IS NULL THEN v_drawn ELSE least(v_drawn, v_held - 1) END;
END
$fn$;

-- A page of the global log below the horizon. VOLATILE (the default): the query below takes its snapshot
-- after the horizon was computed.
CREATE OR REPLACE FUNCTION event_store_read_all(p_after bigint, p_limit integer) RETURNS SETOF events
LANGUAGE plpgsql AS $fn$
DECLARE
  v_horizon bigint := event_store_horizon();
BEGIN
  RETURN QUERY SELECT * FROM events e WHERE e.position > p_after AND e.position <= v_horizon ORDER BY e.position LIMIT p_limit;
END
$fn$;

-- The position of the last event readers can see (0 when none).
CREATE OR REPLACE FUNCTION event_store_head() RETURNS bigint
LANGUAGE plpgsql AS $fn$
DECLARE
  v_horizon bigint := event_store_horizon();
  v_head bigint;
BEGIN
  SELECT e.position INTO v_head FROM events e WHERE e.position <= v_horizon ORDER BY e.position DESC LIMIT 1;
  RETURN coalesce(v_head, 0);
END
$fn$;

-- What holds readers back, for /salud and the log: committed events above the horizon, the appends still
-- open and how long the oldest has been open (a prepared one counts from PREPARE TRANSACTION).
CREATE OR REPLACE FUNCTION event_store_held_back(
  OUT horizon bigint, OUT held_events bigint, OUT in_flight integer, OUT prepared integer, OUT oldest_seconds double precision)
LANGUAGE plpgsql AS $fn$
BEGIN
  horizon := event_store_horizon();
  SELECT count(*) INTO held_events FROM events e WHERE e.position > horizon;
  SELECT count(*)::integer, (count(*) FILTER (WHERE m.pid IS NULL))::integer,
         max(extract(epoch FROM clock_timestamp() - coalesce(a.xact_start, p.prepared)))::double precision
    INTO in_flight, prepared, oldest_seconds
  FROM pg_locks m
  LEFT JOIN pg_stat_activity a ON a.pid = m.pid
  LEFT JOIN pg_locks x ON m.pid IS NULL AND x.virtualtransaction = m.virtualtransaction AND x.locktype = 'transactionid' AND x.mode = 'ExclusiveLock'
  LEFT JOIN pg_prepared_xacts p ON p.transaction = x.transactionid
  WHERE m.locktype = 'advisory' AND m.objsubid = 1 AND m.classid::bigint >= 2147483648
    AND m.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database());
END
$fn$;

-- After a restore that did not bring the sequences along (a data-only or table-by-table copy), new appends
-- would draw positions already used and registradoEn could go back: move both sequences up to the log.
-- Only ever forwards, under the position lock, so it is safe on a live store. See infra/scripts/restaurar-almacen.sh.
CREATE OR REPLACE FUNCTION event_store_after_restore(OUT last_position bigint, OUT last_recorded_ms bigint)
LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_advisory_xact_lock(7301044001);
  SELECT greatest(coalesce(max(e.position), 0), (SELECT CASE WHEN s.is_called THEN s.last_value ELSE 0 END FROM events_position_seq s))
    INTO last_position FROM events e;
  IF last_position > 0 THEN
    PERFORM setval('events_position_seq', last_position);
  END IF;
  SELECT greatest(coalesce(floor(extract(epoch FROM max(e.recorded_at)) * 1000)::bigint, 0),
                  (SELECT CASE WHEN c.is_called THEN c.last_value ELSE 0 END FROM event_store_clock_ms c))
    INTO last_recorded_ms FROM events e;
  PERFORM setval('event_store_clock_ms', last_recorded_ms);
END
$fn$;

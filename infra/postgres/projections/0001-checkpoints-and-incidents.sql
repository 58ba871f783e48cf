-- Checkpoints and incidents of the projection engine (libs/projections/src/engine/checkpoint-store.ts).
-- The engine runs this idempotently at start; a snapshot test keeps the two identical.
CREATE TABLE IF NOT EXISTS projection_checkpoints (
  name        TEXT PRIMARY KEY,
  version     INTEGER NOT NULL,
  position    BIGINT NOT NULL DEFAULT 0,
  rebuilt_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS projection_incidents (
  id           BIGSERIAL PRIMARY KEY,
  projection   TEXT NOT NULL,
  version      INTEGER NOT NULL,
  position     BIGINT,
  event_id     TEXT,
  event_type   TEXT,
  stream_id    TEXT,
  error        TEXT NOT NULL,
  occurred_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  resolved_at  TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS projection_incidents_open ON projection_incidents (projection) WHERE resolved_at IS NULL;

-- Fencing of projection leadership (libs/projections/src/engine/leadership.ts). epoch goes up by one on every
-- takeover and every batch checks it under the row's lock, so a runner that lost its advisory lock can no longer
-- commit; rebuild_requested/rebuild_done carry a rebuild asked in any process to the one that leads.
ALTER TABLE projection_checkpoints ADD COLUMN IF NOT EXISTS epoch BIGINT NOT NULL DEFAULT 0;
ALTER TABLE projection_checkpoints ADD COLUMN IF NOT EXISTS owner TEXT;
ALTER TABLE projection_checkpoints ADD COLUMN IF NOT EXISTS rebuild_requested BIGINT NOT NULL DEFAULT 0;
ALTER TABLE projection_checkpoints ADD COLUMN IF NOT EXISTS rebuild_done BIGINT NOT NULL DEFAULT 0;

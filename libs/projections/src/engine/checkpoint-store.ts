// Checkpoints live in the read-model database and move in the same transaction as the rows they cover, as a
// compare-and-set: "set to N where it was M, of version V, under epoch E". Zero rows updated means someone else
// moved it or leads now: the batch rolls back and is never applied twice. (The pattern of Marten's
// UpdateProjectionProgress and emmett's storeProcessorCheckpoint.) The DDL is kept in sync with
// infra/postgres/projections/ by a snapshot test.
import type { SqlClient, SqlDatabase } from '@tesoreria/event-store';

const TABLES_SQL = `CREATE TABLE IF NOT EXISTS projection_checkpoints (
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
`;

const FENCING_SQL = `ALTER TABLE projection_checkpoints ADD COLUMN IF NOT EXISTS epoch BIGINT NOT NULL DEFAULT 0;
ALTER TABLE projection_checkpoints ADD COLUMN IF NOT EXISTS owner TEXT;
ALTER TABLE projection_checkpoints ADD COLUMN IF NOT EXISTS rebuild_requested BIGINT NOT NULL DEFAULT 0;
ALTER TABLE projection_checkpoints ADD COLUMN IF NOT EXISTS rebuild_done BIGINT NOT NULL DEFAULT 0;
`;

/** infra/postgres/projections/0001-*.sql then 0002-*.sql (a database of the first release gets the columns). */
export const PROJECTIONS_SCHEMA_SQL = TABLES_SQL + FENCING_SQL;

/** Transaction-level advisory lock key so that concurrent `CREATE TABLE IF NOT EXISTS` cannot race. */
const SCHEMA_LOCK_KEY = 482_019_113;

export async function ensureProjectionsSchema(db: SqlDatabase): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
    await tx.exec(TABLES_SQL);
    // ALTER TABLE takes an exclusive lock even when the column is there: only a first-release database pays it.
    const r = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'projection_checkpoints' AND column_name = 'rebuild_done'`,
    );
    if (Number(r.rows[0]?.n) === 0) await tx.exec(FENCING_SQL);
  });
}

export interface Checkpoint {
  readonly name: string;
  readonly version: number;
  readonly position: number;
}

/** The whole checkpoint row: who leads (epoch, owner) and whether a rebuild waits for the leader. */
export interface CheckpointState extends Checkpoint {
  readonly epoch: number;
  readonly owner: string | null;
  readonly rebuildRequested: number;
  readonly rebuildDone: number;
}

export interface CheckpointRow {
  name: string;
  version: number;
  position: string | number;
  epoch?: string | number;
  owner?: string | null;
  rebuild_requested?: string | number;
  rebuild_done?: string | number;
}

export const CHECKPOINT_COLUMNS = 'name, version, position, epoch, owner, rebuild_requested, rebuild_done';

const toCheckpoint = (r: CheckpointRow): Checkpoint => ({ name: r.name, version: Number(r.version), position: Number(r.position) });

export const toCheckpointState = (r: CheckpointRow): CheckpointState => ({
  ...toCheckpoint(r),
  epoch: Number(r.epoch ?? 0),
  owner: r.owner ?? null,
  rebuildRequested: Number(r.rebuild_requested ?? 0),
  rebuildDone: Number(r.rebuild_done ?? 0),
});

export const rebuildPending = (s: CheckpointState): boolean => s.rebuildRequested > s.rebuildDone;

export async function readCheckpoint(c: SqlClient, name: string): Promise<Checkpoint | null> {
  const r = await c.query<CheckpointRow>('SELECT name, version, position FROM projection_checkpoints WHERE name = $1', [name]);
  return r.rows[0] ? toCheckpoint(r.rows[0]) : null;
}

export async function readCheckpointState(c: SqlClient, name: string): Promise<CheckpointState | null> {
  const r = await c.query<CheckpointRow>(`SELECT ${CHECKPOINT_COLUMNS} FROM projection_checkpoints WHERE name = $1`, [name]);
  return r.rows[0] ? toCheckpointState(r.rows[0]) : null;
}

export async function readCheckpoints(c: SqlClient): Promise<Map<string, CheckpointState>> {
  const r = await c.query<CheckpointRow>(`SELECT ${CHECKPOINT_COLUMNS} FROM projection_checkpoints`);
  return new Map(r.rows.map((row) => [row.name, toCheckpointState(row)]));
}

/**
 * Compare-and-set under the lease: true when the checkpoint was at `from`, of this version and this leadership
 * epoch, and is now at `to`. The batch already holds the row (leadership.ts), so this is a second line of defence.
 */
export async function advanceCheckpoint(
  tx: SqlClient,
  lease: { readonly projection: string; readonly version: number; readonly epoch: number },
  from: number,
  to: number,
): Promise<boolean> {
  const r = await tx.query(
    `UPDATE projection_checkpoints SET position = $3, updated_at = now()
     WHERE name = $1 AND position = $2 AND version = $4 AND epoch = $5`,
    [lease.projection, from, to, lease.version, lease.epoch],
  );
  return r.affectedRows === 1;
}

/**
 * Asks whichever process leads the projection to rebuild it (it checks at every batch and every idle poll).
 * False when there is no checkpoint yet: the first runner builds from zero anyway.
 */
export async function requestRebuild(c: SqlClient, name: string): Promise<boolean> {
  const r = await c.query(
    'UPDATE projection_checkpoints SET rebuild_requested = rebuild_requested + 1 WHERE name = $1',
    [name],
  );
  return r.affectedRows === 1;
}

/** The batch's checkpoint moved under us (another runner, or a rebuild): it rolled back, nothing was applied. */
export class CheckpointConflictError extends Error {
  constructor(readonly projection: string, readonly expected: number) {
    super(`El punto de control de la proyección ${projection} ya no está en ${expected}: el lote se revirtió`);
    this.name = 'CheckpointConflictError';
  }
}

// Checkpoints live in the read-model database and move in the same transaction as the rows they cover, as a
// compare-and-set: "set to N where it was M". Zero rows updated means someone else moved it: the batch rolls
// back and is never applied twice. (The pattern of Marten's UpdateProjectionProgress and emmett's
// storeProcessorCheckpoint.) The DDL is kept in sync with infra/postgres/projections/ by a snapshot test.
import type { SqlClient, SqlDatabase } from '@tesoreria/event-store';

export const PROJECTIONS_SCHEMA_SQL = `CREATE TABLE IF NOT EXISTS projection_checkpoints (
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

/** Transaction-level advisory lock key so that concurrent `CREATE TABLE IF NOT EXISTS` cannot race. */
const SCHEMA_LOCK_KEY = 482_019_113;

export async function ensureProjectionsSchema(db: SqlDatabase): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
    await tx.exec(PROJECTIONS_SCHEMA_SQL);
  });
}

export interface Checkpoint {
  readonly name: string;
  readonly version: number;
  readonly position: number;
}

interface CheckpointRow {
  name: string;
  version: number;
  position: string | number;
}

const toCheckpoint = (r: CheckpointRow): Checkpoint => ({ name: r.name, version: Number(r.version), position: Number(r.position) });

export async function readCheckpoint(c: SqlClient, name: string): Promise<Checkpoint | null> {
  const r = await c.query<CheckpointRow>('SELECT name, version, position FROM projection_checkpoints WHERE name = $1', [name]);
  return r.rows[0] ? toCheckpoint(r.rows[0]) : null;
}

export async function readCheckpoints(c: SqlClient): Promise<Map<string, Checkpoint>> {
  const r = await c.query<CheckpointRow>('SELECT name, version, position FROM projection_checkpoints');
  return new Map(r.rows.map((row) => [row.name, toCheckpoint(row)]));
}

/** Compare-and-set: true when the checkpoint was at `from` and is now at `to`. */
export async function advanceCheckpoint(tx: SqlClient, name: string, from: number, to: number): Promise<boolean> {
  const r = await tx.query(
    'UPDATE projection_checkpoints SET position = $3, updated_at = now() WHERE name = $1 AND position = $2',
    [name, from, to],
  );
  return r.affectedRows === 1;
}

/** Puts the checkpoint back at zero under `version` (insert or overwrite): the start of a replay. */
export async function resetCheckpoint(tx: SqlClient, name: string, version: number): Promise<void> {
  await tx.query(
    `INSERT INTO projection_checkpoints (name, version, position) VALUES ($1, $2, 0)
     ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, position = 0, rebuilt_at = now(), updated_at = now()`,
    [name, version],
  );
}

/** The batch's checkpoint moved under us (another runner, or a rebuild): it rolled back, nothing was applied. */
export class CheckpointConflictError extends Error {
  constructor(readonly projection: string, readonly expected: number) {
    super(`El punto de control de la proyección ${projection} ya no está en ${expected}: el lote se revirtió`);
    this.name = 'CheckpointConflictError';
  }
}

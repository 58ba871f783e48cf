// Creating, resetting and rebuilding a projection's tables, only by the runner that leads it. A version change
// drops and recreates them (the schema may have changed); a rebuild of the same version truncates them. In both
// cases the checkpoint goes back to zero in the same transaction, so rows and checkpoint never disagree. The
// checkpoint row is locked before the tables, the same order as a batch, so a takeover never deadlocks a batch.
import type { SqlClient, SqlDatabase } from '@tesoreria/event-store';
import { rebuildPending } from './checkpoint-store';
import { resolveIncidents } from './incidents';
import { LeadershipLostError, readFenced, type Lease } from './leadership';
import type { Projection } from './projection';

export async function tablesExist(c: SqlClient, tables: readonly string[]): Promise<boolean> {
  const r = await c.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM unnest($1::text[]) AS t(name) WHERE to_regclass(t.name) IS NOT NULL',
    [tables],
  );
  return Number(r.rows[0]?.n) === tables.length;
}

/** The projection's own DDL failed: a defect of the projection, recorded as an incident like a failing apply. */
export class ProjectionSchemaError extends Error {
  constructor(readonly projection: string, readonly original: unknown) {
    super(`El esquema de la proyección ${projection} falló: ${original instanceof Error ? original.message : String(original)}`);
    this.name = 'ProjectionSchemaError';
  }
}

async function recreateTables(tx: SqlClient, projection: Projection): Promise<void> {
  for (const table of projection.tables) await tx.exec(`DROP TABLE IF EXISTS ${table} CASCADE`);
  try {
    await tx.exec(projection.schema);
  } catch (error) {
    throw new ProjectionSchemaError(projection.name, error);
  }
}

/** Puts the checkpoint at zero under `version` and `epoch` (insert or overwrite); pending rebuilds count as done. */
async function resetCheckpoint(tx: SqlClient, lease: Lease): Promise<void> {
  await tx.query(
    `INSERT INTO projection_checkpoints (name, version, position, epoch, owner) VALUES ($1, $2, 0, $3, $4)
     ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, position = 0, epoch = EXCLUDED.epoch, owner = EXCLUDED.owner,
       rebuild_done = projection_checkpoints.rebuild_requested, rebuilt_at = now(), updated_at = now()`,
    [lease.projection, lease.version, lease.epoch, lease.owner],
  );
}

async function emptyTables(tx: SqlClient, projection: Projection): Promise<void> {
  if (await tablesExist(tx, projection.tables)) await tx.exec(`TRUNCATE TABLE ${projection.tables.join(', ')}`);
  else await recreateTables(tx, projection);
}

export type Takeover =
  | { readonly lease: Lease; readonly position: number; readonly rebuilt: boolean; readonly rebuildRequestDone: boolean }
  | { readonly lease: null; readonly supersededBy: number };

/**
 * Takes the projection over, under its advisory lock: locks the checkpoint row, increments the epoch (every
 * earlier holder's next batch then fails its fence) and brings tables and checkpoint in line with the declared
 * version, returning the position to resume from. A newer version's checkpoint is never touched: the caller
 * steps down (a rolling deploy must not let the old code drop the new tables). A rebuild asked for meanwhile,
 * from any process, is done here.
 */
export async function takeLeadership(
  db: SqlDatabase,
  projection: Projection,
  owner: string,
  lockKeys: Lease['lockKeys'],
): Promise<Takeover> {
  return db.transaction(async (tx) => {
    const { state, lockFree } = await readFenced(tx, projection.name, lockKeys, true);
    if (lockFree) throw new LeadershipLostError(projection.name, 'lock-lost', state);
    if (state && state.version > projection.version) return { lease: null, supersededBy: state.version };
    const lease: Lease = { projection: projection.name, version: projection.version, epoch: (state?.epoch ?? 0) + 1, owner, lockKeys };
    const current = state !== null && state.version === projection.version && (await tablesExist(tx, projection.tables));
    if (current && !rebuildPending(state)) {
      await tx.query('UPDATE projection_checkpoints SET epoch = $2, owner = $3, updated_at = now() WHERE name = $1', [
        lease.projection,
        lease.epoch,
        lease.owner,
      ]);
      return { lease, position: state.position, rebuilt: false, rebuildRequestDone: false };
    }
    // Same version: the rows are the right shape, a rebuild empties them; another version or no tables: recreate.
    if (current) await emptyTables(tx, projection);
    else await recreateTables(tx, projection);
    await resetCheckpoint(tx, lease);
    // A replay from zero starts clean: an incident that still applies is recorded again when its event comes.
    await resolveIncidents(tx, projection.name);
    return { lease, position: 0, rebuilt: true, rebuildRequestDone: state !== null && rebuildPending(state) };
  });
}

/**
 * The leader's side of a rebuild asked for in any process (requestRebuild): inside a fenced transaction,
 * empties the tables, puts the checkpoint at zero and marks the requests up to now as done.
 */
export async function performRebuild(tx: SqlClient, projection: Projection, lease: Lease): Promise<void> {
  await emptyTables(tx, projection);
  await resetCheckpoint(tx, lease);
  await resolveIncidents(tx, projection.name);
}

// Creating, resetting and rebuilding a projection's tables. A version change drops and recreates them (the
// schema may have changed); a rebuild of the same version truncates them. In both cases the checkpoint goes
// back to zero in the same transaction, so rows and checkpoint never disagree.
import type { SqlClient, SqlDatabase } from '@tesoreria/event-store';
import { readCheckpoint, resetCheckpoint } from './checkpoint-store';
import { resolveIncidents } from './incidents';
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

/**
 * Brings the projection's tables and checkpoint in line with its declared version and returns the position to
 * resume from: the stored checkpoint, or 0 after a (re)creation. Call it while holding the projection's lock.
 */
export async function prepareProjection(db: SqlDatabase, projection: Projection): Promise<{ position: number; rebuilt: boolean }> {
  return db.transaction(async (tx) => {
    const checkpoint = await readCheckpoint(tx, projection.name);
    const exist = await tablesExist(tx, projection.tables);
    if (checkpoint && checkpoint.version === projection.version && exist) {
      return { position: checkpoint.position, rebuilt: false };
    }
    await recreateTables(tx, projection);
    await resetCheckpoint(tx, projection.name, projection.version);
    // A replay from zero starts clean: an incident that still applies is recorded again when its event comes.
    await resolveIncidents(tx, projection.name);
    return { position: 0, rebuilt: true };
  });
}

/**
 * Empties the projection's tables and puts its checkpoint at zero. Safe while a runner is mid-batch, in this
 * process or another: TRUNCATE waits for that batch to commit, and its next compare-and-set then fails and
 * makes it reload the checkpoint. Tables are locked before the checkpoint row, the same order as a batch.
 */
export async function resetProjection(db: SqlDatabase, projection: Projection): Promise<void> {
  await db.transaction(async (tx) => {
    if (await tablesExist(tx, projection.tables)) {
      await tx.exec(`TRUNCATE TABLE ${projection.tables.join(', ')}`);
    } else {
      await recreateTables(tx, projection);
    }
    await resetCheckpoint(tx, projection.name, projection.version);
    await resolveIncidents(tx, projection.name);
  });
}

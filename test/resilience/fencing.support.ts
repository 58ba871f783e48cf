// Helpers for the leadership-fencing tests: a versioned copy of the sample projection whose rows carry the
// version that wrote them, a commit-time witness of rows written under another version's checkpoint, and a way
// to end the session that holds a projection's advisory lock, as a failover or a proxy would.
import { advisoryKeys, type RecordedEvent, type SqlClient } from '@tesoreria/event-store';
import type { Projection } from '@tesoreria/projections';
import { sampleProjection, type SampleOptions } from '../../libs/projections/test/sample-projection';

export const VERSIONED = 'ver_montos';
const ROWS = 'ver_montos_por_stream';

/**
 * A table outside the projection (it survives drops) and a function that a deferred trigger of the projection's
 * own schema calls at COMMIT of every batch: a row whose stamped version differs from the checkpoint's version,
 * as the committing transaction sees it, is written down. Nothing may ever be written there.
 */
export async function installVersionWitness(db: SqlClient): Promise<void> {
  await db.exec(`
    CREATE TABLE IF NOT EXISTS versiones_ajenas (
      en TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(), version_fila INTEGER, version_punto INTEGER, posicion BIGINT);
    CREATE OR REPLACE FUNCTION registrar_version_ajena() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE fila INTEGER; punto INTEGER; pos BIGINT;
    BEGIN
      SELECT version INTO fila FROM ${ROWS} WHERE stream_id = NEW.stream_id;
      SELECT version, position INTO punto, pos FROM projection_checkpoints WHERE name = '${VERSIONED}';
      IF fila IS DISTINCT FROM punto THEN
        INSERT INTO versiones_ajenas (version_fila, version_punto, posicion) VALUES (fila, punto, pos);
      END IF;
      RETURN NULL;
    END $$;`);
}

export async function witnessedViolations(db: SqlClient): Promise<unknown[]> {
  return (await db.query('SELECT version_fila, version_punto, posicion FROM versiones_ajenas ORDER BY en')).rows;
}

/** The sample projection at `version`, its per-stream rows stamped with the version that wrote them. */
export function versionedProjection(version: number, options: Omit<SampleOptions, 'prefix' | 'version'> = {}): Projection {
  const base = sampleProjection({ ...options, prefix: 'ver_', version });
  return {
    ...base,
    schema: `${base.schema}
      ALTER TABLE ${ROWS} ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
      CREATE CONSTRAINT TRIGGER ${ROWS}_misma_version AFTER INSERT OR UPDATE ON ${ROWS}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registrar_version_ajena();`,
    async apply(tx: SqlClient, events: readonly RecordedEvent[]): Promise<void> {
      await base.apply(tx, events);
      const streams = [...new Set(events.map((e) => e.streamId))];
      await tx.query(`UPDATE ${ROWS} SET version = $1 WHERE stream_id = ANY($2::text[])`, [version, streams]);
    },
  };
}

/** One snapshot: the checkpoint's version and every version stamped on the rows (null when no table yet). */
export async function versionsInOneSnapshot(db: SqlClient): Promise<{ punto: number; filas: number[] } | null> {
  const r = await db.query<{ punto: number; filas: number[] | null }>(
    `SELECT c.version AS punto, (SELECT array_agg(DISTINCT version ORDER BY version) FROM ${ROWS}) AS filas
     FROM projection_checkpoints c WHERE c.name = '${VERSIONED}'`,
  );
  const row = r.rows[0];
  return row ? { punto: Number(row.punto), filas: (row.filas ?? []).map(Number) } : null;
}

const LOCK_HOLDER = `
  SELECT pid FROM pg_locks
  WHERE locktype = 'advisory' AND granted AND objsubid = 2
    AND classid::text::bigint = ($1::int::bigint & 4294967295) AND objid::text::bigint = ($2::int::bigint & 4294967295)`;

/** Backends holding the projection's session advisory lock (PostgreSQL). */
export async function lockHolders(db: SqlClient, projection: string): Promise<number[]> {
  const [a, b] = advisoryKeys(`projection:${projection}`); // the engine's lock name (leadership.ts lockName)
  return (await db.query<{ pid: number }>(LOCK_HOLDER, [a, b])).rows.map((r) => Number(r.pid));
}

/**
 * Ends the session that holds the projection's lock, as a failover or idle_session_timeout would, and returns
 * once it has ended (the timeout form waits for the backend to exit): a batch that began before that instant
 * passed its fence legitimately and commits before any successor can take over.
 */
export async function terminateLockHolder(db: SqlClient, projection: string): Promise<number> {
  const [pid] = await lockHolders(db, projection);
  if (pid === undefined) throw new Error(`Nadie tiene el candado de ${projection}`);
  const r = await db.query<{ ended: boolean }>('SELECT pg_terminate_backend($1, 5000) AS ended', [pid]);
  if (!r.rows[0]?.ended) throw new Error(`La sesión ${pid} no terminó a tiempo`);
  return pid;
}

export async function until(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('La condición no se cumplió a tiempo');
    await new Promise((r) => setTimeout(r, 5));
  }
}

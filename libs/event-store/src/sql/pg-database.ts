// SqlDatabase over a `pg` pool (PostgreSQL server). Advisory locks hold a dedicated connection for as long as
// they are held, since a session-level lock belongs to one connection.
import { createHash } from 'node:crypto';
import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { assertCommitted, type SqlClient, type SqlDatabase, type SqlResult } from '../sql-database';

function clientOf(c: Pool | PoolClient): SqlClient {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<SqlResult<T>> {
      const r = await c.query(sql, params as unknown[]);
      return { rows: r.rows as T[], affectedRows: r.rowCount ?? undefined };
    },
    async exec(sql: string): Promise<void> {
      await c.query(sql);
    },
  };
}

function ignoreConnectionError(): void {}

/** Two 32-bit keys derived from a lock name, for pg_try_advisory_lock(int, int). */
export function advisoryKeys(name: string): [number, number] {
  const h = createHash('sha256').update(name).digest();
  return [h.readInt32BE(0), h.readInt32BE(4)];
}

export class PgDatabase implements SqlDatabase {
  readonly dialect = 'postgresql' as const;
  private readonly client: SqlClient;

  constructor(readonly pool: Pool) {
    this.client = clientOf(pool);
    // pg's documented duty: an idle client the server drops emits on the pool, and unheard it ends the process.
    // The pool has already discarded that client; the next query opens a new one.
    pool.on('error', ignoreConnectionError);
  }

  static open(connectionString: string, config: PoolConfig = {}): PgDatabase {
    return new PgDatabase(new Pool({ connectionString, max: 20, keepAlive: true, keepAliveInitialDelayMillis: 10_000, ...config }));
  }

  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<SqlResult<T>> {
    return this.client.query<T>(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.client.exec(sql);
  }

  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    const conn = await this.pool.connect();
    // A checked-out client has no error listener: a connection the server ends mid-transaction would otherwise
    // crash the process. The failing query already rejects; the pool discards the dead client on release.
    conn.on('error', ignoreConnectionError);
    try {
      await conn.query('BEGIN');
      const result = await fn(clientOf(conn));
      assertCommitted((await conn.query('COMMIT')).command);
      return result;
    } catch (error) {
      await conn.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      conn.off('error', ignoreConnectionError);
      conn.release();
    }
  }

  async tryAdvisoryLock(name: string): Promise<(() => Promise<void>) | null> {
    const [a, b] = advisoryKeys(name);
    const conn = await this.pool.connect();
    // Held for as long as the lock: if the server ends it, the lock is gone and the next unlock just fails.
    conn.on('error', ignoreConnectionError);
    try {
      const r = await conn.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [a, b]);
      if (!r.rows[0]?.ok) {
        conn.off('error', ignoreConnectionError);
        conn.release();
        return null;
      }
    } catch (error) {
      conn.off('error', ignoreConnectionError);
      conn.release();
      throw error;
    }
    return async () => {
      try {
        await conn.query('SELECT pg_advisory_unlock($1, $2)', [a, b]);
      } finally {
        conn.off('error', ignoreConnectionError);
        conn.release();
      }
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

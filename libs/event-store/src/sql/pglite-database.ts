// SqlDatabase over PGlite (PostgreSQL in WASM, one connection, in-process). A mutex serialises
// transactions, since PGlite has a single session shared by every caller of the process; a lock file keeps
// every other process off its folder.
import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { assertCommitted, type SqlClient, type SqlDatabase, type SqlResult } from '../sql-database';
import { lockDirectory } from './directory-lock';

class Mutex {
  private tail: Promise<void> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.then(() => undefined, () => undefined);
    return result;
  }
}

export class PgliteDatabase implements SqlDatabase {
  readonly dialect = 'pglite' as const;
  private readonly mutex = new Mutex();
  private readonly locks = new Set<string>();

  constructor(
    readonly pg: PGlite,
    private readonly unlock: () => void = () => undefined,
  ) {}

  /**
   * Opens PGlite in `dataDir` (a folder, persisted) or in memory when dataDir is undefined. A folder another live
   * process holds is refused with DirectoryInUseError (Spanish message naming the folder and that pid).
   */
  static async open(dataDir?: string, loadDataDir?: Blob | File): Promise<PgliteDatabase> {
    const { PGlite } = await import('@electric-sql/pglite');
    if (!dataDir) return new PgliteDatabase(await PGlite.create({ loadDataDir }));
    // A fresh clone has no ./data yet, and PGlite creates only the last folder of the path.
    mkdirSync(dataDir, { recursive: true });
    const unlock = lockDirectory(dataDir);
    try {
      return new PgliteDatabase(await PGlite.create({ dataDir, loadDataDir }), unlock);
    } catch (error) {
      unlock();
      throw error;
    }
  }

  query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<SqlResult<T>> {
    return this.mutex.run(() => this.raw<T>(sql, params));
  }

  exec(sql: string): Promise<void> {
    return this.mutex.run(async () => {
      await this.pg.exec(sql);
    });
  }

  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    return this.mutex.run(async () => {
      await this.pg.exec('BEGIN');
      const tx: SqlClient = {
        query: <R>(sql: string, params: readonly unknown[] = []) => this.raw<R>(sql, params),
        exec: async (sql: string) => {
          await this.pg.exec(sql);
        },
      };
      try {
        const result = await fn(tx);
        assertCommitted((await this.pg.query('COMMIT')).command);
        return result;
      } catch (error) {
        await this.pg.exec('ROLLBACK');
        throw error;
      }
    });
  }

  async tryAdvisoryLock(name: string): Promise<(() => Promise<void>) | null> {
    // One process owns a PGlite directory, so an in-process set is the lock.
    if (this.locks.has(name)) return null;
    this.locks.add(name);
    return async () => {
      this.locks.delete(name);
    };
  }

  async close(): Promise<void> {
    try {
      await this.mutex.run(() => this.pg.close());
    } finally {
      this.unlock();
    }
  }

  private async raw<T>(sql: string, params: readonly unknown[]): Promise<SqlResult<T>> {
    const r = await this.pg.query<T>(sql, params as unknown[]);
    return { rows: r.rows, affectedRows: r.affectedRows };
  }
}

export { DirectoryInUseError } from './directory-lock';

// A fresh PostgreSQL database per test file, on the server named by DATABASE_URL. When DATABASE_URL is not
// set the suite FAILS (never skips): CI must have PostgreSQL running.
import { randomBytes } from 'node:crypto';
import { Client, type PoolClient } from 'pg';
import { PgDatabase, type SqlClient } from '@tesoreria/event-store';

export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL no está definida: esta prueba necesita PostgreSQL (ejecute infra/scripts/start-services.sh o .ci/run).');
  }
  return url;
}

export function requireRedisUrl(): string {
  const url = process.env.REDIS_URL;
  if (!url) {
    throw new Error('REDIS_URL no está definida: esta prueba necesita Redis (ejecute infra/scripts/start-services.sh o .ci/run).');
  }
  return url;
}

export interface TemporaryDatabase {
  readonly url: string;
  readonly name: string;
  open(max?: number): PgDatabase;
  drop(): Promise<void>;
}

/** Creates an empty database with a random name; `drop()` removes it (and ends its connections). */
export async function createTemporaryDatabase(prefix = 't'): Promise<TemporaryDatabase> {
  const base = requireDatabaseUrl();
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(base);
  u.pathname = `/${name}`;
  const url = u.toString();
  const opened: PgDatabase[] = [];
  return {
    url,
    name,
    open(max = 20) {
      const db = PgDatabase.open(url, { max });
      opened.push(db);
      return db;
    },
    async drop() {
      await Promise.all(opened.map((d) => d.close().catch(() => undefined)));
      const c = new Client({ connectionString: base });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A raw pg connection seen as the store's SqlClient, to append inside a transaction the test holds open. */
export function clientOf(conn: Client | PoolClient): SqlClient {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const r = await conn.query(sql, params as unknown[]);
      return { rows: r.rows as T[], affectedRows: r.rowCount ?? undefined };
    },
    async exec(sql: string) {
      await conn.query(sql);
    },
  };
}

/** A connection of its own (an unrelated session), whose errors after a forced end are expected. */
export async function conectar(url: string): Promise<Client> {
  const c = new Client({ connectionString: url });
  c.on('error', () => undefined);
  await c.connect();
  return c;
}

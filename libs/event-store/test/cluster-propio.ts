// A PostgreSQL cluster of the test's own (initdb + pg_ctl on a free port, data under /tmp/horizon-*), for what
// the shared server must not be asked to do: settings it does not have (max_prepared_transactions) or a
// fresh cluster to restore into. As root, the server runs as the postgres user (initdb refuses root).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';

export interface ClusterPropio {
  readonly port: number;
  readonly bin: string;
  /** URL of `database` (created by createDatabase, or 'postgres'). */
  url(database?: string): string;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export function pgBin(): string {
  if (process.env.PGBIN && existsSync(join(process.env.PGBIN, 'initdb'))) return process.env.PGBIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  throw new Error('No se encontraron los binarios de PostgreSQL (initdb): defina PGBIN');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function run(bin: string, args: string[], asPostgres: boolean): void {
  if (asPostgres) execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe' });
  else execFileSync(bin, args, { stdio: 'pipe' });
}

export async function startCluster(settings: Record<string, string> = {}): Promise<ClusterPropio> {
  const bin = pgBin();
  const asPostgres = process.getuid?.() === 0;
  const dir = mkdtempSync('/tmp/horizon-pg-');
  const data = join(dir, 'data');
  if (asPostgres) execFileSync('chown', ['postgres:postgres', dir]);
  run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8'], asPostgres);
  const port = await freePort();
  const opts = [`-c listen_addresses=127.0.0.1`, `-c port=${port}`, `-c unix_socket_directories=${dir}`, '-c fsync=off', '-c max_connections=50'];
  for (const [k, v] of Object.entries(settings)) opts.push(`-c ${k}=${v}`);
  run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start', '-o', opts.join(' ')], asPostgres);
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    bin,
    url,
    async createDatabase(name: string) {
      const c = new Client({ connectionString: url() });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE ${name}`);
      } finally {
        await c.end();
      }
      return url(name);
    },
    async stop() {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-w', '-t', '60', '-m', 'immediate', 'stop'], asPostgres);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}


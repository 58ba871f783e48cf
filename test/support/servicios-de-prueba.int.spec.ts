// Issue 8 item 6: `npm test` on a machine where nothing runs. Without DATABASE_URL / REDIS_URL the run starts its
// own PostgreSQL and Redis (on free ports, data under /tmp) and stops exactly those; with them, it starts nothing.
import { existsSync } from 'node:fs';
import { Client } from 'pg';
import Redis from 'ioredis';
import { detenerServicios, iniciarServiciosFaltantes } from './servicios-de-prueba';

const NOMBRES = ['DATABASE_URL', 'REDIS_URL', 'PGBIN', 'PGDATA'] as const;

describe('servicios de prueba en una máquina sin servicios', () => {
  const antes = Object.fromEntries(NOMBRES.map((n) => [n, process.env[n]]));
  afterEach(() => {
    for (const n of NOMBRES) if (antes[n] === undefined) delete process.env[n];
    else process.env[n] = antes[n];
  });

  it('starts nothing when DATABASE_URL and REDIS_URL are set', async () => {
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/ninguna';
    process.env.REDIS_URL = 'redis://127.0.0.1:1';
    await expect(iniciarServiciosFaltantes()).resolves.toBeNull();
  });

  it('without them starts its own PostgreSQL and Redis on other ports, and stops them at the end', async () => {
    for (const n of NOMBRES) delete process.env[n];
    const iniciados = (await iniciarServiciosFaltantes())!;
    const pgUrl = process.env.DATABASE_URL!;
    const redisUrl = process.env.REDIS_URL!;
    try {
      expect(iniciados.servicios).toBe('pg redis');
      expect(pgUrl).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/test$/);
      expect(pgUrl).not.toContain(':5432/');
      expect(redisUrl).not.toContain(':6379');
      const pg = new Client({ connectionString: pgUrl });
      await pg.connect();
      const { rows } = await pg.query<{ data_directory: string }>('SHOW data_directory').finally(() => pg.end());
      expect(rows[0].data_directory).toBe(`${iniciados.carpeta}/pg`);
      const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0 });
      await expect(redis.ping()).resolves.toBe('PONG');
      redis.disconnect();
    } finally {
      detenerServicios(iniciados);
    }
    expect(existsSync(iniciados.carpeta)).toBe(false);
    const despues = new Client({ connectionString: pgUrl, connectionTimeoutMillis: 2000 });
    await expect(despues.connect()).rejects.toThrow(/ECONNREFUSED/);
    const redisDespues = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    await expect(redisDespues.connect()).rejects.toThrow();
    redisDespues.disconnect();
  });
});

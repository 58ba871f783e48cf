// Issue 9, item 2 where attempts are truly concurrent: two api instances on one PostgreSQL (a pool of
// connections each) and one Redis. Guesses for one user sent at once to both are counted under the name's
// advisory lock, so at most five are checked; one address's failures are reserved in Redis, so at most twenty.
// FAILS without DATABASE_URL or REDIS_URL.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { crearAppDePrueba } from '../support/app';
import { createTemporaryDatabase, requireRedisUrl, type TemporaryDatabase } from '../support/postgres';
import { CONTRASENA, cliente } from './registro.support';

describe('log-in limits across two instances on PostgreSQL and Redis (issue 9, item 2)', () => {
  const redisUrl = requireRedisUrl();
  const prefijo = `prueba:bloqueo:${randomBytes(6).toString('hex')}:`;
  let previo: string | undefined;
  let base: TemporaryDatabase;
  let apps: NestFastifyApplication[] = [];

  beforeAll(async () => {
    previo = process.env.REGISTRO_LIMITE_PREFIJO;
    process.env.REGISTRO_LIMITE_PREFIJO = prefijo;
    base = await createTemporaryDatabase('bloqueo');
    const primera = await crearAppDePrueba({ databaseUrl: base.url, redisUrl });
    await cliente(primera).prepararUsuarios();
    apps = [primera, await crearAppDePrueba({ databaseUrl: base.url, redisUrl })];
  });

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
    await base?.drop();
    if (previo === undefined) delete process.env.REGISTRO_LIMITE_PREFIJO;
    else process.env.REGISTRO_LIMITE_PREFIJO = previo;
    const r = new Redis(redisUrl);
    const llaves = await r.keys(`${prefijo}*`);
    if (llaves.length > 0) await r.del(...llaves);
    await r.quit();
  });

  it('120 wrong passwords for one user, each from its own IP, split over both instances: at most 5 checked, and the right one then is refused', async () => {
    const clientes = apps.map(cliente);
    const respuestas = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        clientes[i % 2].pedir({ method: 'POST', url: '/api/sesiones', ip: `10.60.0.${i + 1}`, payload: { usuario: 'direccion', contrasena: `Equivocada${i}` } }),
      ),
    );
    const estados = respuestas.map((r) => r.status);
    process.stdout.write(`[item 2, PostgreSQL] contraseñas comprobadas de 120 en paralelo en dos instancias: ${estados.filter((s) => s === 401).length}\n`);
    expect(estados.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(estados.filter((s) => s !== 401).every((s) => s === 403 || s === 503)).toBe(true);
    const buena = await clientes[1].pedir({ method: 'POST', url: '/api/sesiones', ip: '10.60.1.1', payload: { usuario: 'direccion', contrasena: CONTRASENA } });
    expect(buena.status).toBe(403);
    expect(buena.body).toMatchObject({ codigo: 'cuenta-bloqueada' });
  });

  it('one IP sending 120 wrong log-ins at once to both instances: at most 20 checked, the rest 429', async () => {
    const clientes = apps.map(cliente);
    const respuestas = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        clientes[i % 2].pedir({ method: 'POST', url: '/api/sesiones', ip: '10.61.0.1', payload: { usuario: `nadie${i}`, contrasena: 'Incorrecta99' } }),
      ),
    );
    const estados = respuestas.map((r) => r.status);
    expect(estados.filter((s) => s === 401).length).toBeLessThanOrEqual(20);
    expect(estados.filter((s) => s !== 401).every((s) => s === 429 || s === 503)).toBe(true);
  });
});

// Two api instances sharing one Redis under a fresh key prefix, for the limits that must hold across processes.
// Registers its own beforeAll/afterAll: the prefix and its keys are removed afterwards. FAILS without REDIS_URL.
import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import { crearAppDePrueba } from './app';
import { requireRedisUrl } from './postgres';

export interface InstanciasEnRedis {
  readonly redisUrl: string;
  readonly prefijo: string;
  apps: NestFastifyApplication[];
}

export function dosInstanciasEnRedis(tema: string): InstanciasEnRedis {
  const instancias: InstanciasEnRedis = {
    redisUrl: requireRedisUrl(),
    prefijo: `prueba:${tema}:${randomBytes(6).toString('hex')}:`,
    apps: [],
  };
  let previo: string | undefined;

  beforeAll(async () => {
    previo = process.env.REGISTRO_LIMITE_PREFIJO;
    process.env.REGISTRO_LIMITE_PREFIJO = instancias.prefijo;
    instancias.apps = await Promise.all([crearAppDePrueba({ redisUrl: instancias.redisUrl }), crearAppDePrueba({ redisUrl: instancias.redisUrl })]);
  });

  afterAll(async () => {
    await Promise.all(instancias.apps.map((a) => a.close()));
    if (previo === undefined) delete process.env.REGISTRO_LIMITE_PREFIJO;
    else process.env.REGISTRO_LIMITE_PREFIJO = previo;
    const r = new Redis(instancias.redisUrl);
    const llaves = await r.keys(`${instancias.prefijo}*`);
    if (llaves.length > 0) await r.del(...llaves);
    await r.quit();
  });

  return instancias;
}

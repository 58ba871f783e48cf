// Log-in throttling per IP behind several api processes (decision 0205): with REDIS_URL the failed log-ins of
// an IP are counted in Redis, so twenty failures spread over two instances block that IP on both. FAILS without
// REDIS_URL.
import { HttpException } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Configuracion } from '../../apps/api/src/configuracion';
import { LimitadorDeIntentos } from '../../apps/api/src/acceso/limite-de-intentos';
import { dosInstanciasEnRedis } from '../support/instancias-en-redis';
import { cliente } from './registro.support';


describe('log-in throttling per IP shared through Redis', () => {
  const instancias = dosInstanciasEnRedis('intentos');
  const { redisUrl } = instancias;

  it('twenty failed log-ins from one IP split over two instances block it on both (429); another IP is not blocked', async () => {
    const [a, b] = instancias.apps.map(cliente);
    expect(instancias.apps.map((x) => x.get(LimitadorDeIntentos).almacen)).toEqual(['redis', 'redis']);
    const entrar = (c: typeof a, ip: string, i: number) =>
      c.pedir({ method: 'POST', url: '/api/sesiones', ip, payload: { usuario: `nadie${i}`, contrasena: 'Incorrecta99' } });
    const estados: number[] = [];
    for (let i = 0; i < 20; i++) estados.push((await entrar(i % 2 === 0 ? a : b, '10.9.1.1', i)).status);
    expect(estados).toEqual(Array(20).fill(401));
    const [enA, enB] = [await entrar(a, '10.9.1.1', 20), await entrar(b, '10.9.1.1', 21)];
    expect([enA.status, enB.status]).toEqual([429, 429]);
    expect(enB.body).toMatchObject({ codigo: 'demasiados-intentos-de-sesion' });
    expect(enB.headers['retry-after']).toBeDefined();
    expect((await entrar(b, '10.9.1.2', 22)).status).toBe(401);
    const r = new Redis(redisUrl);
    try {
      const ttl = await r.pttl(`${instancias.prefijo}intentos-de-sesion:10.9.1.1`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(15 * 60_000);
    } finally {
      await r.quit();
    }
  });

  it('with Redis unreachable a log-in is refused with 503 problem+json rather than let through without a limit', async () => {
    const caido = new LimitadorDeIntentos({ redisUrl: 'redis://127.0.0.1:1' } as Configuracion);
    try {
      const rechazo = await caido.reservar('10.9.1.3', () => undefined).then(() => null, (e: unknown) => e);
      expect(rechazo).toBeInstanceOf(HttpException);
      expect((rechazo as HttpException).getStatus()).toBe(503);
      expect((rechazo as HttpException).getResponse()).toMatchObject({ codigo: 'sesion-no-disponible' });
      await expect(caido.devolver('10.9.1.3')).rejects.toBeInstanceOf(HttpException);
    } finally {
      await caido.onApplicationShutdown();
    }
  });
});

// Log-in throttling per IP (decision 0205 keeps the per-user lock-out; this stops one address from trying many
// users): at most REGISTRO_INTENTOS_POR_IP failed log-ins (20 by default) per IP in a 15-minute window, counted
// from the first failure. Like the consulta limit, with REDIS_URL the counters live in Redis so every api process
// shares them (prefix REGISTRO_LIMITE_PREFIJO), in this process's memory otherwise. Over the limit the log-in is
// 429 problem+json with Retry-After, even with the right password; other IPs are not affected. Redis unreachable
// is 503 rather than log-ins without a limit. Like the per-user lock-out, an attempt is reserved (counted) before
// its password is checked and given back when it was no wrong guess, so log-ins sent at once from one address
// cannot all be checked (issue 9, item 2). The IP is Fastify's request.ip: the connection's address unless
// TRUST_PROXY names the proxy it came through.
import { HttpException, Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Configuracion } from '../configuracion';
import { problema } from '../http/problem';
import { CONFIGURACION } from '../plataforma/tokens';

export const VENTANA_DE_INTENTOS_MS = 15 * 60_000;

const maximo = () => {
  const n = Number(process.env.REGISTRO_INTENTOS_POR_IP ?? 20);
  return Number.isInteger(n) && n > 0 ? n : 20;
};
const prefijo = () => `${process.env.REGISTRO_LIMITE_PREFIJO || 'tesoreria:'}intentos-de-sesion:`;

interface Cuenta {
  readonly fallidos: number;
  /** Milliseconds until the window ends. */
  readonly restanteMs: number;
}

@Injectable()
export class LimitadorDeIntentos implements OnApplicationShutdown {
  private readonly logger = new Logger('LimiteDeIntentos');
  private readonly redis: Redis | null;
  private readonly memoria = new Map<string, { fallidos: number; expira: number }>();

  constructor(@Inject(CONFIGURACION) config: Configuracion) {
    this.redis = config.redisUrl
      ? new Redis(config.redisUrl, { connectTimeout: 2_000, maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false })
      : null;
    this.redis?.on('error', (e: Error) => this.logger.warn(`Redis: ${e.message}`));
  }

  get almacen(): 'redis' | 'memoria' {
    return this.redis ? 'redis' : 'memoria';
  }

  /** Counts one more attempt from this IP, or 429 when it already has the maximum within the window. */
  async reservar(ip: string, ponerEncabezado: (nombre: string, valor: string) => void): Promise<void> {
    const cuenta = await this.protegido(() => this.sumar(ip));
    if (cuenta.fallidos <= maximo()) return;
    await this.devolver(ip);
    const segundos = Math.max(1, Math.ceil(cuenta.restanteMs / 1000));
    ponerEncabezado('retry-after', String(segundos));
    throw new HttpException(
      problema(429, `Demasiados intentos fallidos de inicio de sesión desde su conexión; espere ${segundos} segundos e intente de nuevo.`, {
        codigo: 'demasiados-intentos-de-sesion',
      }),
      429,
    );
  }

  /** The attempt was not a wrong guess (a success, a locked account...): it no longer counts. */
  async devolver(ip: string): Promise<void> {
    await this.protegido(async () => {
      if (this.redis) {
        // Only while the window lives: a DECR after it expired would leave a counter without expiry.
        await this.redis.eval("if redis.call('exists', KEYS[1]) == 1 then return redis.call('decr', KEYS[1]) end return 0", 1, prefijo() + ip);
        return;
      }
      const c = this.memoria.get(ip);
      if (c && c.expira > Date.now()) this.memoria.set(ip, { fallidos: Math.max(0, c.fallidos - 1), expira: c.expira });
    });
  }

  private async sumar(ip: string): Promise<Cuenta> {
    if (this.redis) {
      const llave = prefijo() + ip;
      const orden = this.redis.multi().incr(llave).pexpire(llave, VENTANA_DE_INTENTOS_MS, 'NX').pttl(llave);
      const r = (await orden.exec()) as [[unknown, number], unknown, [unknown, number]];
      const ttl = r[2][1];
      return { fallidos: r[0][1], restanteMs: ttl > 0 ? ttl : VENTANA_DE_INTENTOS_MS };
    }
    const ahora = Date.now();
    // Many addresses (a distributed flood) would otherwise keep their expired counters forever.
    if (this.memoria.size > 10_000) for (const [k, c] of this.memoria) if (c.expira <= ahora) this.memoria.delete(k);
    const previo = this.memoria.get(ip);
    const vigente = previo && previo.expira > ahora ? previo : { fallidos: 0, expira: ahora + VENTANA_DE_INTENTOS_MS };
    this.memoria.set(ip, { fallidos: vigente.fallidos + 1, expira: vigente.expira });
    return { fallidos: vigente.fallidos + 1, restanteMs: vigente.expira - ahora };
  }

  private async protegido<T>(f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (error) {
      this.logger.warn(`Límite de intentos: ${error instanceof Error ? error.message : String(error)}`);
      throw new HttpException(
        problema(503, 'El inicio de sesión no está disponible por el momento; intente de nuevo en unos minutos.', { codigo: 'sesion-no-disponible' }),
        503,
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.redis) return;
    // QUIT waits for a connection that may never come back; a client that is not connected is just dropped.
    if (this.redis.status !== 'ready') return this.redis.disconnect();
    await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}

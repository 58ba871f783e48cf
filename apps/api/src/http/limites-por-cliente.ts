// Per-client limits (@fastify/rate-limit), one plugin per process for every limit: with REDIS_URL the counters
// live in Redis, so every api process behind the balancer shares one count per client; without it they live in
// this process's memory. Each limit counts under its own name. Excess requests get 429 problem+json with
// Retry-After; a limit that cannot be checked (Redis down) refuses with 503 rather than letting requests through.
import { HttpException, Logger } from '@nestjs/common';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { problema } from './problem';

export interface EstadoDelLimite {
  readonly isAllowed: boolean;
  readonly isExceeded?: boolean;
  readonly max?: number;
  readonly remaining?: number;
  readonly ttlInSeconds?: number;
}
export type Limitador = (request: FastifyRequest) => Promise<EstadoDelLimite>;
type ConLimites = FastifyInstance & { createRateLimit?: (opciones: object) => Limitador };

/** Prefix of the Redis keys: REGISTRO_LIMITE_PREFIJO, so tests and several deployments on one Redis stay apart. */
const prefijo = () => process.env.REGISTRO_LIMITE_PREFIJO || 'tesoreria:limites:';

const registros = new WeakMap<FastifyInstance, Promise<void>>();

/** Registers the plugin once per Fastify instance (idempotent); must run before Fastify boots. */
export function registrarLimites(fastify: FastifyInstance, redisUrl: string | undefined): Promise<void> {
  let registro = registros.get(fastify);
  if (!registro) {
    registro = (async () => {
      if (!redisUrl) return void (await fastify.register(rateLimit, { global: false }));
      // Fail fast: a request must not wait for a Redis that is down (the limit answers 503).
      const redis = new Redis(redisUrl, { connectTimeout: 2_000, maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false });
      const logger = new Logger('LimitesPorCliente');
      redis.on('error', (e: Error) => logger.warn(`Redis: ${e.message}`));
      fastify.addHook('onClose', async () => void (await redis.quit().catch(() => redis.disconnect())));
      await fastify.register(rateLimit, { global: false, redis, nameSpace: prefijo() });
    })();
    registros.set(fastify, registro);
  }
  return registro;
}

/** `max` requests per minute and client, counted under `nombre`. The plugin must already be registered. */
export function limitadorPorCliente(fastify: FastifyInstance, nombre: string, max: number): Limitador {
  const crear = (fastify as ConLimites).createRateLimit;
  if (!crear) throw new Error('Los límites por cliente no se registraron antes de iniciar Fastify');
  return crear({ max, timeWindow: 60_000, keyGenerator: (request: FastifyRequest) => `${nombre}:${normalizeIP(request.ip)}` });
}

/** A positive integer from the environment, or the default. */
export function cuotaDelEntorno(variable: string, porDefecto: number): number {
  const valor = Number(process.env[variable] ?? porDefecto);
  return Number.isInteger(valor) && valor > 0 ? valor : porDefecto;
}

export interface Rechazos {
  /** Spanish detail of the 429, given the seconds to wait. */
  readonly excedido: (segundos: number) => string;
  readonly codigoExcedido: string;
  readonly noDisponible: string;
  readonly codigoNoDisponible: string;
}

/** Counts the request; throws 429 (with Retry-After) over the limit, 503 if the count cannot be taken. */
export async function exigirCupo(limitador: Limitador, request: FastifyRequest, reply: FastifyReply, rechazos: Rechazos): Promise<void> {
  let estado: EstadoDelLimite;
  try {
    estado = await limitador(request);
  } catch {
    throw new HttpException(problema(503, rechazos.noDisponible, { codigo: rechazos.codigoNoDisponible }), 503);
  }
  if (estado.isAllowed) return;
  void reply.header('x-ratelimit-limit', String(estado.max)).header('x-ratelimit-remaining', String(estado.remaining ?? 0));
  if (!estado.isExceeded) return;
  const segundos = estado.ttlInSeconds ?? 60;
  void reply.header('retry-after', String(segundos));
  throw new HttpException(problema(429, rechazos.excedido(segundos), { codigo: rechazos.codigoExcedido }), 429);
}

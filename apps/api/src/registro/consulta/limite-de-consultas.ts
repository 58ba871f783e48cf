// The citizen's consultation is public and answers only to a folio with its RFC or CURP: a per-IP limit
// (@fastify/rate-limit, 10 per minute unless REGISTRO_CONSULTAS_POR_MINUTO says otherwise) keeps anyone from
// walking through folios. With REDIS_URL the counters live in Redis, so every api process behind the balancer
// shares one limit per IP; without it they live in this process's memory. Excess requests get 429
// problem+json with Retry-After; if Redis cannot be reached the consultation is refused with 503 rather than
// served without a limit.
import { HttpException, Inject, Injectable, Logger, type CanActivate, type ExecutionContext, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import type { Configuracion } from '../../configuracion';
import { problema } from '../../http/problem';
import { CONFIGURACION } from '../../plataforma/tokens';

interface EstadoDelLimite {
  readonly isAllowed: boolean;
  readonly isExceeded?: boolean;
  readonly max?: number;
  readonly remaining?: number;
  readonly ttlInSeconds?: number;
}
type Limitador = (request: FastifyRequest) => Promise<EstadoDelLimite>;

/** Prefix of the Redis keys: REGISTRO_LIMITE_PREFIJO, so tests and several deployments on one Redis stay apart. */
const prefijo = () => process.env.REGISTRO_LIMITE_PREFIJO || 'tesoreria:consulta:';

@Injectable()
export class LimitadorDeConsultas implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('LimiteDeConsultas');
  private redis: Redis | null = null;
  private limitador: Limitador | null = null;

  constructor(
    private readonly host: HttpAdapterHost,
    @Inject(CONFIGURACION) private readonly config: Configuracion,
  ) {}

  /** 'redis' when the counters are shared by every process, 'memoria' otherwise. */
  get almacen(): 'redis' | 'memoria' {
    return this.config.redisUrl ? 'redis' : 'memoria';
  }

  /** The plugin must be registered before Fastify boots, so at module init rather than on the first request. */
  async onModuleInit(): Promise<void> {
    this.limitador = await this.crear();
  }

  consultar(request: FastifyRequest): Promise<EstadoDelLimite> {
    if (!this.limitador) throw new Error('El límite de consultas no se inicializó');
    return this.limitador(request);
  }

  private async crear(): Promise<Limitador> {
    const fastify = this.host.httpAdapter.getInstance<FastifyInstance & { createRateLimit?: (o: object) => Limitador }>();
    if (!fastify.createRateLimit) {
      if (this.config.redisUrl) {
        // Fail fast: a request must not wait for a Redis that is down (the guard answers 503).
        this.redis = new Redis(this.config.redisUrl, { connectTimeout: 2_000, maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false });
        this.redis.on('error', (e: Error) => this.logger.warn(`Redis: ${e.message}`));
      }
      await fastify.register(rateLimit, this.redis ? { global: false, redis: this.redis, nameSpace: prefijo() } : { global: false });
    }
    const max = Number(process.env.REGISTRO_CONSULTAS_POR_MINUTO ?? 10);
    return fastify.createRateLimit!({ max: Number.isInteger(max) && max > 0 ? max : 10, timeWindow: 60_000 });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}

@Injectable()
export class LimiteDeConsultasGuard implements CanActivate {
  constructor(private readonly limitador: LimitadorDeConsultas) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    let estado: EstadoDelLimite;
    try {
      estado = await this.limitador.consultar(http.getRequest<FastifyRequest>());
    } catch {
      throw new HttpException(
        problema(503, 'La consulta no está disponible por el momento; intente de nuevo en unos minutos.', { codigo: 'consulta-no-disponible' }),
        503,
      );
    }
    if (estado.isAllowed) return true;
    const reply = http.getResponse<FastifyReply>();
    void reply.header('x-ratelimit-limit', String(estado.max)).header('x-ratelimit-remaining', String(estado.remaining ?? 0));
    if (estado.isExceeded) {
      void reply.header('retry-after', String(estado.ttlInSeconds ?? 60));
      throw new HttpException(
        problema(429, `Demasiadas consultas desde su conexión; espere ${estado.ttlInSeconds ?? 60} segundos e intente de nuevo.`, { codigo: 'demasiadas-consultas' }),
        429,
      );
    }
    return true;
  }
}

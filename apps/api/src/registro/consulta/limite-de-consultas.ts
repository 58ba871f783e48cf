// The citizen's consultation is public and answers only to a folio with its RFC or CURP: a per-IP limit
// (@fastify/rate-limit's store, 10 per minute unless REGISTRO_CONSULTAS_POR_MINUTO says otherwise) keeps anyone
// from walking through folios. Excess requests get 429 problem+json with Retry-After.
import { HttpException, Inject, Injectable, type CanActivate, type ExecutionContext, type Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problema } from '../../http/problem';

export const LIMITADOR_DE_CONSULTAS = Symbol('LIMITADOR_DE_CONSULTAS');

interface EstadoDelLimite {
  readonly isAllowed: boolean;
  readonly isExceeded?: boolean;
  readonly max?: number;
  readonly remaining?: number;
  readonly ttlInSeconds?: number;
}
type Limitador = (request: FastifyRequest) => Promise<EstadoDelLimite>;

export const limitadorDeConsultasProvider: Provider = {
  provide: LIMITADOR_DE_CONSULTAS,
  inject: [HttpAdapterHost],
  useFactory: async (host: HttpAdapterHost): Promise<Limitador> => {
    const fastify = host.httpAdapter.getInstance<FastifyInstance & { createRateLimit?: (o: object) => Limitador }>();
    if (!fastify.createRateLimit) await fastify.register(rateLimit, { global: false });
    const max = Number(process.env.REGISTRO_CONSULTAS_POR_MINUTO ?? 10);
    return fastify.createRateLimit!({ max: Number.isInteger(max) && max > 0 ? max : 10, timeWindow: 60_000 });
  },
};

@Injectable()
export class LimiteDeConsultasGuard implements CanActivate {
  constructor(@Inject(LIMITADOR_DE_CONSULTAS) private readonly limitador: Limitador) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const estado = await this.limitador(http.getRequest<FastifyRequest>());
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

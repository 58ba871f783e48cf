// The citizen's consultation is public and answers only to a folio with its RFC or CURP: a per-IP limit
// (10 per minute unless REGISTRO_CONSULTAS_POR_MINUTO says otherwise) keeps anyone from walking through folios.
// The counters are the per-client limits of http/limites-por-cliente.ts: in Redis with REDIS_URL, shared by every
// api process; 429 problem+json with Retry-After over the limit, 503 if Redis cannot be reached.
import { Inject, Injectable, type CanActivate, type ExecutionContext, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Configuracion } from '../../configuracion';
import { cuotaDelEntorno, exigirCupo, limitadorPorCliente, registrarLimites, type Limitador } from '../../http/limites-por-cliente';
import { CONFIGURACION } from '../../plataforma/tokens';

@Injectable()
export class LimitadorDeConsultas implements OnModuleInit {
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
    const fastify = this.host.httpAdapter.getInstance<FastifyInstance>();
    await registrarLimites(fastify, this.config.redisUrl);
    this.limitador = limitadorPorCliente(fastify, 'consultas', cuotaDelEntorno('REGISTRO_CONSULTAS_POR_MINUTO', 10));
  }

  exigir(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (!this.limitador) throw new Error('El límite de consultas no se inicializó');
    return exigirCupo(this.limitador, request, reply, {
      excedido: (segundos) => `Demasiadas consultas desde su conexión; espere ${segundos} segundos e intente de nuevo.`,
      codigoExcedido: 'demasiadas-consultas',
      noDisponible: 'La consulta no está disponible por el momento; intente de nuevo en unos minutos.',
      codigoNoDisponible: 'consulta-no-disponible',
    });
  }
}

@Injectable()
export class LimiteDeConsultasGuard implements CanActivate {
  constructor(private readonly limitador: LimitadorDeConsultas) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    await this.limitador.exigir(http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
    return true;
  }
}

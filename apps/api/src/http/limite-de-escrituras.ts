// Writes anyone may make without logging in (an orden de pago) append permanent events: a per-client limit,
// 30 per minute unless REGISTRO_ESCRITURAS_ANONIMAS_POR_MINUTO says otherwise, keeps one client from filling the
// store (300 orders in 7 s added 300 events). Same counters as every per-client limit (limites-por-cliente.ts):
// shared through Redis when configured. The endpoints it guards take no session, so every caller counts.
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cuotaDelEntorno, exigirCupo, limitadorPorCliente, type Limitador } from './limites-por-cliente';

@Injectable()
export class LimiteDeEscriturasAnonimasGuard implements CanActivate {
  private limitador: Limitador | null = null;

  constructor(private readonly host: HttpAdapterHost) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    this.limitador ??= limitadorPorCliente(
      this.host.httpAdapter.getInstance<FastifyInstance>(),
      'escrituras',
      cuotaDelEntorno('REGISTRO_ESCRITURAS_ANONIMAS_POR_MINUTO', 30),
    );
    await exigirCupo(this.limitador, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), {
      excedido: (segundos) => `Demasiadas solicitudes desde su conexión; espere ${segundos} segundos e intente de nuevo.`,
      codigoExcedido: 'demasiadas-solicitudes',
      noDisponible: 'El servicio no está disponible por el momento; intente de nuevo en unos minutos.',
      codigoNoDisponible: 'servicio-no-disponible',
    });
    return true;
  }
}

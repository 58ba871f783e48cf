// Who sees the platform's internals (issue 9 item 14): /salud's details (store, projections, jobs, errors) go to
// an admin session or to a caller on this machine; /api/docs to any logged-in user or to this machine. Everybody
// else gets /salud's status only, which is all a load balancer needs.
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { from, mergeMap, type Observable } from 'rxjs';
import { SesionesService, type SesionActiva } from '@tesoreria/acceso';
import { tokenDe } from '../acceso/sesion.guard';
import { desdeEstaMaquina } from '../http/loopback';

@Injectable()
export class AccesoInterno {
  constructor(private readonly sesiones: SesionesService) {}

  async puedeVerDetalles(request: FastifyRequest): Promise<boolean> {
    return desdeEstaMaquina(request) || (await this.sesion(request))?.rol === 'admin';
  }

  async puedeVerDocumentacion(request: FastifyRequest): Promise<boolean> {
    return desdeEstaMaquina(request) || (await this.sesion(request)) !== null;
  }

  private async sesion(request: FastifyRequest): Promise<SesionActiva | null> {
    const token = tokenDe(request);
    if (!token) return null;
    try {
      return await this.sesiones.sesionDeToken(token);
    } catch {
      return null; // an expired or unknown session is simply anonymous here
    }
  }
}

/** Reduces a health report to its `estado` for callers who may not see the details; the status code is kept. */
@Injectable()
export class SoloEstadoParaAnonimos implements NestInterceptor {
  constructor(private readonly acceso: AccesoInterno) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const permitido = this.acceso.puedeVerDetalles(context.switchToHttp().getRequest<FastifyRequest>());
    return next.handle().pipe(
      mergeMap((cuerpo: { estado?: unknown }) => from(permitido.then((si) => (si ? cuerpo : { estado: cuerpo?.estado })))),
    );
  }
}

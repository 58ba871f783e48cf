// Access to the registry's protected endpoints: a session (cookie `sesion` or `Authorization: Bearer`) or 401;
// then the role the endpoint asks for, or 403 (ROS: only agencies register services; banks post payments).
import { createParamDecorator, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { accesoDenegado, exigirPermiso, type ComandoConPermiso, type Rol } from '@tesoreria/domain';
import type { FastifyRequest } from 'fastify';
import { noAutenticado, SesionesService, type SesionActiva } from '@tesoreria/acceso';

export const COOKIE_DE_SESION = 'sesion';
const ROLES = 'registro:roles';
const COMANDO = 'registro:comando';

/** Only these roles may call the endpoint. */
export const Roles = (...roles: Rol[]) => SetMetadata(ROLES, roles);
/** The endpoint sends this domain command: the roles are the domain's (PERMISOS_POR_COMANDO). */
export const EnviaComando = (comando: ComandoConPermiso) => SetMetadata(COMANDO, comando);

type RequestConSesion = FastifyRequest & { sesion?: SesionActiva; cookies?: Record<string, string | undefined> };

export function tokenDe(request: RequestConSesion): string | null {
  const auth = request.headers.authorization;
  if (typeof auth === 'string' && /^Bearer\s+\S+$/i.test(auth)) return auth.replace(/^Bearer\s+/i, '');
  return request.cookies?.[COOKIE_DE_SESION] || null;
}

@Injectable()
export class SesionGuard implements CanActivate {
  constructor(
    private readonly sesiones: SesionesService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestConSesion>();
    const token = tokenDe(request);
    if (!token) throw noAutenticado('Inicie sesión para continuar: esta operación es solo para usuarios registrados.', 'sesion-requerida');
    const sesion = await this.sesiones.sesionDeToken(token);
    request.sesion = sesion;
    const comando = this.reflector.getAllAndOverride<ComandoConPermiso | undefined>(COMANDO, [context.getHandler(), context.getClass()]);
    if (comando) exigirPermiso(sesion.rol, comando);
    const roles = this.reflector.getAllAndOverride<Rol[] | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    if (roles && !roles.includes(sesion.rol)) {
      throw accesoDenegado('rol-sin-permiso', `El rol ${sesion.rol} no tiene acceso a esta operación (solo ${roles.join(', ')}).`, 'rol');
    }
    return true;
  }
}

/** The session the guard validated. */
export const Sesion = createParamDecorator((_: unknown, context: ExecutionContext): SesionActiva => {
  const sesion = context.switchToHttp().getRequest<RequestConSesion>().sesion;
  if (!sesion) throw noAutenticado('Inicie sesión para continuar.', 'sesion-requerida');
  return sesion;
});

// Who does what: every event of the registry records the actor of the session (userId, role, dependencia) and
// the legal date of the fact; a request without a session acts as the public (the orden de pago).
import { randomUUID } from 'node:crypto';
import type { Actor } from '@tesoreria/event-store';
import type { ContextoDeComando } from '../../plataforma/ejecutor-de-comandos';
import { almacenDeSolicitud } from '../../http/contexto-de-solicitud';
import type { Rol } from '@tesoreria/domain';

/** The logged-in user, as the session guard leaves it on the request. */
export interface SesionActiva {
  readonly sesionId: string;
  readonly usuario: string;
  readonly nombre: string;
  readonly rol: Rol;
  readonly dependencia: string | null;
  readonly institucion: string | null;
  readonly expira: string;
}

export const ACTOR_PUBLICO: Actor = { userId: 'publico', role: 'publico', dependencia: null };

export function actorDe(sesion: SesionActiva | null): Actor {
  return sesion ? { userId: sesion.usuario, role: sesion.rol, dependencia: sesion.dependencia } : ACTOR_PUBLICO;
}

/**
 * The metadata of a command: the session's actor, the legal date, and from the HTTP request its correlation id,
 * its id as the cause, and the client's Idempotency-Key when the handler has no natural key of its own (a bank
 * reference wins over the header).
 */
export function contextoDe(sesion: SesionActiva | null, fechaEfecto: string, idempotencyKey?: string): ContextoDeComando {
  const solicitud = almacenDeSolicitud.getStore();
  return {
    actor: actorDe(sesion),
    correlationId: solicitud?.correlationId ?? randomUUID(),
    causationId: solicitud?.solicitudId ?? null,
    fechaEfecto,
    idempotencyKey: idempotencyKey ?? solicitud?.idempotencyKey,
  };
}

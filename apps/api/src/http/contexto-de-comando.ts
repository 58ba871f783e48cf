// Who does what: every event of the registry records the actor of the session (userId, role, dependencia) and
// the legal date of the fact; a request without a session acts as the public (the orden de pago).
import { randomUUID } from 'node:crypto';
import type { Actor } from '@tesoreria/event-store';
import type { ContextoDeComando } from '@tesoreria/command-handling';
import type { SesionActiva } from '@tesoreria/acceso';
import { almacenDeSolicitud, huellaDeSolicitud } from './contexto-de-solicitud';

export const ACTOR_PUBLICO: Actor = { userId: 'publico', role: 'publico', dependencia: null };

export function actorDe(sesion: SesionActiva | null): Actor {
  return sesion ? { userId: sesion.usuario, role: sesion.rol, dependencia: sesion.dependencia } : ACTOR_PUBLICO;
}

/** How a handler with a natural key of its own (a bank reference) scopes it and names it to the client. */
export interface ClaveNatural {
  readonly clave: string;
  /** Who the key belongs to: another identity never replays it. */
  readonly identidad: string;
  /** The field named when the key comes back with another request. */
  readonly campo: string;
}

/**
 * The metadata of a command: the session's actor, the legal date, and from the HTTP request its correlation id,
 * its id as the cause, and an idempotency key with the fingerprint of the request. A handler's natural key (a
 * bank reference) wins over the client's Idempotency-Key header; the header's key is scoped by method, route and
 * caller (the user, or an anonymous client's address), so one caller's key never returns another's result.
 */
export function contextoDe(sesion: SesionActiva | null, fechaEfecto: string, natural?: ClaveNatural): ContextoDeComando {
  const solicitud = almacenDeSolicitud.getStore();
  const base = {
    actor: actorDe(sesion),
    correlationId: solicitud?.correlationId ?? randomUUID(),
    causationId: solicitud?.solicitudId ?? null,
    fechaEfecto,
  };
  if (natural) {
    return { ...base, idempotencyKey: natural.clave, campoDeLaClave: natural.campo, huellaDeSolicitud: solicitud && huellaDeSolicitud(solicitud, natural.identidad) };
  }
  if (!solicitud?.claveDelCliente) return base;
  const identidad = sesion ? `usuario:${sesion.usuario}` : `cliente:${solicitud.cliente ?? 'desconocido'}`;
  return {
    ...base,
    idempotencyKey: `${solicitud.metodo} ${solicitud.ruta}:${identidad}:${solicitud.claveDelCliente}`,
    huellaDeSolicitud: huellaDeSolicitud(solicitud, identidad),
  };
}

// The HTTP request a command comes from, carried through async calls (AsyncLocalStorage) so every event it
// appends records the request's correlation id (the caller's X-Correlation-Id, or the request id), its cause (the
// request id), and the client's Idempotency-Key, without threading them through every handler.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { Injectable, type NestMiddleware } from '@nestjs/common';

export interface ContextoDeSolicitud {
  readonly solicitudId: string;
  readonly correlationId: string;
  /** The client's Idempotency-Key header, scoped by method and route so one key never spans two commands. */
  readonly idempotencyKey?: string;
  /** The highest log position this request appended or found already appended (0 before any). */
  readonly escrito: { posicion: number };
}

export const almacenDeSolicitud = new AsyncLocalStorage<ContextoDeSolicitud>();

const ID_VALIDO = /^[A-Za-z0-9._:-]{1,128}$/;

function encabezado(req: { headers: Record<string, string | string[] | undefined> }, nombre: string): string | undefined {
  const v = req.headers[nombre];
  const s = Array.isArray(v) ? v[0] : v;
  return s && ID_VALIDO.test(s) ? s : undefined;
}

@Injectable()
export class ContextoDeSolicitudMiddleware implements NestMiddleware {
  use(
    req: { id?: string | number; method?: string; url?: string; originalUrl?: string; headers: Record<string, string | string[] | undefined> },
    _res: unknown,
    next: () => void,
  ): void {
    const solicitudId = encabezado(req, 'x-request-id') ?? (req.id !== undefined ? String(req.id) : randomUUID());
    const clave = encabezado(req, 'idempotency-key');
    const ruta = (req.originalUrl ?? req.url ?? '').split('?')[0];
    almacenDeSolicitud.run(
      {
        solicitudId,
        correlationId: encabezado(req, 'x-correlation-id') ?? solicitudId,
        idempotencyKey: clave ? `${req.method ?? 'POST'} ${ruta}:${clave}` : undefined,
        escrito: { posicion: 0 },
      },
      next,
    );
  }
}

/**
 * Remembers the events a command of this request wrote (or, for a repeated key, the first command's), so that a
 * read later in the same request waits for exactly them (read-your-writes) rather than for whatever the head is.
 */
export function registrarEscritura(eventos: readonly { readonly position: number }[]): void {
  const s = almacenDeSolicitud.getStore();
  if (s) for (const e of eventos) s.escrito.posicion = Math.max(s.escrito.posicion, e.position);
}

/** The highest position this request wrote, or 0. */
export function posicionEscrita(): number {
  return almacenDeSolicitud.getStore()?.escrito.posicion ?? 0;
}

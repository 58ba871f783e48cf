// The HTTP request a command comes from, carried through async calls (AsyncLocalStorage) so every event it
// appends records the request's correlation id (the caller's X-Correlation-Id, or the request id), its cause (the
// request id), and the client's Idempotency-Key, without threading them through every handler.
// The middleware names the request before anything else runs; once Fastify has parsed the body and the guards
// have run, the interceptor adds the body and the client's address and runs the handler inside that context, so
// a replayed key can be compared with the request that first used it (issue 9, item 6).
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomUUID } from 'node:crypto';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor, type NestMiddleware } from '@nestjs/common';
import { Observable } from 'rxjs';

export interface ContextoDeSolicitud {
  readonly solicitudId: string;
  readonly correlationId: string;
  readonly metodo: string;
  /** The path without its query string. */
  readonly ruta: string;
  /** The client's Idempotency-Key header, as sent; `contextoDe` scopes it by route and caller. */
  readonly claveDelCliente?: string;
  /** The address of the client: keys of anonymous requests are scoped to it. */
  readonly cliente?: string;
  /** The parsed body (JSON), once Fastify has read it. */
  readonly cuerpo?: unknown;
  /** The highest log position this request appended or found already appended (0 before any). */
  readonly escrito: { posicion: number };
}

export const almacenDeSolicitud = new AsyncLocalStorage<ContextoDeSolicitud>();

const ID_VALIDO = /^[A-Za-z0-9._:-]{1,128}$/;
const CONTEXTO = Symbol('contextoDeSolicitud');

type RequestCrudo = { id?: string | number; method?: string; url?: string; originalUrl?: string; headers: Record<string, string | string[] | undefined> };

function encabezado(req: RequestCrudo, nombre: string): string | undefined {
  const v = req.headers[nombre];
  const s = Array.isArray(v) ? v[0] : v;
  return s && ID_VALIDO.test(s) ? s : undefined;
}

@Injectable()
export class ContextoDeSolicitudMiddleware implements NestMiddleware {
  use(req: RequestCrudo & { [CONTEXTO]?: ContextoDeSolicitud }, _res: unknown, next: () => void): void {
    const solicitudId = encabezado(req, 'x-request-id') ?? (req.id !== undefined ? String(req.id) : randomUUID());
    const contexto: ContextoDeSolicitud = {
      solicitudId,
      correlationId: encabezado(req, 'x-correlation-id') ?? solicitudId,
      metodo: req.method ?? 'POST',
      ruta: (req.originalUrl ?? req.url ?? '').split('?')[0],
      claveDelCliente: encabezado(req, 'idempotency-key'),
      escrito: { posicion: 0 },
    };
    req[CONTEXTO] = contexto;
    almacenDeSolicitud.run(contexto, next);
  }
}

/**
 * Completes the request's context with what only exists after parsing (the body, the client's address) and
 * runs the handler inside it. The context also travels on the request itself, because a body read from the
 * socket does not keep the middleware's async context.
 */
@Injectable()
export class ContextoDeSolicitudInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<{ body?: unknown; ip?: string; raw?: { [CONTEXTO]?: ContextoDeSolicitud } }>();
    const base = req.raw?.[CONTEXTO] ?? almacenDeSolicitud.getStore();
    if (!base) return next.handle();
    const completo: ContextoDeSolicitud = { ...base, cuerpo: req.body, cliente: req.ip };
    return new Observable((suscriptor) => almacenDeSolicitud.run(completo, () => next.handle().subscribe(suscriptor)));
  }
}

/** JSON with object keys sorted at every level: two bodies that mean the same give the same text. */
function canonico(valor: unknown): string {
  if (Array.isArray(valor)) return `[${valor.map(canonico).join(',')}]`;
  if (valor !== null && typeof valor === 'object') {
    const claves = Object.keys(valor as object)
      .filter((k) => (valor as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${claves.map((k) => `${JSON.stringify(k)}:${canonico((valor as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(valor ?? null);
}

/** SHA-256 of the method, path, canonical body and the identity the key belongs to. */
export function huellaDeSolicitud(solicitud: ContextoDeSolicitud, identidad: string): string {
  const texto = canonico([solicitud.metodo, solicitud.ruta, identidad, canonico(solicitud.cuerpo)]);
  return createHash('sha256').update(texto).digest('base64url');
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

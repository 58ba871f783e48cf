// What every command carries besides its data (glossary: "contexto de comando"): who does it, the legal date of
// the fact, the correlation of the request, and an idempotency key with the fingerprint of the request that
// brought it. The same for HTTP, the demo seed and scheduled jobs: none of them is an HTTP session.
import { reglaIncumplida, type Fecha } from '@tesoreria/domain';
import type { Actor, NewEvent, RecordedEvent } from '@tesoreria/event-store';

export interface ContextoDeComando {
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId?: string | null;
  /** Legal date of the fact (glossary: fechaEfecto). */
  readonly fechaEfecto: Fecha;
  readonly idempotencyKey?: string;
  /** Hash of the request that carries the key (method, path, canonical body, caller): a replay must match it. */
  readonly huellaDeSolicitud?: string;
  /** The field a client fixes when it reused its key for another request (the header, or a bank's reference). */
  readonly campoDeLaClave?: string;
}

/** The metadata every appended event of a command carries. */
export function metadatosDe(ctx: ContextoDeComando): NewEvent['metadata'] {
  const metadatos: NewEvent['metadata'] & { huellaDeSolicitud?: string } = {
    actor: ctx.actor,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId ?? null,
    fechaEfecto: ctx.fechaEfecto,
    ...(ctx.huellaDeSolicitud ? { huellaDeSolicitud: ctx.huellaDeSolicitud } : {}),
  };
  return metadatos;
}

/**
 * A key seen before answers the first result only to the request that wrote it (issue 9, item 6). Events
 * written before fingerprints existed, or by callers outside HTTP (seeds, jobs), carry none and replay as before.
 */
export function exigirMismaSolicitud(previos: readonly RecordedEvent[], ctx: ContextoDeComando): void {
  const anterior = (previos[0]?.metadata as { huellaDeSolicitud?: unknown } | undefined)?.huellaDeSolicitud;
  if (!ctx.huellaDeSolicitud || typeof anterior !== 'string' || anterior === ctx.huellaDeSolicitud) return;
  const campo = ctx.campoDeLaClave ?? 'Idempotency-Key';
  throw reglaIncumplida(
    'clave-de-idempotencia-reutilizada',
    `La clave ${campo} ya se usó para otra solicitud; un reintento debe repetir exactamente la misma solicitud, y cada operación nueva lleva una clave nueva (${campo}).`,
    campo,
  );
}

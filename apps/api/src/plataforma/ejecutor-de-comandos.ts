// The one cycle every command handler runs (emmett's handleCommand, in our words): read the stream, fold it
// with the decider, decide, append with the revision read. A concurrency conflict retries the whole cycle;
// an empty decision appends nothing; an idempotency key seen before returns the first result, but only to the
// same request: the events keep a fingerprint of the request that wrote them and a key reused with another body
// is refused (issue 9, item 6).
import { Inject, Injectable } from '@nestjs/common';
import { plegar, reglaIncumplida } from '@tesoreria/domain';
import {
  ConcurrencyError,
  type Actor,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '@tesoreria/event-store';
import { registrarEscritura } from '../http/contexto-de-solicitud';
import { EVENT_STORE } from './tokens';

export interface ContextoDeComando {
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId?: string | null;
  /** Legal date of the fact (YYYY-MM-DD). */
  readonly fechaEfecto: string;
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
 * A key seen before answers the first result only to the request that wrote it. Events written before
 * fingerprints existed, or by callers outside HTTP (seeds, jobs), carry none and replay as before.
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

export interface DeciderDeFlujo<C, S, E extends { type: string; data: unknown }> {
  decide(comando: C, estado: S): E[];
  evolve(estado: S, evento: E): S;
  estadoInicial(): S;
}

export interface ResultadoDeComando<S> {
  readonly eventos: RecordedEvent[];
  readonly estado: S;
  readonly duplicado: boolean;
}

const INTENTOS = 5;

@Injectable()
export class EjecutorDeComandos {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async ejecutar<C, S, E extends { type: string; data: unknown }>(
    streamId: string,
    decider: DeciderDeFlujo<C, S, E>,
    comando: C,
    ctx: ContextoDeComando,
  ): Promise<ResultadoDeComando<S>> {
    const r = await this.ciclo(streamId, decider, comando, ctx);
    registrarEscritura(r.eventos);
    return r;
  }

  private async ciclo<C, S, E extends { type: string; data: unknown }>(
    streamId: string,
    decider: DeciderDeFlujo<C, S, E>,
    comando: C,
    ctx: ContextoDeComando,
  ): Promise<ResultadoDeComando<S>> {
    if (ctx.idempotencyKey) {
      const previo = await this.store.findByIdempotencyKey(ctx.idempotencyKey);
      if (previo) return this.resultadoDuplicado(streamId, decider, previo, ctx);
    }
    for (let intento = 1; ; intento++) {
      const historia = await this.store.readStream(streamId);
      const estado = plegar(decider, historia as unknown as E[]);
      const nuevos = decider.decide(comando, estado);
      if (nuevos.length === 0) return { eventos: [], estado, duplicado: false };
      const eventos: NewEvent[] = nuevos.map((e) => ({ type: e.type, data: e.data as Record<string, unknown>, metadata: metadatosDe(ctx) }));
      try {
        const r = await this.store.appendToStream(streamId, eventos, {
          expectedRevision: historia.length === 0 ? 'no_stream' : historia[historia.length - 1].revision,
          idempotencyKey: ctx.idempotencyKey,
        });
        if (r.duplicate) return this.resultadoDuplicado(streamId, decider, r, ctx);
        return { eventos: r.events, estado: nuevos.reduce((s, e) => decider.evolve(s, e), estado), duplicado: false };
      } catch (error) {
        if (error instanceof ConcurrencyError && intento < INTENTOS) continue;
        throw error;
      }
    }
  }

  private async resultadoDuplicado<C, S, E extends { type: string; data: unknown }>(
    streamId: string,
    decider: DeciderDeFlujo<C, S, E>,
    previo: AppendResult,
    ctx: ContextoDeComando,
  ): Promise<ResultadoDeComando<S>> {
    exigirMismaSolicitud(previo.events, ctx);
    const historia = await this.store.readStream(streamId);
    return { eventos: previo.events, estado: plegar(decider, historia as unknown as E[]), duplicado: true };
  }
}

// The one command cycle (emmett's handleCommand, in our words): read the flujo, fold it with the decider, decide,
// append with the revision read. A concurrency conflict retries the whole cycle; an empty decision appends
// nothing; an idempotency key seen before returns the first result, to the same request only (issue 9, item 6).
// A gap-free consecutive (receipt folio, order serie) is an option of the same cycle: the decider first judges
// the command with a placeholder number, and only an accepted command draws the real one, in the same unit of
// work as the append (see consecutivos.ts).
import { plegar, type Decider, type EventoDeDominio } from '@tesoreria/domain';
import { ConcurrencyError, type AppendResult, type EventStore, type NewEvent, type RecordedEvent } from '@tesoreria/event-store';
import type { Consecutivos, NombreDeConsecutivo } from './consecutivos';
import { exigirMismaSolicitud, metadatosDe, type ContextoDeComando } from './contexto-de-comando';

interface Base<C, S, E extends EventoDeDominio> {
  readonly decider: Decider<C, S, E>;
  readonly contexto: ContextoDeComando;
}

/** A command on a flujo whose name is known. */
export interface ComandoSimple<C, S, E extends EventoDeDominio> extends Base<C, S, E> {
  readonly flujo: string;
  readonly comando: C;
  readonly consecutivo?: undefined;
}

/** A command that takes the next number of a gap-free consecutive; the flujo may be named after it (a new one). */
export interface ComandoConConsecutivo<C, S, E extends EventoDeDominio> extends Base<C, S, E> {
  readonly consecutivo: NombreDeConsecutivo;
  readonly flujo: string | ((n: number) => string);
  readonly comando: (n: number) => C;
}

export type PeticionDeComando<C, S, E extends EventoDeDominio> = ComandoSimple<C, S, E> | ComandoConConsecutivo<C, S, E>;

export interface ResultadoDeComando<S> {
  readonly eventos: RecordedEvent[];
  readonly estado: S;
  readonly duplicado: boolean;
}

export interface OpcionesDelEjecutor {
  /** Required by commands with the consecutivo option. */
  readonly consecutivos?: Consecutivos;
  /** Called with what a command wrote or replayed (the api's read-your-writes hook); never with nothing. */
  readonly alEscribir?: (eventos: readonly RecordedEvent[]) => void;
}

const INTENTOS = 5;
// Any valid number: the dry run only asks the decider whether the command is acceptable.
const PROVISIONAL = 1;

export class EjecutorDeComandos {
  constructor(
    readonly store: EventStore,
    private readonly opciones: OpcionesDelEjecutor = {},
  ) {}

  ejecutar<C, S, E extends EventoDeDominio>(p: ComandoConConsecutivo<C, S, E>): Promise<ResultadoDeComando<S>>;
  ejecutar<C, S, E extends EventoDeDominio>(p: ComandoSimple<C, S, E>): Promise<ResultadoDeComando<S>>;
  async ejecutar<C, S, E extends EventoDeDominio>(p: PeticionDeComando<C, S, E>): Promise<ResultadoDeComando<S>> {
    const r = await this.ciclo(p);
    this.escrito(r.eventos);
    return r;
  }

  /** Tells the read-your-writes hook about events a handler answers with outside the cycle (a replay it found). */
  escrito(eventos: readonly RecordedEvent[]): void {
    if (eventos.length > 0) this.opciones.alEscribir?.(eventos);
  }

  private async ciclo<C, S, E extends EventoDeDominio>(p: PeticionDeComando<C, S, E>): Promise<ResultadoDeComando<S>> {
    if (p.contexto.idempotencyKey) {
      const previo = await this.store.findByIdempotencyKey(p.contexto.idempotencyKey);
      if (previo) return this.duplicado(p, previo);
    }
    for (let intento = 1; ; intento++) {
      // A flujo named after a new number has no history yet.
      const historia = typeof p.flujo === 'string' ? await this.store.readStream(p.flujo) : [];
      const estado = plegar(p.decider, historia as unknown as E[]);
      const provisionales = p.decider.decide(comandoDe(p, PROVISIONAL), estado);
      if (provisionales.length === 0) return { eventos: [], estado, duplicado: false };
      const opciones = {
        expectedRevision: historia.length === 0 ? ('no_stream' as const) : historia[historia.length - 1]!.revision,
        idempotencyKey: p.contexto.idempotencyKey,
      };
      try {
        const { append, nuevos } = p.consecutivo
          ? await this.conConsecutivo(p, estado, opciones)
          : { append: await this.store.appendToStream(p.flujo, this.aEventos(provisionales, p.contexto), opciones), nuevos: provisionales };
        if (append.duplicate) return this.duplicado(p, append);
        return { eventos: append.events, estado: nuevos.reduce((s, e) => p.decider.evolve(s, e), estado), duplicado: false };
      } catch (error) {
        if (error instanceof ConcurrencyError && intento < INTENTOS) continue;
        throw error;
      }
    }
  }

  /** Draw, decide for real and append in one unit of work; the number is kept only when the append wrote. */
  private conConsecutivo<C, S, E extends EventoDeDominio>(
    p: ComandoConConsecutivo<C, S, E>,
    estado: S,
    opciones: { expectedRevision: number | 'no_stream'; idempotencyKey?: string },
  ): Promise<{ append: AppendResult; nuevos: E[] }> {
    const consecutivos = this.opciones.consecutivos;
    if (!consecutivos) throw new Error(`El ejecutor de comandos no tiene consecutivos (${p.consecutivo})`);
    return this.store.inUnitOfWork(async (uow) => {
      const numero = await consecutivos.reservar(p.consecutivo, uow.sql);
      const nuevos = p.decider.decide(p.comando(numero.n), estado);
      const append = await uow.appendToStream(flujoDe(p, numero.n), this.aEventos(nuevos, p.contexto), opciones);
      // A duplicate: the first command's result stands; write nothing more.
      if (!append.duplicate) await numero.confirmar();
      return { append, nuevos };
    });
  }

  private aEventos<E extends EventoDeDominio>(nuevos: readonly E[], ctx: ContextoDeComando): NewEvent[] {
    return nuevos.map((e) => ({ type: e.type, data: e.data as Record<string, unknown>, metadata: metadatosDe(ctx) }));
  }

  private async duplicado<C, S, E extends EventoDeDominio>(p: PeticionDeComando<C, S, E>, previo: AppendResult): Promise<ResultadoDeComando<S>> {
    exigirMismaSolicitud(previo.events, p.contexto);
    const historia = await this.store.readStream(previo.events[0]?.streamId ?? flujoDe(p, PROVISIONAL));
    return { eventos: previo.events, estado: plegar(p.decider, historia as unknown as E[]), duplicado: true };
  }
}

function comandoDe<C, S, E extends EventoDeDominio>(p: PeticionDeComando<C, S, E>, n: number): C {
  return p.consecutivo ? p.comando(n) : p.comando;
}

function flujoDe<C, S, E extends EventoDeDominio>(p: PeticionDeComando<C, S, E>, n: number): string {
  return typeof p.flujo === 'string' ? p.flujo : p.flujo(n);
}

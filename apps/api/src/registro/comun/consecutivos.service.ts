// Consecutive numbers without gaps: the folio of a recibo oficial (CHP art. 38, decision 0203) and the serie of an
// orden de pago (decision 0202). A number is drawn only for a command the decider has already accepted (a dry run
// with a placeholder number decides first), and on PGlite/PostgreSQL the draw commits or rolls back with the
// append itself: one transaction takes an advisory lock, reads the last number, appends the events as its first
// write and stores the new last number. So a refused command, a crash or a lost race waste no number. With
// EventStoreDB the append cannot join a SQL transaction: the number is drawn after the dry run in its own
// statement, and only a crash or a concurrency race between that draw and the append can leave a gap.
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { plegar } from '@tesoreria/domain';
import {
  ConcurrencyError,
  SqlEventStore,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  type SqlClient,
  type SqlDatabase,
} from '@tesoreria/event-store';
import { registrarEscritura } from '../../http/contexto-de-solicitud';
import { exigirMismaSolicitud, metadatosDe, type ContextoDeComando, type DeciderDeFlujo, type ResultadoDeComando } from '../../plataforma/ejecutor-de-comandos';
import { EVENT_STORE, SQL_DATABASE } from '../../plataforma/tokens';

export type NombreDeConsecutivo = 'folio_recibo' | 'serie_orden_de_pago';

/** Before this service, the numbers came from SQL sequences: a store that used them continues after their value. */
const SECUENCIA_ANTERIOR: Record<NombreDeConsecutivo, string> = {
  folio_recibo: 'registro_folio_recibo',
  serie_orden_de_pago: 'registro_serie_orden_de_pago',
};

// Any valid number: the dry run only asks the decider whether the command is acceptable.
const PROVISIONAL = 1;
const INTENTOS = 5;

export interface ComandoConConsecutivo<C, S, E extends { type: string; data: unknown }> {
  readonly consecutivo: NombreDeConsecutivo;
  /** The stream, or how it is named after the number when the number is the stream's identity (a new one). */
  readonly flujo: string | ((n: number) => string);
  readonly decider: DeciderDeFlujo<C, S, E>;
  readonly comando: (n: number) => C;
  readonly contexto: ContextoDeComando;
}

/** Advisory-lock key per counter (bigint form, two int4s), so payments and orders do not wait on each other. */
const LLAVE: Record<NombreDeConsecutivo, readonly [number, number]> = {
  folio_recibo: [20_503, 1],
  serie_orden_de_pago: [20_502, 1],
};

@Injectable()
export class ConsecutivosService implements OnModuleInit {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.db.exec('CREATE TABLE IF NOT EXISTS registro_consecutivos (nombre TEXT PRIMARY KEY, ultimo BIGINT NOT NULL)');
    for (const [nombre, secuencia] of Object.entries(SECUENCIA_ANTERIOR)) {
      const previa = await this.db.query<{ existe: boolean }>('SELECT to_regclass($1) IS NOT NULL AS existe', [secuencia]);
      const desde = previa.rows[0]?.existe ? `(SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM ${secuencia})` : '0';
      await this.db.query(`INSERT INTO registro_consecutivos (nombre, ultimo) VALUES ($1, ${desde}) ON CONFLICT (nombre) DO NOTHING`, [nombre]);
    }
  }

  /** The last number handed out (0 before the first). */
  async ultimo(nombre: NombreDeConsecutivo): Promise<number> {
    const r = await this.db.query<{ ultimo: string }>('SELECT ultimo::text AS ultimo FROM registro_consecutivos WHERE nombre = $1', [nombre]);
    return Number(r.rows[0]?.ultimo ?? 0);
  }

  /**
   * Read, fold, decide with a placeholder number (a refusal throws here, having drawn nothing), then draw the
   * number and decide and append for real. A concurrency conflict retries the whole cycle; an idempotency key
   * seen before returns the first result.
   */
  async ejecutar<C, S, E extends { type: string; data: unknown }>(c: ComandoConConsecutivo<C, S, E>): Promise<ResultadoDeComando<S>> {
    const r = await this.ciclo(c);
    registrarEscritura(r.eventos);
    return r;
  }

  private async ciclo<C, S, E extends { type: string; data: unknown }>(c: ComandoConConsecutivo<C, S, E>): Promise<ResultadoDeComando<S>> {
    const clave = c.contexto.idempotencyKey;
    if (clave) {
      const previo = await this.store.findByIdempotencyKey(clave);
      if (previo) return this.duplicado(c, previo);
    }
    for (let intento = 1; ; intento++) {
      // A stream named after a new number has no history yet.
      const historia: RecordedEvent[] = typeof c.flujo === 'string' ? await this.store.readStream(c.flujo) : [];
      const estado = plegar(c.decider, historia as unknown as E[]);
      if (c.decider.decide(c.comando(PROVISIONAL), estado).length === 0) return { eventos: [], estado, duplicado: false };
      const revision = historia.length === 0 ? ('no_stream' as const) : historia[historia.length - 1].revision;
      try {
        const r = this.store instanceof SqlEventStore ? await this.enTransaccion(this.store, c, estado, revision) : await this.sinTransaccion(c, estado, revision);
        if (r.duplicado) return this.duplicado(c, r.append);
        return { eventos: r.append.events, estado: r.nuevos.reduce((s, e) => c.decider.evolve(s, e), estado), duplicado: false };
      } catch (error) {
        if (error instanceof ConcurrencyError && intento < INTENTOS) continue;
        throw error;
      }
    }
  }

  private async enTransaccion<C, S, E extends { type: string; data: unknown }>(
    store: SqlEventStore,
    c: ComandoConConsecutivo<C, S, E>,
    estado: S,
    revision: number | 'no_stream',
  ): Promise<{ append: AppendResult; nuevos: E[]; duplicado: boolean }> {
    const r = await store.db.transaction(async (tx: SqlClient) => {
      // The counter's lock, held until commit: the number and the append commit or roll back together.
      await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [...LLAVE[c.consecutivo]]);
      const n = (await this.leerUltimo(tx, c.consecutivo)) + 1;
      const nuevos = c.decider.decide(c.comando(n), estado);
      const append = await store.appendWithin(tx, this.nombreDelFlujo(c, n), this.aEventos(nuevos, c.contexto), {
        expectedRevision: revision,
        idempotencyKey: c.contexto.idempotencyKey,
      });
      // A duplicate: the first command's result stands; write nothing more.
      if (append.duplicate) return { append, nuevos, duplicado: true };
      await tx.query('UPDATE registro_consecutivos SET ultimo = $2 WHERE nombre = $1', [c.consecutivo, n]);
      return { append, nuevos, duplicado: false };
    });
    if (!r.duplicado) store.notifyAppended();
    return r;
  }

  private async sinTransaccion<C, S, E extends { type: string; data: unknown }>(
    c: ComandoConConsecutivo<C, S, E>,
    estado: S,
    revision: number | 'no_stream',
  ): Promise<{ append: AppendResult; nuevos: E[]; duplicado: boolean }> {
    const r = await this.db.query<{ ultimo: string }>('UPDATE registro_consecutivos SET ultimo = ultimo + 1 WHERE nombre = $1 RETURNING ultimo::text AS ultimo', [
      c.consecutivo,
    ]);
    const n = Number(r.rows[0].ultimo);
    const nuevos = c.decider.decide(c.comando(n), estado);
    const append = await this.store.appendToStream(this.nombreDelFlujo(c, n), this.aEventos(nuevos, c.contexto), {
      expectedRevision: revision,
      idempotencyKey: c.contexto.idempotencyKey,
    });
    return { append, nuevos, duplicado: append.duplicate };
  }

  private async leerUltimo(client: SqlClient, nombre: NombreDeConsecutivo): Promise<number> {
    const r = await client.query<{ ultimo: string }>('SELECT ultimo::text AS ultimo FROM registro_consecutivos WHERE nombre = $1', [nombre]);
    return Number(r.rows[0]?.ultimo ?? 0);
  }

  private nombreDelFlujo<C, S, E extends { type: string; data: unknown }>(c: ComandoConConsecutivo<C, S, E>, n: number): string {
    return typeof c.flujo === 'string' ? c.flujo : c.flujo(n);
  }

  private aEventos<E extends { type: string; data: unknown }>(nuevos: readonly E[], ctx: ContextoDeComando): NewEvent[] {
    return nuevos.map((e) => ({ type: e.type, data: e.data as Record<string, unknown>, metadata: metadatosDe(ctx) }));
  }

  private async duplicado<C, S, E extends { type: string; data: unknown }>(c: ComandoConConsecutivo<C, S, E>, previo: AppendResult): Promise<ResultadoDeComando<S>> {
    exigirMismaSolicitud(previo.events, c.contexto);
    const historia = await this.store.readStream(previo.events[0]?.streamId ?? this.nombreDelFlujo(c, PROVISIONAL));
    return { eventos: previo.events, estado: plegar(c.decider, historia as unknown as E[]), duplicado: true };
  }
}

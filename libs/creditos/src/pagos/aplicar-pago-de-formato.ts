// CHP arts. 50-51 and 53: once a formato's PagoRecibido is in the log, each credit's share is applied to it by the
// credit's own decider (AplicarPago -> PagoAplicado, and CreditoPagado when nothing remains). It runs in the
// request that recorded the payment and again at start-up over the log (decision 0208), so a crash between the
// two is completed; the credit's decider ignores a pagoId it already applied, so running twice emits nothing.
import { crearDeciderDeCredito, flujoDeCredito, RechazoDeDominio, type DeciderDeCredito, type EntornoDeCredito, type PagoDeFormatoRecibido } from '@tesoreria/domain';
import type { ContextoDeComando, EjecutorDeComandos } from '@tesoreria/command-handling';
import type { RecordedEvent } from '@tesoreria/event-store';

export interface AplicacionAlCredito {
  readonly creditoId: string;
  readonly importe: string;
  /** What the credit's decider recorded now (none when it had been applied before). */
  readonly eventos: readonly string[];
  /** The credit refused the money (it was extinguished after the split): the share stays to be refunded. */
  readonly rechazo?: string;
}

export const esPagoDeFormato = (e: Pick<RecordedEvent, 'type' | 'data'>): boolean =>
  e.type === 'PagoRecibido' && (e.data as { paga?: { tipo?: unknown } }).paga?.tipo === 'formato-de-pago';

export class AplicarPagoDeFormato {
  private readonly decider: DeciderDeCredito;

  constructor(private readonly d: { readonly ejecutor: EjecutorDeComandos; readonly entorno: EntornoDeCredito; readonly avisar?: (m: string) => void }) {
    this.decider = crearDeciderDeCredito(d.entorno);
  }

  /** Applies the shares of one recorded PagoRecibido of a formato, in the order of its split (oldest first). */
  async aplicar(pago: RecordedEvent, contexto: ContextoDeComando): Promise<AplicacionAlCredito[]> {
    const d = pago.data as unknown as PagoDeFormatoRecibido['data'];
    const hechos: AplicacionAlCredito[] = [];
    for (const a of d.paga.asignaciones) {
      const comando = { type: 'AplicarPago' as const, data: { creditoId: a.creditoId, pagoId: d.folio, importe: a.importe, fechaPago: d.fechaPago } };
      try {
        const r = await this.d.ejecutor.ejecutar({ flujo: flujoDeCredito(a.creditoId), decider: this.decider, comando, contexto: { ...contexto, idempotencyKey: undefined, causationId: pago.eventId } });
        hechos.push({ creditoId: a.creditoId, importe: a.importe, eventos: r.eventos.map((e) => e.type) });
      } catch (e) {
        if (!(e instanceof RechazoDeDominio)) throw e;
        this.d.avisar?.(`El pago ${d.folio} no pudo aplicarse al crédito ${a.creditoId}: ${e.codigo}`);
        hechos.push({ creditoId: a.creditoId, importe: a.importe, eventos: [], rechazo: e.codigo });
      }
    }
    return hechos;
  }

  /** Start-up catch-up: every formato payment of the log, applied where it was not (idempotent). */
  async ponerAlDia(): Promise<{ pagos: number; aplicados: number }> {
    const store = this.d.ejecutor.store;
    let despues = 0, pagos = 0, aplicados = 0;
    for (;;) {
      const pagina = await store.readAll({ after: despues, limit: 500 });
      if (pagina.length === 0) return { pagos, aplicados };
      for (const e of pagina) {
        if (!esPagoDeFormato(e)) continue;
        pagos++;
        const hechos = await this.aplicar(e, contextoDelPago(e));
        aplicados += hechos.filter((h) => h.eventos.length > 0).length;
      }
      despues = pagina[pagina.length - 1]!.position;
    }
  }
}

/** Who applies a payment found in the log: whoever posted it, on its payment date, in its correlation. */
export function contextoDelPago(e: RecordedEvent): ContextoDeComando {
  const d = e.data as unknown as PagoDeFormatoRecibido['data'];
  return { actor: e.metadata.actor, correlationId: e.metadata.correlationId, causationId: e.eventId, fechaEfecto: d.fechaPago };
}

// ROS and LD arts. 5-6: what an agency does with a recibo oficial, one flujo per receipt (flujoDeServicio):
// register the service it granted (one receipt, one service), state that it did not provide it (constancia de no
// prestación, for the refund of LD art. 6 I), or authorise collecting a tariff difference with its accessories
// (LD art. 6 II). The receipt comes from the read model, the tariff line from the catalog in force on the date of
// the act; the decider judges. This is what every act shares.
import {
  exigirFechaNoFutura,
  flujoDeServicio,
  reciboPagado,
  servicioRegistradoDecider,
  type ComandoServicioRegistrado,
  type EstadoServicioRegistrado,
  type Fecha,
  type ReciboParaServicio,
} from '@tesoreria/domain';
import { derechoPorClave, type CatalogoDeDerechos } from '@tesoreria/catalogo';
import type { ContextoDeComando, EjecutorDeComandos } from '@tesoreria/command-handling';
import type { Actor } from '@tesoreria/event-store';
import type { Parametros } from '@tesoreria/parametros';
import { aLineaDeTarifa, lineaVigente } from '../comun/catalogo';
import type { Reloj } from '../comun/reloj';
import { reciboParaServicio, type FilaRecibo, type RecibosQueries } from '../proyecciones/recibos/recibos.queries';

export interface ResultadoDeActo {
  readonly estado: EstadoServicioRegistrado;
  /** True when the same act had been recorded before: nothing new was written. */
  readonly duplicado: boolean;
  readonly advertencias: readonly string[];
}

export interface DependenciasDeActos {
  readonly ejecutor: EjecutorDeComandos;
  readonly recibos: RecibosQueries;
  readonly catalogo: CatalogoDeDerechos;
  readonly reloj: Reloj;
  readonly parametros: Parametros;
}

export abstract class ActoSobreRecibo {
  constructor(protected readonly d: DependenciasDeActos) {}

  /**
   * The receipt an agency acts on. A receipt of another agency's derecho is refused exactly as an unknown folio,
   * and both before the decider looks at anything else: otherwise the answer (already used, with whom; another
   * derecho; a malformed field of the request) would tell which folios exist and who was served (issue 9, item 11).
   */
  protected async recibo(folio: string, actor: Actor): Promise<ReciboParaServicio | null> {
    const propio = (f: FilaRecibo) => actor.role !== 'dependencia' || derechoPorClave(this.d.catalogo, f.clave_derecho)?.dependencia === actor.dependencia;
    const f = await this.d.recibos.reciboVisible(folio, propio);
    // The decider's own refusal of a missing receipt, before any other check could answer differently.
    if (!f) reciboPagado(null, folio);
    return reciboParaServicio(f);
  }

  /**
   * The catalog line in force on the date of the act. A date before the payment has no line when it also precedes
   * the catalog's first tariff; the line of the payment date then lets the decider give the real refusal
   * (LD art. 5, servicio-antes-del-pago) rather than an unknown derecho.
   */
  protected linea(clave: string | undefined, fecha: Fecha, recibo: ReciboParaServicio | null) {
    if (!clave) return null;
    const l = lineaVigente(this.d.catalogo, clave, fecha) ?? (recibo && fecha < recibo.fechaPago ? lineaVigente(this.d.catalogo, clave, recibo.fechaPago) : null);
    return l ? aLineaDeTarifa(l) : null;
  }

  /** The policy fecha del acto, against this process's clock. */
  protected noFutura(fecha: Fecha, campo: string): void {
    exigirFechaNoFutura(fecha, this.d.reloj.hoy(), campo);
  }

  /**
   * What every act on a receipt is judged with, in this order: the act's date is not in the future, the agency's
   * own receipt, and the tariff line in force on the act's date (of `claveDerecho` when the act names one, of the
   * receipt's derecho otherwise).
   */
  protected async sobreRecibo(folio: string, fecha: Fecha, campo: string, contexto: ContextoDeComando, nombrada?: { claveDerecho: string }) {
    this.noFutura(fecha, campo);
    const recibo = await this.recibo(folio, contexto.actor);
    const lineaDeTarifa = this.linea(nombrada ? nombrada.claveDerecho : recibo?.claveDerecho, fecha, recibo);
    return { folioRecibo: folio, dependencia: contexto.actor.dependencia ?? '', recibo, lineaDeTarifa };
  }

  /** The one cycle on the receipt's flujo. */
  protected async decidir(folio: string, comando: ComandoServicioRegistrado, contexto: ContextoDeComando, advertencias: readonly string[] = []): Promise<ResultadoDeActo> {
    const r = await this.d.ejecutor.ejecutar({ flujo: flujoDeServicio(folio), decider: servicioRegistradoDecider, comando, contexto });
    return { estado: r.estado, duplicado: r.duplicado || r.eventos.length === 0, advertencias };
  }
}

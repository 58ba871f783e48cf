// The daily sweep (issue 11 item 3; CHP arts. 37, 42 IV, 48, 170 I, 172 IV): for a fecha de negocio, every business
// day after the last one swept (a missed day is caught up) and the day itself; each day, the credits the
// `vencimientos` read model says have something due, each through the same use case as any act
// (BarrerVencimientos). The decider emits with the legal date of each fact and nothing the second time: sweeping a
// date twice writes nothing new.
import type { ContextoDeComando } from '@tesoreria/command-handling';
import { esFechaValida, sumarDiasHabiles, valorInvalido, type EntornoDeCredito, type Fecha } from '@tesoreria/domain';
import type { SqlDatabase } from '@tesoreria/event-store';
import type { ComandoSobreCreditoHandler } from '../comando-sobre-credito/comando-sobre-credito.handler';
import { creditosPorBarrer } from '../proyecciones/vencimientos/vencimientos.queries';
import type { BarridosRegistrados } from './barridos-registrados';

/** Five years of business days at most (the prescription term, CHP art. 24): a bound on a runaway loop, not a policy. */
const DIAS_DE_RECUPERACION = 1300;

export interface BarrerHasta {
  readonly fecha: Fecha;
}

export interface HechoDelBarrido {
  readonly creditoId: string;
  readonly tipo: string;
  /** The legal date of the fact (an instalment's: the day it fell due). */
  readonly fecha: string | null;
  readonly posicion: number;
}

export interface ResultadoDelBarrido {
  readonly fecha: Fecha;
  readonly diasBarridos: readonly Fecha[];
  readonly creditosRevisados: number;
  readonly eventos: readonly HechoDelBarrido[];
}

export interface DependenciasDelBarrido {
  readonly creditos: ComandoSobreCreditoHandler;
  readonly db: SqlDatabase;
  readonly entorno: EntornoDeCredito;
  readonly registrados: BarridosRegistrados;
  /** Waits for the read models to reach what was written (the next day's selection reads them). */
  readonly alcanzar?: () => Promise<void>;
}

function fechaDelHecho(data: Record<string, unknown>): string | null {
  const f = data.fecha ?? data.vencimiento;
  return typeof f === 'string' ? f : null;
}

export function diasPorBarrer(ultimo: Fecha | null, fecha: Fecha, entorno: EntornoDeCredito): Fecha[] {
  if (ultimo === null || ultimo >= fecha) return [fecha];
  const dias: Fecha[] = [];
  for (let d = sumarDiasHabiles(entorno.calendario, ultimo, 1); d < fecha && dias.length < DIAS_DE_RECUPERACION; d = sumarDiasHabiles(entorno.calendario, d, 1)) dias.push(d);
  return [...dias, fecha];
}

export class BarridoDeVencimientosHandler {
  constructor(private readonly d: DependenciasDelBarrido) {}

  async ejecutar(c: BarrerHasta, contexto: ContextoDeComando): Promise<ResultadoDelBarrido> {
    if (!esFechaValida(c.fecha)) throw valorInvalido('fecha-invalida', 'El campo fecha debe ser una fecha válida AAAA-MM-DD.', 'fecha');
    const dias = diasPorBarrer(await this.d.registrados.ultimo(), c.fecha, this.d.entorno);
    const eventos: HechoDelBarrido[] = [];
    let revisados = 0;
    for (const dia of dias) {
      await this.d.alcanzar?.();
      const porBarrer = await creditosPorBarrer(this.d.db, dia, this.d.entorno);
      let delDia = 0;
      for (const { creditoId } of porBarrer) {
        const r = await this.d.creditos.ejecutar({ type: 'BarrerVencimientos', data: { creditoId, fechaEfecto: dia } }, { ...contexto, fechaEfecto: dia, idempotencyKey: undefined });
        delDia += r.eventos.length;
        eventos.push(...r.eventos.map((e) => ({ creditoId, tipo: e.type, fecha: fechaDelHecho(e.data), posicion: e.position })));
      }
      revisados += porBarrer.length;
      await this.d.registrados.anotar(dia, delDia);
    }
    return { fecha: c.fecha, diasBarridos: dias, creditosRevisados: revisados, eventos };
  }
}

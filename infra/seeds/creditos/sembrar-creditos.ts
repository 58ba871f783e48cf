// Lives the demo credits (vidas-demo.ts) through the one command cycle, as cobranza would: each act a command with
// its legal date as fechaEfecto, decided by the CreditoFiscal decider with the loaded tables, then the daily sweep
// of today (CHP arts. 37, 42 IV, 172 IV), so the read models show what the real sweep would have left.
import { randomUUID } from 'node:crypto';
import {
  DELEGACIONES, RechazoDeDominio, desdePartes, estadoInicialDeCredito, mesDe, partes, sumarDias,
  type ComandoDeCredito, type EntornoDeCredito, type EstadoDeCredito, type Fecha,
} from '@tesoreria/domain';
import type { ContextoDeComando, EjecutorDeComandos } from '@tesoreria/command-handling';
import type { Actor } from '@tesoreria/event-store';
import type { Parametros } from '@tesoreria/parametros';
import { ComandoSobreCreditoHandler, entornoDeCredito } from '@tesoreria/creditos';
import type { Cursor, Orden } from './pasos';
import { CONTRIBUYENTES_DEMO, VIDAS_DEMO, type VidaDemo } from './vidas-demo';

/** The seeded cobranza user (sembrar-demo.ts USUARIOS_DEMO) acts on every credit. */
export const ACTOR_DE_COBRANZA: Actor = { userId: 'cobranza', role: 'cobranza', dependencia: null };

export type EjecutarSobreCredito = (comando: ComandoDeCredito, contexto: ContextoDeComando) => Promise<EstadoDeCredito>;

/** The one door of the seed into the credits' commands: the same use case the api and the sweep run. */
export function ejecucionSobreCreditos(ejecutor: EjecutorDeComandos, entorno: EntornoDeCredito): EjecutarSobreCredito {
  const caso = new ComandoSobreCreditoHandler({ ejecutor, entorno });
  return async (comando, contexto) => (await caso.ejecutar(comando, contexto)).estado;
}

export { entornoDeCredito };

/** CHP art. 42 I: the rate of the year of the request; past the loaded table, its last row. */
function tasaDeProrroga(p: Parametros): (f: Fecha) => string {
  const ultima = p.tasaProrrogaChiapas.filas[p.tasaProrrogaChiapas.filas.length - 1]!;
  return (f) => (p.tasaProrrogaChiapas.buscarFilaEn(f) ?? ultima).valor.parcialidadesHasta12Meses;
}

export interface CreditosSembrados {
  readonly creditos: number;
  readonly comandos: number;
  /** The business date the lives were dated back from (fechaDeReferencia). */
  readonly fecha: Fecha;
  /** Lives the domain refused part-way (stale tables): the credit and the refusal's code, never a name. */
  readonly omitidas: readonly string[];
}

/**
 * The date the demo lives count back from: today, unless the loaded tables stop earlier. Amounts owed need the
 * INPC of the month before each payment deadline (CHP art. 43) and the Ley de Ingresos rate of each month of mora
 * (art. 44); the most recent deadline on which a life computes an amount falls about seven months before that date.
 * Past the tables the demo stays on their last covered day, and the daily sweep catches up from there.
 */
export function fechaDeReferencia(p: Parametros, hoy: Fecha): Fecha {
  const { anio, mes } = partes(`${p.inpc.filas[p.inpc.filas.length - 1]!.valor.mes}-01`);
  const porInpc = desdePartes(anio, mes + 8, 0);
  const porTasa = p.tasaRecargosChiapas.filas[p.tasaRecargosChiapas.filas.length - 1]!.hasta ?? hoy;
  return [hoy, porInpc, porTasa].sort()[0]!;
}

const comoComando = (creditoId: string, orden: Orden): ComandoDeCredito => ({ type: orden.type, data: { creditoId, ...orden.data } }) as ComandoDeCredito;
const contexto = (fechaEfecto: Fecha, correlationId: string): ContextoDeComando => ({ actor: ACTOR_DE_COBRANZA, correlationId, causationId: null, fechaEfecto });

/** Origin by origin, when the fact happened relative to the determination (and LD art. 4's fixed payment date). */
function hechos(vida: VidaDemo, determinado: Fecha): { fechaDelHecho: Fecha; fechaLimitePago?: Fecha } {
  switch (vida.origen) {
    case 'autodeterminado': return { fechaDelHecho: determinado };
    case 'derecho-fuera-de-plazo': return { fechaDelHecho: sumarDias(determinado, -30), fechaLimitePago: sumarDias(determinado, -15) };
    case 'multa': return { fechaDelHecho: sumarDias(determinado, -45) };
    default: return { fechaDelHecho: sumarDias(determinado, -200) };
  }
}

export const idDelCreditoDemo = (i: number, determinado: Fecha) => `CF-${determinado.slice(0, 4)}-${String(9001 + i)}`;

async function vivir(i: number, vida: VidaDemo, base: Omit<Cursor, 'estado' | 'ultima' | 'numero'>, ejecutar: EjecutarSobreCredito): Promise<number> {
  const inicial: Cursor = { ...base, estado: estadoInicialDeCredito(), ultima: base.hoy, numero: 0 };
  const determinado = vida.determinado(inicial);
  const creditoId = idDelCreditoDemo(i, determinado);
  const correlationId = randomUUID();
  const { fechaDelHecho, fechaLimitePago } = hechos(vida, determinado);
  let estado = await ejecutar(comoComando(creditoId, {
    type: 'DeterminarCredito',
    data: {
      origen: vida.origen, descripcion: vida.descripcion, periodo: mesDe(fechaDelHecho), importeHistorico: vida.importe,
      delegacion: DELEGACIONES[i % DELEGACIONES.length]!.clave, fechaDeterminacion: determinado, fechaDelHecho,
      contribuyente: CONTRIBUYENTES_DEMO[i % CONTRIBUYENTES_DEMO.length]!, ...(fechaLimitePago ? { fechaLimitePago } : {}),
    },
  }), contexto(determinado, correlationId));
  let ultima = determinado;
  let comandos = 1;
  for (const [numero, paso] of [...vida.pasos].entries()) {
    const siguiente = paso({ ...base, estado, ultima, numero: numero + 1 });
    if (!siguiente) continue;
    estado = await ejecutar(comoComando(creditoId, siguiente.orden), contexto(siguiente.fecha, correlationId));
    ultima = siguiente.fecha > ultima ? siguiente.fecha : ultima;
    comandos++;
  }
  // The daily sweep of today, as the job would have run it: a term that ended meanwhile is recorded now.
  await ejecutar(comoComando(creditoId, { type: 'BarrerVencimientos', data: { fechaEfecto: base.hoy } }), contexto(base.hoy, correlationId));
  return comandos + 1;
}

/** Every demo life, one credit each, in the 13 Delegaciones of CHP art. 101 in turn. A refused life never stops `npm start`. */
export async function sembrarCreditosDemo(ejecutar: EjecutarSobreCredito, parametros: Parametros, hoy: Fecha): Promise<CreditosSembrados> {
  const fecha = fechaDeReferencia(parametros, hoy);
  const base = { hoy: fecha, entorno: entornoDeCredito(parametros), tasaDeProrroga: tasaDeProrroga(parametros) };
  let comandos = 0;
  const omitidas: string[] = [];
  for (const [i, vida] of VIDAS_DEMO.entries()) {
    try {
      comandos += await vivir(i, vida, base, ejecutar);
    } catch (error) {
      if (!(error instanceof RechazoDeDominio)) throw error;
      omitidas.push(`vida ${i + 1}: ${error.codigo}`);
    }
  }
  return { creditos: VIDAS_DEMO.length - omitidas.length, comandos, fecha, omitidas };
}

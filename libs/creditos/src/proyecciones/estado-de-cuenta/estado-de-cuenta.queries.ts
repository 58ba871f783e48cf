// The estado de cuenta of a taxpayer as of a date: each of their credits determined by then, folded from its facts
// up to that legal date (the cuenta-del-credito read model keeps them), with historic amount, actualización,
// recargos, gastos, multas and total explained month by month, the totals, the saldo a favor, the warnings of
// every provisional table row used, and the version of the tables, so the same question can be replayed.
import { Dec, aTexto, etapaYPlazos, suma, unirAdvertencias, type AccesoriosDelAdeudo, type EntornoDeCredito, type EstadoDeCredito, type EtapaDelCredito, type Fecha } from '@tesoreria/domain';
import type { SqlClient } from '@tesoreria/event-store';
import { estadosALaFecha } from '../cuenta-del-credito/cuenta-del-credito.queries';
import { adeudoExplicado, type AdeudoExplicado } from './explicacion-del-adeudo';

export interface CreditoEnEstadoDeCuenta extends AdeudoExplicado {
  readonly creditoId: string;
  readonly descripcion: string;
  readonly periodo: string;
  readonly concepto: string;
  readonly delegacion: string;
  readonly importeHistorico: string;
  readonly etapa: EtapaDelCredito;
}

export interface EstadoDeCuenta {
  readonly contribuyente: { readonly rfc: string | null; readonly curp: string | null };
  readonly fecha: Fecha;
  readonly versionDeParametros: string;
  readonly creditos: readonly CreditoEnEstadoDeCuenta[];
  readonly totales: AccesoriosDelAdeudo & { readonly importeHistorico: string };
  /** CHP art. 53: what the taxpayer's payments left over, by that date. */
  readonly saldoAFavor: string;
  readonly advertencias: readonly string[];
}

export interface ParametrosDelEstadoDeCuenta {
  readonly entorno: EntornoDeCredito;
  /** The hash of the loaded tables (libs/parametros `version`). */
  readonly version: string;
}

function creditoALaFecha(creditoId: string, estado: EstadoDeCredito, fecha: Fecha, parametros: ParametrosDelEstadoDeCuenta): CreditoEnEstadoDeCuenta[] {
  const c = estado.credito;
  if (!c) return [];
  return [{
    creditoId, descripcion: c.descripcion, periodo: c.periodo, concepto: c.concepto, delegacion: c.delegacion, importeHistorico: c.importeHistorico,
    etapa: etapaYPlazos(estado, parametros.entorno.calendario).etapa,
    ...adeudoExplicado(estado, fecha, parametros.entorno.tablasDeAdeudo),
  }];
}

/** One credit's explained amount owed as of `fecha` (the credit's page and its `adeudo` resource), or null before it existed. */
export async function adeudoDelCredito(
  db: SqlClient, creditoId: string, fecha: Fecha, parametros: ParametrosDelEstadoDeCuenta,
): Promise<(CreditoEnEstadoDeCuenta & { readonly versionDeParametros: string }) | null> {
  const estado = (await estadosALaFecha(db, [creditoId], fecha)).get(creditoId);
  const [credito] = estado ? creditoALaFecha(creditoId, estado, fecha, parametros) : [];
  return credito ? { ...credito, versionDeParametros: parametros.version } : null;
}

const total = (xs: readonly CreditoEnEstadoDeCuenta[], campo: keyof AccesoriosDelAdeudo | 'importeHistorico') => aTexto(suma(xs.map((x) => new Dec(x[campo]))));

export async function estadoDeCuenta(
  db: SqlClient, contribuyente: { rfc?: string; curp?: string }, fecha: Fecha, parametros: ParametrosDelEstadoDeCuenta,
): Promise<EstadoDeCuenta> {
  const r = await db.query<{ credito_id: string }>(
    'SELECT credito_id FROM creditos_cuentas WHERE (rfc = $1 OR curp = $2) AND fecha_determinacion <= $3 ORDER BY fecha_determinacion, credito_id',
    [contribuyente.rfc ?? null, contribuyente.curp ?? null, fecha]);
  const ids = r.rows.map((f) => f.credito_id);
  const estados = await estadosALaFecha(db, ids, fecha);
  const creditos = ids.flatMap((id) => {
    const estado = estados.get(id);
    return estado ? creditoALaFecha(id, estado, fecha, parametros) : [];
  });
  const saldoAFavor = suma([...estados.values()].map((s) => new Dec(s.saldoAFavor)));
  return {
    contribuyente: { rfc: contribuyente.rfc ?? null, curp: contribuyente.curp ?? null },
    fecha, versionDeParametros: parametros.version, creditos,
    totales: {
      importeHistorico: total(creditos, 'importeHistorico'), actualizacion: total(creditos, 'actualizacion'), recargos: total(creditos, 'recargos'),
      gastosDeEjecucion: total(creditos, 'gastosDeEjecucion'), multas: total(creditos, 'multas'), indemnizacionCheque: total(creditos, 'indemnizacionCheque'),
      total: total(creditos, 'total'),
    },
    saldoAFavor: aTexto(saldoAFavor),
    advertencias: unirAdvertencias(...creditos.map((c) => c.advertencias)),
  };
}

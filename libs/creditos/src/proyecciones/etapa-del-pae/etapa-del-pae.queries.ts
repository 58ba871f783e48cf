// Reads of the PAE stage: one credit's stage and next legal deadline as of a date (business days with the loaded
// calendar, CHP art. 21), the credits in a stage, and those whose next deadline falls on or before a date.
import { etapaDelCredito, type EntornoDeCredito, type EstadoDeCredito, type EtapaALaFecha, type EtapaDelCredito, type Fecha, type PlazoLegal } from '@tesoreria/domain';
import type { SqlClient } from '@tesoreria/event-store';
import { comoEstado } from '../comun/estado-plegado';

export interface EtapaDeCredito extends EtapaALaFecha {
  readonly creditoId: string;
  readonly delegacion: string;
}

type Fila = { credito_id: string; delegacion: string; estado: EstadoDeCredito };
const COLUMNAS = 'credito_id, delegacion, estado';
const aEtapa = (f: Fila, entorno: EntornoDeCredito, fecha: Fecha): EtapaDeCredito =>
  ({ creditoId: f.credito_id, delegacion: f.delegacion, ...etapaDelCredito(comoEstado(f.estado), entorno, fecha) });

export async function etapaDelPae(db: SqlClient, creditoId: string, fecha: Fecha, entorno: EntornoDeCredito): Promise<EtapaDeCredito | null> {
  const r = await db.query<Fila>(`SELECT ${COLUMNAS} FROM creditos_etapas WHERE credito_id = $1`, [creditoId]);
  return r.rows[0] ? aEtapa(r.rows[0], entorno, fecha) : null;
}

export async function creditosEnEtapa(
  db: SqlClient, etapa: EtapaDelCredito, fecha: Fecha, entorno: EntornoDeCredito, filtros: { delegacion?: string; limite?: number; desplazamiento?: number } = {},
): Promise<EtapaDeCredito[]> {
  const r = await db.query<Fila>(
    `SELECT ${COLUMNAS} FROM creditos_etapas WHERE etapa = $1 AND ($2::text IS NULL OR delegacion = $2) ORDER BY etapa_desde, credito_id LIMIT $3 OFFSET $4`,
    [etapa, filtros.delegacion ?? null, filtros.limite ?? 100, filtros.desplazamiento ?? 0]);
  return r.rows.map((f) => aEtapa(f, entorno, fecha));
}

export async function conteoPorEtapa(db: SqlClient, delegacion?: string): Promise<Record<string, number>> {
  const r = await db.query<{ etapa: string; n: number }>(
    'SELECT etapa, count(*)::int AS n FROM creditos_etapas WHERE ($1::text IS NULL OR delegacion = $1) GROUP BY etapa ORDER BY etapa', [delegacion ?? null]);
  return Object.fromEntries(r.rows.map((f) => [f.etapa, Number(f.n)]));
}

/**
 * The credits whose next legal deadline as of `fecha` falls on or before `hasta`, soonest first. SQL keeps the rows
 * with a deadline whose lower bound is on or before `hasta`; the domain then computes the exact dates.
 */
export async function plazosQueVencen(db: SqlClient, fecha: Fecha, hasta: Fecha, entorno: EntornoDeCredito): Promise<(EtapaDeCredito & { proximoPlazo: PlazoLegal })[]> {
  const r = await db.query<Fila>(`SELECT ${COLUMNAS} FROM creditos_etapas WHERE EXISTS (SELECT 1 FROM unnest(plazos_cota) AS p(f) WHERE p.f <= $1) ORDER BY credito_id`, [hasta]);
  return r.rows
    .map((f) => aEtapa(f, entorno, fecha))
    .filter((e): e is EtapaDeCredito & { proximoPlazo: PlazoLegal } => e.proximoPlazo !== null && e.proximoPlazo.fecha <= hasta)
    .sort((a, b) => (a.proximoPlazo.fecha < b.proximoPlazo.fecha ? -1 : a.proximoPlazo.fecha > b.proximoPlazo.fecha ? 1 : 0));
}

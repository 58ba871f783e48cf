// Reads of the clocks: one credit's prescription and caducidad as of a date (CHP arts. 24, 30, 67), and the
// credits whose clock ends within `dias` calendar days of a date (90 by default, as the issue asks).
import { relojesDelCredito, relojesPorVencer, sumarDias, type Calendario, type EstadoDeCredito, type Fecha, type RelojesDelCredito } from '@tesoreria/domain';
import type { SqlClient } from '@tesoreria/event-store';
import { comoEstado } from '../comun/estado-plegado';

export async function relojesDeCredito(db: SqlClient, creditoId: string, fecha: Fecha, calendario: Calendario): Promise<RelojesDelCredito | null> {
  const r = await db.query<{ estado: EstadoDeCredito }>('SELECT estado FROM creditos_relojes WHERE credito_id = $1', [creditoId]);
  return r.rows[0] ? relojesDelCredito(comoEstado(r.rows[0].estado), calendario, fecha) : null;
}

export interface RelojPorVencer {
  readonly creditoId: string;
  readonly rfc: string | null;
  readonly curp: string | null;
  readonly delegacion: string;
  readonly reloj: 'prescripcion' | 'caducidad';
  readonly vence: Fecha;
  readonly diasRestantes: number;
}

/** Soonest first. A clock's lower bound after `fecha + dias` cannot end in time: SQL leaves those rows out. */
export async function relojesQueVencen(db: SqlClient, fecha: Fecha, calendario: Calendario, dias = 90): Promise<RelojPorVencer[]> {
  const limite = sumarDias(fecha, dias);
  const r = await db.query<{ credito_id: string; rfc: string | null; curp: string | null; delegacion: string; estado: EstadoDeCredito }>(
    `SELECT credito_id, rfc, curp, delegacion, estado FROM creditos_relojes
      WHERE NOT extinguido AND (prescripcion_cota <= $1 OR caducidad_cota <= $1) ORDER BY credito_id`, [limite]);
  return r.rows
    .flatMap((f) => relojesPorVencer(relojesDelCredito(comoEstado(f.estado), calendario, fecha), fecha, dias)
      .map((x) => ({ creditoId: f.credito_id, rfc: f.rfc, curp: f.curp, delegacion: f.delegacion, ...x })))
    .sort((a, b) => a.diasRestantes - b.diasRestantes || (a.creditoId < b.creditoId ? -1 : 1));
}

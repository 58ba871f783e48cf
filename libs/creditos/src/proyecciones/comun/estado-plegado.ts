// Read models that need the domain's fold (the stage, the clocks, what the sweep must do) keep the folded state
// of each credit in a JSONB column of their own table: the state holds bases only (amounts, dates, interruptions,
// suspensions), never an amount that grows with time, so a replay from zero yields the same rows.
import { estadoInicialDeCredito, evolucionarCredito, type EstadoDeCredito } from '@tesoreria/domain';
import type { SqlClient } from '@tesoreria/event-store';
import type { HechoDeCredito } from './hecho-de-credito';

/** The state before `hecho` (read from `tabla`, which has `credito_id` and `estado`) and after it. */
export async function plegar(tx: SqlClient, tabla: string, hecho: HechoDeCredito): Promise<{ antes: EstadoDeCredito; despues: EstadoDeCredito }> {
  const r = await tx.query<{ estado: EstadoDeCredito | string }>(`SELECT estado FROM ${tabla} WHERE credito_id = $1`, [hecho.creditoId]);
  const antes = r.rows[0] ? comoEstado(r.rows[0].estado) : estadoInicialDeCredito();
  return { antes, despues: evolucionarCredito(antes, hecho.evento) };
}

/** pg and PGlite return JSONB parsed; a driver that returns text is read the same. */
export function comoEstado(valor: EstadoDeCredito | string): EstadoDeCredito {
  return typeof valor === 'string' ? (JSON.parse(valor) as EstadoDeCredito) : valor;
}

export const comoJson = (valor: unknown): string => JSON.stringify(valor);

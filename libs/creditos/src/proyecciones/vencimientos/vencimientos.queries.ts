// Reads for the daily sweep: the credits it has something to do for on a fecha de negocio (on or before it: a
// missed day is caught up), and a credit's next such date. Dates come from the loaded calendar (CHP art. 21; the
// payment calendar for the payment deadline, art. 21 ¶3), with the domain's own functions where it has them.
import { exigibleDesde, firmeDesde, sumarDias, sumarDiasHabiles, type EntornoDeCredito, type EstadoDeCredito, type Fecha } from '@tesoreria/domain';
import type { SqlClient } from '@tesoreria/event-store';
import { comoEstado } from '../comun/estado-plegado';
import type { BaseDelBarrido, MotivoDelBarrido } from './vencimientos.projection';

export interface VencimientoDelBarrido {
  readonly motivo: MotivoDelBarrido;
  /** The first day the sweep acts. */
  readonly fecha: Fecha;
  readonly articulo: string;
}

const ARTICULO: Record<MotivoDelBarrido, string> = {
  parcialidad: 'CHP art. 42 IV c', exigibilidad: 'CHP art. 37', 'exigibilidad-por-cheque': 'CHP art. 48', firmeza: 'CHP arts. 170 I y 172 IV',
};

function fechaDelBarrido(b: BaseDelBarrido, estado: EstadoDeCredito, entorno: EntornoDeCredito): Fecha {
  switch (b.motivo) {
    // The instalment is overdue the day after it fell due (convenio-parcialidades: vencimiento < fecha de corte).
    case 'parcialidad': return sumarDias(b.base, 1);
    case 'exigibilidad': return exigibleDesde(estado, entorno) ?? b.base;
    case 'exigibilidad-por-cheque': return sumarDiasHabiles(entorno.calendario, b.base, 1);
    case 'firmeza': return firmeDesde(estado, entorno) ?? b.base;
  }
}

type Fila = { credito_id: string; delegacion: string; bases: BaseDelBarrido[] | string; estado: EstadoDeCredito };
const bases = (f: Fila): BaseDelBarrido[] => (typeof f.bases === 'string' ? JSON.parse(f.bases) : f.bases);
const vencimientos = (f: Fila, entorno: EntornoDeCredito): VencimientoDelBarrido[] => {
  const estado = comoEstado(f.estado);
  return bases(f).map((b) => ({ motivo: b.motivo, fecha: fechaDelBarrido(b, estado, entorno), articulo: ARTICULO[b.motivo] }));
};

export interface CreditoPorBarrer {
  readonly creditoId: string;
  readonly delegacion: string;
  readonly vencimientos: readonly VencimientoDelBarrido[];
}

/**
 * The credits with an act of the sweep due on or before `fecha`, by id. Each act is due strictly after its base,
 * so SQL keeps the rows whose earliest base is before `fecha`; the exact dates then decide.
 */
export async function creditosPorBarrer(db: SqlClient, fecha: Fecha, entorno: EntornoDeCredito): Promise<CreditoPorBarrer[]> {
  const r = await db.query<Fila>('SELECT credito_id, delegacion, bases, estado FROM creditos_vencimientos WHERE proxima_base < $1 ORDER BY credito_id', [fecha]);
  return r.rows
    .map((f) => ({ creditoId: f.credito_id, delegacion: f.delegacion, vencimientos: vencimientos(f, entorno).filter((v) => v.fecha <= fecha) }))
    .filter((c) => c.vencimientos.length > 0);
}

/** The next day the sweep has something to do for the credit, or null (paid, extinguished, nothing pending). */
export async function proximoVencimiento(db: SqlClient, creditoId: string, entorno: EntornoDeCredito): Promise<VencimientoDelBarrido | null> {
  const r = await db.query<Fila>('SELECT credito_id, delegacion, bases, estado FROM creditos_vencimientos WHERE credito_id = $1', [creditoId]);
  if (!r.rows[0]) return null;
  return vencimientos(r.rows[0], entorno).sort((a, b) => (a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : 0))[0] ?? null;
}

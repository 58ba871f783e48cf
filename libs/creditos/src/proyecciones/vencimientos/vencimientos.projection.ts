// What the daily sweep (libs/domain/src/creditos/barrido.ts) has to do for each open credit, so the sweep job can
// select the credits due on a business date without reading every stream: the legal dates its acts run from —
// the payment deadline (CHP art. 37) or a bounced cheque's three days (art. 48) for exigibility, the term to
// challenge for firmeza (arts. 170 I, 172 IV), the next unpaid instalment (art. 42 IV c). The sweep acts the day
// after each (the next business day for the first three): that date moves with the loaded calendar, so the row
// stores the bases and the queries compute the dates. The rules below mirror barrido.ts; the spec checks both agree.
import type { EstadoDeCredito, Fecha } from '@tesoreria/domain';
import type { RecordedEvent, SqlClient } from '@tesoreria/event-store';
import { defineProjection } from '@tesoreria/projections';
import { comoJson, plegar } from '../comun/estado-plegado';
import { TIPOS_DEL_CREDITO, comoHechoDeCredito } from '../comun/hecho-de-credito';

export type MotivoDelBarrido = 'parcialidad' | 'exigibilidad' | 'exigibilidad-por-cheque' | 'firmeza';

export interface BaseDelBarrido {
  readonly motivo: MotivoDelBarrido;
  /** The legal date the sweep's act runs from; it acts on a later day (see vencimientos.queries.ts). */
  readonly base: Fecha;
}

/** The sweep's pending acts for a credit, in the order barrido.ts runs them. */
export function basesDelBarrido(s: EstadoDeCredito): BaseDelBarrido[] {
  if (!s.credito || s.extincion) return [];
  const bases: BaseDelBarrido[] = [];
  if (s.convenio.estado === 'vigente') {
    const siguiente = s.convenio.parcialidades.filter((p) => !p.cubierta && !p.incumplida).map((p) => p.fila.vencimiento).sort()[0];
    if (siguiente) bases.push({ motivo: 'parcialidad', base: siguiente });
  }
  if (!s.exigible && s.convenio.estado === 'sin-convenio') {
    if (s.fechaLimitePago) bases.push({ motivo: 'exigibilidad', base: s.fechaLimitePago });
    const cheque = s.chequesNoPagados[s.chequesNoPagados.length - 1];
    if (cheque) bases.push({ motivo: 'exigibilidad-por-cheque', base: cheque.plazoDePago });
  }
  if (!s.firme && s.notificacion && !s.pae.impugnado) bases.push({ motivo: 'firmeza', base: s.notificacion.fechaLimiteImpugnacion });
  return bases;
}

export const proyeccionVencimientos = defineProjection({
  name: 'creditos-vencimientos',
  version: 1,
  tables: ['creditos_vencimientos'],
  handles: TIPOS_DEL_CREDITO,
  schema: `
    CREATE TABLE creditos_vencimientos (
      credito_id TEXT PRIMARY KEY,
      delegacion TEXT NOT NULL,
      proxima_base TEXT,
      bases JSONB NOT NULL,
      estado JSONB NOT NULL,
      posicion BIGINT NOT NULL
    );
    CREATE INDEX creditos_vencimientos_proxima ON creditos_vencimientos (proxima_base) WHERE proxima_base IS NOT NULL;`,
  async apply(tx: SqlClient, events: readonly RecordedEvent[]): Promise<void> {
    for (const raw of events) {
      const h = comoHechoDeCredito(raw);
      const { despues: s } = await plegar(tx, 'creditos_vencimientos', h);
      if (!s.credito) continue;
      const bases = basesDelBarrido(s);
      const proxima = bases.map((b) => b.base).sort()[0] ?? null;
      await tx.query(
        `INSERT INTO creditos_vencimientos (credito_id, delegacion, proxima_base, bases, estado, posicion) VALUES ($1,$2,$3,$4::jsonb,$5::jsonb,$6)
         ON CONFLICT (credito_id) DO UPDATE SET proxima_base = EXCLUDED.proxima_base, bases = EXCLUDED.bases, estado = EXCLUDED.estado, posicion = EXCLUDED.posicion`,
        [h.creditoId, s.credito.delegacion, proxima, comoJson(bases), comoJson(s), h.posicion],
      );
    }
  },
});

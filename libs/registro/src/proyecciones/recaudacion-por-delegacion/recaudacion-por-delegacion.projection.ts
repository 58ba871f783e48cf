// Collection of derechos by Delegación de Finanzas (CHP art. 101) and payment date: payments, derecho, adicional
// (CHP art. 265), salvamentos (CHP art. 261 D) and total, summed as NUMERIC (never a float).
import type { RecordedEvent, SqlClient } from '@tesoreria/event-store';
import { defineProjection } from '@tesoreria/projections';
import { comoEventoDelRegistro, pagoDeOrden } from '../eventos';
import { COLUMNAS_DEL_DESGLOSE } from '../desglose';

export const proyeccionRecaudacionPorDelegacion = defineProjection({
  name: 'registro-recaudacion-por-delegacion',
  version: 1,
  tables: ['registro_recaudacion_por_delegacion'],
  handles: ['PagoRecibido'],
  schema: `
    CREATE TABLE registro_recaudacion_por_delegacion (
      delegacion TEXT NOT NULL,
      fecha_pago TEXT NOT NULL,
      pagos INTEGER NOT NULL,
      ${COLUMNAS_DEL_DESGLOSE},
      total NUMERIC(18,2) NOT NULL,
      PRIMARY KEY (delegacion, fecha_pago)
    );`,
  async apply(tx: SqlClient, events: readonly RecordedEvent[]): Promise<void> {
    for (const raw of events) {
      const e = comoEventoDelRegistro(raw);
      if (e.type !== 'PagoRecibido') continue;
      const d = pagoDeOrden(e);
      // A credit's formato de pago is not collection of derechos: the credit's read models count it.
      if (!d) continue;
      await tx.query(
        `INSERT INTO registro_recaudacion_por_delegacion AS r (delegacion, fecha_pago, pagos, importe_derecho, adicional, salvamentos, total)
         VALUES ($1, $2, 1, $3::numeric, $4::numeric, $5::numeric, $6::numeric)
         ON CONFLICT (delegacion, fecha_pago) DO UPDATE SET pagos = r.pagos + 1, importe_derecho = r.importe_derecho + EXCLUDED.importe_derecho,
           adicional = r.adicional + EXCLUDED.adicional, salvamentos = r.salvamentos + EXCLUDED.salvamentos, total = r.total + EXCLUDED.total`,
        [d.delegacion, d.fechaPago, d.importeDerecho, d.adicional, d.salvamentos, d.importeTotal],
      );
    }
  },
});

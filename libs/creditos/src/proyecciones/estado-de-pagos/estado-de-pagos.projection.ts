// The status of every payment applied to credits: by payment (the folio of the PagoRecibido, or the act that
// produced the money: remate, adjudicación, frozen deposits), each credit it reached with what it covered by
// concept (CHP arts. 50-51, 161), what it left over (saldo a favor, art. 53; surplus of a remate, art. 166) and
// whether its cheque bounced (art. 48). The taxpayer of each credit is kept to list a taxpayer's payments.
import type { RecordedEvent, SqlClient } from '@tesoreria/event-store';
import { defineProjection } from '@tesoreria/projections';
import { comoJson } from '../comun/estado-plegado';
import { comoHechoDeCredito } from '../comun/hecho-de-credito';
import { dineroAplicado } from '../comun/pago-del-hecho';

export const proyeccionEstadoDePagos = defineProjection({
  name: 'creditos-estado-de-pagos',
  version: 1,
  tables: ['creditos_pagos_deudores', 'creditos_pagos_aplicados'],
  handles: ['CreditoDeterminado', 'PagoAplicado', 'ParcialidadPagada', 'ChequeNoPagado'],
  schema: `
    CREATE TABLE creditos_pagos_deudores (
      credito_id TEXT PRIMARY KEY, rfc TEXT, curp TEXT, delegacion TEXT NOT NULL
    );
    CREATE TABLE creditos_pagos_aplicados (
      pago_id TEXT NOT NULL, credito_id TEXT NOT NULL, rfc TEXT, curp TEXT, origen TEXT NOT NULL, fecha_pago TEXT NOT NULL,
      importe NUMERIC(18,2) NOT NULL, total_aplicado NUMERIC(18,2) NOT NULL, total_pendiente NUMERIC(18,2), remanente NUMERIC(18,2) NOT NULL,
      partes JSONB NOT NULL, cheque_no_pagado_el TEXT, indemnizacion NUMERIC(18,2), posicion BIGINT NOT NULL,
      PRIMARY KEY (pago_id, credito_id)
    );
    CREATE INDEX creditos_pagos_aplicados_rfc ON creditos_pagos_aplicados (rfc, fecha_pago);
    CREATE INDEX creditos_pagos_aplicados_curp ON creditos_pagos_aplicados (curp, fecha_pago);`,
  async apply(tx: SqlClient, events: readonly RecordedEvent[]): Promise<void> {
    for (const raw of events) {
      const h = comoHechoDeCredito(raw);
      const e = h.evento;
      if (e.type === 'CreditoDeterminado') {
        const c = e.data.contribuyente;
        await tx.query('INSERT INTO creditos_pagos_deudores (credito_id, rfc, curp, delegacion) VALUES ($1,$2,$3,$4)', [h.creditoId, c.rfc, c.curp, e.data.delegacion]);
        continue;
      }
      if (e.type === 'ChequeNoPagado') {
        await tx.query('UPDATE creditos_pagos_aplicados SET cheque_no_pagado_el = $3, indemnizacion = $4::numeric WHERE pago_id = $1 AND credito_id = $2',
          [e.data.pagoId, h.creditoId, e.data.fecha, e.data.indemnizacion]);
        continue;
      }
      const pago = dineroAplicado(h);
      if (!pago) continue;
      await tx.query(
        `INSERT INTO creditos_pagos_aplicados (pago_id, credito_id, rfc, curp, origen, fecha_pago, importe, total_aplicado, total_pendiente, remanente, partes, posicion)
         VALUES ($1, $2, (SELECT rfc FROM creditos_pagos_deudores WHERE credito_id = $2), (SELECT curp FROM creditos_pagos_deudores WHERE credito_id = $2),
           $3, $4, $5::numeric, $6::numeric, $7::numeric, $8::numeric, $9::jsonb, $10)`,
        [pago.pagoId, h.creditoId, pago.origen, pago.fechaPago, pago.importe, pago.totalAplicado, pago.totalPendiente, pago.remanente, comoJson(pago.partes), h.posicion],
      );
    }
  },
});

// The clocks of each credit: prescription of the power to collect (CHP art. 24, interrupted by PAE acts made
// known and by the debtor's acknowledgements, suspended while the PAE is, art. 30) and caducidad of the power to
// determine (art. 67, suspended by a recurso or juicio). The row keeps those facts in the folded state; the dates
// the powers end move with the closed days, so it stores them computed with the law's fixed closures (a lower
// bound) to preselect in SQL, and the queries compute the exact dates with the loaded calendar.
import { relojDeCaducidadDelCredito, relojDePrescripcionDelCredito } from '@tesoreria/domain';
import type { RecordedEvent, SqlClient } from '@tesoreria/event-store';
import { defineProjection } from '@tesoreria/projections';
import { CALENDARIO_DE_COTAS } from '../comun/calendario-de-cotas';
import { comoJson, plegar } from '../comun/estado-plegado';
import { TIPOS_DEL_CREDITO, comoHechoDeCredito } from '../comun/hecho-de-credito';

export const proyeccionRelojes = defineProjection({
  name: 'creditos-relojes',
  version: 1,
  tables: ['creditos_relojes'],
  handles: TIPOS_DEL_CREDITO,
  schema: `
    CREATE TABLE creditos_relojes (
      credito_id TEXT PRIMARY KEY,
      rfc TEXT, curp TEXT,
      delegacion TEXT NOT NULL,
      extinguido BOOLEAN NOT NULL,
      prescripcion_cota TEXT,
      caducidad_cota TEXT,
      estado JSONB NOT NULL,
      posicion BIGINT NOT NULL
    );
    CREATE INDEX creditos_relojes_prescripcion ON creditos_relojes (prescripcion_cota) WHERE NOT extinguido;
    CREATE INDEX creditos_relojes_caducidad ON creditos_relojes (caducidad_cota) WHERE NOT extinguido;`,
  async apply(tx: SqlClient, events: readonly RecordedEvent[]): Promise<void> {
    for (const raw of events) {
      const h = comoHechoDeCredito(raw);
      const { despues: s } = await plegar(tx, 'creditos_relojes', h);
      if (!s.credito) continue;
      const prescripcion = relojDePrescripcionDelCredito(s, CALENDARIO_DE_COTAS)?.vencimiento ?? null;
      const caducidad = relojDeCaducidadDelCredito(s, CALENDARIO_DE_COTAS)?.vencimiento ?? null;
      await tx.query(
        `INSERT INTO creditos_relojes (credito_id, rfc, curp, delegacion, extinguido, prescripcion_cota, caducidad_cota, estado, posicion)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8::jsonb,$9)
         ON CONFLICT (credito_id) DO UPDATE SET extinguido = EXCLUDED.extinguido, prescripcion_cota = EXCLUDED.prescripcion_cota,
           caducidad_cota = EXCLUDED.caducidad_cota, estado = EXCLUDED.estado, posicion = EXCLUDED.posicion`,
        [h.creditoId, s.credito.contribuyente.rfc, s.credito.contribuyente.curp, s.credito.delegacion, s.extincion !== null, prescripcion, caducidad, comoJson(s), h.posicion],
      );
    }
  },
});

// The stage of each credit in the procedimiento administrativo de ejecución (CHP arts. 37, 42, 114-117, 144-145,
// 170, 183) with the date it began. The next legal deadline moves with the closed days (art. 21), which live in
// loaded tables a replay must not read: the row stores the stage's deadlines computed with the law's fixed closures
// (a lower bound of each date) to preselect in SQL, and the folded state the queries recompute them from.
import { etapaYPlazos } from '@tesoreria/domain';
import type { RecordedEvent, SqlClient } from '@tesoreria/event-store';
import { defineProjection } from '@tesoreria/projections';
import { CALENDARIO_DE_COTAS } from '../comun/calendario-de-cotas';
import { comoJson, plegar } from '../comun/estado-plegado';
import { TIPOS_DEL_CREDITO, comoHechoDeCredito } from '../comun/hecho-de-credito';

export const proyeccionEtapaDelPae = defineProjection({
  name: 'creditos-etapa-del-pae',
  version: 1,
  tables: ['creditos_etapas'],
  handles: TIPOS_DEL_CREDITO,
  schema: `
    CREATE TABLE creditos_etapas (
      credito_id TEXT PRIMARY KEY,
      delegacion TEXT NOT NULL,
      etapa TEXT NOT NULL,
      etapa_desde TEXT,
      plazos_cota TEXT[] NOT NULL,
      estado JSONB NOT NULL,
      posicion BIGINT NOT NULL
    );
    CREATE INDEX creditos_etapas_etapa ON creditos_etapas (etapa, etapa_desde);`,
  async apply(tx: SqlClient, events: readonly RecordedEvent[]): Promise<void> {
    for (const raw of events) {
      const h = comoHechoDeCredito(raw);
      const { despues } = await plegar(tx, 'creditos_etapas', h);
      if (!despues.credito) continue;
      const { etapa, desde, plazos } = etapaYPlazos(despues, CALENDARIO_DE_COTAS);
      await tx.query(
        `INSERT INTO creditos_etapas (credito_id, delegacion, etapa, etapa_desde, plazos_cota, estado, posicion) VALUES ($1,$2,$3,$4,$5::text[],$6::jsonb,$7)
         ON CONFLICT (credito_id) DO UPDATE SET etapa = EXCLUDED.etapa, etapa_desde = EXCLUDED.etapa_desde, plazos_cota = EXCLUDED.plazos_cota,
           estado = EXCLUDED.estado, posicion = EXCLUDED.posicion`,
        [h.creditoId, despues.credito.delegacion, etapa, desde, plazos.map((p) => p.fecha).sort(), comoJson(despues), h.posicion],
      );
    }
  },
});

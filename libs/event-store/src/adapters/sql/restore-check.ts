// Refuses to open a store whose sequences are behind its log. That happens after a restore that copied the
// tables but not the sequences (a data-only or table-by-table copy; pg_dump of the whole database brings them):
// new appends would draw positions the log already holds and fail, or stamp a registradoEn earlier than the
// last one recorded. event_store_after_restore (migration 0002) moves them up to the log.
import type { SqlClient } from '../../sql-database';

interface Row {
  max_position: string | number | null;
  drawn: string | number;
  max_ms: string | number | null;
  clock_ms: string | number;
}

export class StoreNeedsRestoreStepError extends Error {
  constructor(detail: string) {
    super(
      `El almacén de eventos no arranca: ${detail}. Así ocurre tras una restauración que no trajo las secuencias. ` +
        'Ejecute infra/scripts/restaurar-almacen.sh --reparar <DATABASE_URL> (o, en psql, SELECT * FROM event_store_after_restore();) ' +
        'y vuelva a arrancar; los eventos no se modifican.',
    );
    this.name = 'StoreNeedsRestoreStepError';
  }
}

export async function assertSequencesCoverLog(db: SqlClient): Promise<void> {
  const r = await db.query<Row>(
    `SELECT (SELECT max(position) FROM events) AS max_position,
            (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM events_position_seq) AS drawn,
            (SELECT floor(extract(epoch FROM max(recorded_at)) * 1000)::bigint FROM events) AS max_ms,
            (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM event_store_clock_ms) AS clock_ms`,
  );
  const row = r.rows[0]!;
  if (row.max_position !== null && Number(row.max_position) > Number(row.drawn)) {
    throw new StoreNeedsRestoreStepError(`la secuencia de posiciones va en ${row.drawn} y el registro ya llega a ${row.max_position}`);
  }
  if (row.max_ms !== null && Number(row.max_ms) > Number(row.clock_ms)) {
    throw new StoreNeedsRestoreStepError(`el reloj de registradoEn va detrás del último evento registrado (${new Date(Number(row.max_ms)).toISOString()})`);
  }
}

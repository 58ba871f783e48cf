// Consecutive numbers without gaps: the folio of a recibo oficial (CHP art. 38, decision 0203) and the serie of an
// orden de pago (decision 0202), kept in the SQL database beside the read models. Inside a unit of work that has
// SQL (PGlite, PostgreSQL) the number is locked, read and stored in the transaction of the append itself, so a
// refused command, a crash or a lost race waste no number. Without it (EventStoreDB) the number is drawn in its
// own statement just before the append: only a crash or a race between that draw and the append leaves a gap.
import type { SqlClient, SqlDatabase } from '@tesoreria/event-store';

export type NombreDeConsecutivo = 'folio_recibo' | 'serie_orden_de_pago' | 'numero_formato_de_pago';

/** Before this table, the numbers came from SQL sequences: a store that used them continues after their value. */
const SECUENCIA_ANTERIOR: Record<NombreDeConsecutivo, string> = {
  folio_recibo: 'registro_folio_recibo',
  serie_orden_de_pago: 'registro_serie_orden_de_pago',
  numero_formato_de_pago: 'registro_numero_formato_de_pago',
};

/** Advisory-lock key per counter (bigint form, two int4s), so payments and orders do not wait on each other. */
const LLAVE: Record<NombreDeConsecutivo, readonly [number, number]> = {
  folio_recibo: [20_503, 1],
  serie_orden_de_pago: [20_502, 1],
  numero_formato_de_pago: [20_504, 1],
};

/** A number taken for one append; `confirmar` stores it as the last one (in the same transaction, when there is one). */
export interface NumeroReservado {
  readonly n: number;
  confirmar(): Promise<void>;
}

export class Consecutivos {
  constructor(private readonly db: SqlDatabase) {}

  /** Creates the table (idempotent), continuing after the sequences of earlier versions. */
  async preparar(): Promise<void> {
    await this.db.exec('CREATE TABLE IF NOT EXISTS registro_consecutivos (nombre TEXT PRIMARY KEY, ultimo BIGINT NOT NULL)');
    for (const [nombre, secuencia] of Object.entries(SECUENCIA_ANTERIOR)) {
      const previa = await this.db.query<{ existe: boolean }>('SELECT to_regclass($1) IS NOT NULL AS existe', [secuencia]);
      const desde = previa.rows[0]?.existe ? `(SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM ${secuencia})` : '0';
      await this.db.query(`INSERT INTO registro_consecutivos (nombre, ultimo) VALUES ($1, ${desde}) ON CONFLICT (nombre) DO NOTHING`, [nombre]);
    }
  }

  /** The last number handed out (0 before the first). */
  ultimo(nombre: NombreDeConsecutivo, client: SqlClient = this.db): Promise<number> {
    return client
      .query<{ ultimo: string }>('SELECT ultimo::text AS ultimo FROM registro_consecutivos WHERE nombre = $1', [nombre])
      .then((r) => Number(r.rows[0]?.ultimo ?? 0));
  }

  /** The next number: held under the counter's lock until `tx` ends, or (tx null) drawn at once by itself. */
  async reservar(nombre: NombreDeConsecutivo, tx: SqlClient | null): Promise<NumeroReservado> {
    if (tx) {
      await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [...LLAVE[nombre]]);
      const n = (await this.ultimo(nombre, tx)) + 1;
      return { n, confirmar: async () => void (await tx.query('UPDATE registro_consecutivos SET ultimo = $2 WHERE nombre = $1', [nombre, n])) };
    }
    const r = await this.db.query<{ ultimo: string }>('UPDATE registro_consecutivos SET ultimo = ultimo + 1 WHERE nombre = $1 RETURNING ultimo::text AS ultimo', [nombre]);
    return { n: Number(r.rows[0]!.ultimo), confirmar: async () => undefined };
  }
}

// The durable record of the days the sweep ran for, so a missed day is caught up: the next run sweeps every
// business day after the last one recorded. A table of its own beside the read models (not a projection: it is
// not built from the log, and a rebuild must not forget it).
import type { Fecha } from '@tesoreria/domain';
import type { SqlDatabase } from '@tesoreria/event-store';

export class BarridosRegistrados {
  private lista: Promise<void> | null = null;

  constructor(private readonly db: SqlDatabase) {}

  private preparar(): Promise<void> {
    this.lista ??= this.db.exec(`CREATE TABLE IF NOT EXISTS creditos_barridos (
      fecha text PRIMARY KEY, eventos integer NOT NULL, veces integer NOT NULL DEFAULT 1, barrido_en timestamptz NOT NULL DEFAULT now())`).then(() => undefined);
    return this.lista;
  }

  async ultimo(): Promise<Fecha | null> {
    await this.preparar();
    const r = await this.db.query<{ f: string | null }>('SELECT max(fecha) AS f FROM creditos_barridos');
    return r.rows[0]?.f ?? null;
  }

  async anotar(fecha: Fecha, eventos: number): Promise<void> {
    await this.preparar();
    await this.db.query(
      `INSERT INTO creditos_barridos (fecha, eventos) VALUES ($1, $2)
       ON CONFLICT (fecha) DO UPDATE SET eventos = creditos_barridos.eventos + excluded.eventos, veces = creditos_barridos.veces + 1, barrido_en = now()`,
      [fecha, eventos]);
  }
}

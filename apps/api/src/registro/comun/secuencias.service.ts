// Serial numbers drawn from SQL sequences: the serie of an orden de pago (inside its línea de captura) and the
// consecutive of a recibo oficial folio (decision 0203). A sequence never hands out the same value twice, even
// across processes; a value drawn for a command that is then refused leaves a gap, which is harmless.
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { SqlDatabase } from '@tesoreria/event-store';
import { SQL_DATABASE } from '../../plataforma/tokens';

export type NombreDeSecuencia = 'registro_serie_orden_de_pago' | 'registro_folio_recibo';

@Injectable()
export class SecuenciasService implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async onModuleInit(): Promise<void> {
    await this.db.exec(`
      CREATE SEQUENCE IF NOT EXISTS registro_serie_orden_de_pago START 1;
      CREATE SEQUENCE IF NOT EXISTS registro_folio_recibo START 1;`);
  }

  async siguiente(nombre: NombreDeSecuencia): Promise<number> {
    const r = await this.db.query<{ v: string }>(`SELECT nextval('${nombre}')::text AS v`);
    return Number(r.rows[0].v);
  }
}

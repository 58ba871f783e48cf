// Reads of the órdenes de pago read model.
import type { SqlClient } from '@tesoreria/event-store';

export interface FilaOrden {
  serie: string;
  linea_de_captura: string;
  clave_derecho: string;
  dependencia: string;
  cantidad: number;
  tarifa: string;
  importe_derecho: string;
  adicional: string;
  salvamentos: string;
  total: string;
  exento_de_adicional: boolean;
  fundamento_adicional: string;
  fecha_emision: string;
  fecha_vigencia: string;
  folio_recibo: string | null;
  fecha_pago: string | null;
  /** The secret of the order's public link; null for orders issued before links had one. */
  token: string | null;
}

export class OrdenesDePagoQueries {
  constructor(private readonly db: SqlClient) {}

  async orden(serie: number): Promise<FilaOrden | null> {
    const r = await this.db.query<FilaOrden>(
      `SELECT serie::text AS serie, linea_de_captura, clave_derecho, dependencia, cantidad, tarifa::text AS tarifa, importe_derecho::text AS importe_derecho,
              adicional::text AS adicional, salvamentos::text AS salvamentos, total::text AS total, exento_de_adicional, fundamento_adicional,
              fecha_emision, fecha_vigencia, folio_recibo, fecha_pago, token
         FROM registro_ordenes_de_pago WHERE serie = $1`,
      [serie],
    );
    return r.rows[0] ?? null;
  }
}

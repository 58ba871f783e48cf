// Reads of the collection by Delegación de Finanzas and payment date (CHP art. 101).
import type { SqlClient } from '@tesoreria/event-store';

export interface FilaRecaudacion {
  delegacion: string;
  fecha_pago: string;
  pagos: number;
  importe_derecho: string;
  adicional: string;
  salvamentos: string;
  total: string;
}

export class RecaudacionPorDelegacionQueries {
  constructor(private readonly db: SqlClient) {}

  async entre(desde: string, hasta: string): Promise<FilaRecaudacion[]> {
    const r = await this.db.query<FilaRecaudacion>(
      `SELECT delegacion, fecha_pago, pagos, importe_derecho::text AS importe_derecho, adicional::text AS adicional,
              salvamentos::text AS salvamentos, total::text AS total
         FROM registro_recaudacion_por_delegacion WHERE fecha_pago BETWEEN $1 AND $2 ORDER BY fecha_pago, delegacion`,
      [desde, hasta],
    );
    return r.rows;
  }
}

// Reads of the servicios read model: what each agency did with the receipts of its catalog.
import type { SqlClient } from '@tesoreria/event-store';

export interface FilaServicio {
  folio_recibo: string;
  tipo: string;
  dependencia: string;
  clave_derecho: string;
  cantidad: number | null;
  fecha: string;
  fecha_pago: string;
  receptor_nombre: string | null;
  receptor_identificacion: string | null;
  motivo: string | null;
  importe: string | null;
  registrado_por: string;
  registrado_en: string;
}

export class ServiciosQueries {
  constructor(private readonly db: SqlClient) {}

  async deDependencia(dependencia: string, limite = 500): Promise<FilaServicio[]> {
    const r = await this.db.query<FilaServicio>(
      `SELECT folio_recibo, tipo, dependencia, clave_derecho, cantidad, fecha, fecha_pago, receptor_nombre, receptor_identificacion, motivo,
              importe::text AS importe, registrado_por, registrado_en
         FROM registro_servicios WHERE dependencia = $1 ORDER BY posicion DESC LIMIT $2`,
      [dependencia, limite],
    );
    return r.rows;
  }
}

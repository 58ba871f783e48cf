// Reads of the recibos read model. Amounts come back as text from NUMERIC.
import type { ReciboParaServicio } from '@tesoreria/domain';
import type { SqlClient } from '@tesoreria/event-store';
import type { AlcanceDeLectura } from '../alcance';

export interface FilaRecibo {
  folio: string;
  linea_de_captura: string;
  serie_orden: string;
  referencia_bancaria: string;
  canal: string;
  institucion: string;
  clave_derecho: string;
  cantidad: number;
  importe_derecho: string;
  adicional: string;
  salvamentos: string;
  importe_total: string;
  rfc: string | null;
  curp: string | null;
  nombre: string;
  fecha_pago: string;
  fecha_vigencia: string;
  medio_de_pago: string;
  delegacion: string;
  estado_servicio: string;
  fecha_otorgamiento: string | null;
  dependencia_otorgante: string | null;
  fecha_constancia: string | null;
  dependencia_constancia: string | null;
  fecha_solicitud_devolucion: string | null;
  importe_devolucion: string | null;
  fecha_orden_de_cobro: string | null;
  total_orden_de_cobro: string | null;
  folio_recibo_diferencia: string | null;
  /** The bank user who posted the payment. */
  registrado_por: string;
}

const COLUMNAS_RECIBO = `folio, linea_de_captura, serie_orden::text AS serie_orden, referencia_bancaria, canal, institucion, clave_derecho, cantidad,
  importe_derecho::text AS importe_derecho, adicional::text AS adicional, salvamentos::text AS salvamentos, importe_total::text AS importe_total,
  rfc, curp, nombre, fecha_pago, fecha_vigencia, medio_de_pago, delegacion, estado_servicio, fecha_otorgamiento, dependencia_otorgante,
  fecha_constancia, dependencia_constancia, fecha_solicitud_devolucion, importe_devolucion::text AS importe_devolucion,
  fecha_orden_de_cobro, total_orden_de_cobro::text AS total_orden_de_cobro, folio_recibo_diferencia, registrado_por`;

export class RecibosQueries {
  constructor(
    private readonly db: SqlClient,
    private readonly alcance: AlcanceDeLectura,
  ) {}

  async recibo(folio: string): Promise<FilaRecibo | null> {
    const r = await this.db.query<FilaRecibo>(`SELECT ${COLUMNAS_RECIBO} FROM registro_recibos WHERE folio = $1`, [folio]);
    return r.rows[0] ?? null;
  }

  /** A just-paid receipt may not be projected yet: look again after catching up. */
  async reciboAlDia(folio: string): Promise<FilaRecibo | null> {
    return this.reciboVisible(folio, () => true);
  }

  /**
   * A receipt the caller may see, or null. An unknown folio and a receipt outside the caller's reach take the
   * same path (catch up, read again), so neither the answer nor its timing tells that the folio exists.
   */
  async reciboVisible(folio: string, visible: (f: FilaRecibo) => boolean): Promise<FilaRecibo | null> {
    const primero = await this.recibo(folio);
    if (primero && visible(primero)) return primero;
    await this.alcance.alcanzar();
    const f = await this.recibo(folio);
    return f && visible(f) ? f : null;
  }

  /** The receipt whose folio AND taxpayer id (RFC or CURP) match; null in every other case. */
  async reciboDelContribuyente(folio: string, identificador: string): Promise<FilaRecibo | null> {
    const r = await this.db.query<FilaRecibo>(`SELECT ${COLUMNAS_RECIBO} FROM registro_recibos WHERE folio = $1 AND (rfc = $2 OR curp = $2)`, [
      folio,
      identificador,
    ]);
    return r.rows[0] ?? null;
  }
}

/** What a receipt paid: the derecho, how many, and its amounts (LD art. 11; adicional CHP art. 265). */
function loQuePago(f: FilaRecibo) {
  return {
    folio: f.folio,
    claveDerecho: f.clave_derecho,
    cantidad: f.cantidad,
    importeDerecho: f.importe_derecho,
    adicional: f.adicional,
    salvamentos: f.salvamentos,
    importeTotal: f.importe_total,
    fechaPago: f.fecha_pago,
  };
}

/** The facts of a projected receipt the ServicioRegistrado decider takes as its argument. */
export function reciboParaServicio(f: FilaRecibo | null): ReciboParaServicio | null {
  return f ? { ...loQuePago(f), estado: 'pagado' } : null;
}

/** The whole receipt as staff, its bank or its agency read it (GET /api/recibos/:folio). */
export function reciboCompleto(f: FilaRecibo) {
  return {
    ...loQuePago(f),
    lineaDeCaptura: f.linea_de_captura,
    referenciaBancaria: f.referencia_bancaria,
    institucion: f.institucion,
    contribuyente: { rfc: f.rfc, curp: f.curp, nombre: f.nombre },
    medioDePago: f.medio_de_pago,
    delegacion: f.delegacion,
    estadoServicio: f.estado_servicio,
    fechaOtorgamiento: f.fecha_otorgamiento,
    dependenciaOtorgante: f.dependencia_otorgante,
    fechaConstancia: f.fecha_constancia,
    fechaSolicitudDevolucion: f.fecha_solicitud_devolucion,
    fechaOrdenDeCobro: f.fecha_orden_de_cobro,
    totalOrdenDeCobro: f.total_orden_de_cobro,
  };
}

// Reads of the registry's read models (libs/projections/src/registro). Amounts come back as text from NUMERIC.
import { HttpException, Inject, Injectable, Logger } from '@nestjs/common';
import type { ReciboParaServicio } from '@tesoreria/domain';
import type { SqlDatabase } from '@tesoreria/event-store';
import type { Configuracion } from '../../configuracion';
import { posicionEscrita } from '../../http/contexto-de-solicitud';
import { problema } from '../../http/problem';
import type { DaemonDeProyecciones } from '../../plataforma/puertos';
import { CONFIGURACION, PROJECTION_DAEMON, SQL_DATABASE } from '../../plataforma/tokens';

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

export interface FilaRecaudacion {
  delegacion: string;
  fecha_pago: string;
  pagos: number;
  importe_derecho: string;
  adicional: string;
  salvamentos: string;
  total: string;
}

@Injectable()
export class LectorDeRegistro {
  private readonly logger = new Logger('Registro');

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(PROJECTION_DAEMON) private readonly daemon: DaemonDeProyecciones,
    @Inject(CONFIGURACION) private readonly config: Configuracion,
  ) {}

  /**
   * Read-your-writes: wait until the projections reach what this request wrote (or, when it wrote nothing, the
   * head of the log), for at most REGISTRO_ESPERA_LECTURA_MS. Past that bound, or with a projection failed, the
   * answer is 503: never a read model that does not show the request's own write yet.
   */
  async alcanzar(ms = this.config.esperaDeLecturaMs): Promise<void> {
    const posicion = posicionEscrita();
    try {
      await this.daemon.alcanzar(posicion > 0 ? posicion : undefined, ms);
    } catch (error) {
      this.logger.warn(`Las proyecciones no alcanzaron la posición ${posicion > 0 ? posicion : 'de la cabeza'} en ${ms} ms: ${error instanceof Error ? error.message : String(error)}`);
      const segundos = (ms / 1000).toLocaleString('es-MX');
      throw new HttpException(
        problema(
          503,
          posicion > 0
            ? `La operación quedó registrada, pero las consultas todavía no la reflejan después de ${segundos} s; consulte de nuevo en unos momentos. Repetir la solicitud con la misma clave no la registra dos veces.`
            : `Las consultas no están al día con el registro después de ${segundos} s; intente de nuevo en unos momentos.`,
          { codigo: 'consulta-no-actualizada', registrada: posicion > 0 },
        ),
        503,
      );
    }
  }

  async recibo(folio: string): Promise<FilaRecibo | null> {
    const r = await this.db.query<FilaRecibo>(`SELECT ${COLUMNAS_RECIBO} FROM registro_recibos WHERE folio = $1`, [folio]);
    return r.rows[0] ?? null;
  }

  /** A just-paid receipt may not be projected yet: look again after catching up. */
  async reciboAlDia(folio: string): Promise<FilaRecibo | null> {
    const primero = await this.recibo(folio);
    if (primero) return primero;
    await this.alcanzar();
    return this.recibo(folio);
  }

  /**
   * A receipt the caller may see, or null. An unknown folio and a receipt outside the caller's reach take the
   * same path (catch up, read again), so neither the answer nor its timing tells that the folio exists.
   */
  async reciboVisible(folio: string, visible: (f: FilaRecibo) => boolean): Promise<FilaRecibo | null> {
    const primero = await this.recibo(folio);
    if (primero && visible(primero)) return primero;
    await this.alcanzar();
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

  async serviciosDeDependencia(dependencia: string, limite = 500): Promise<FilaServicio[]> {
    const r = await this.db.query<FilaServicio>(
      `SELECT folio_recibo, tipo, dependencia, clave_derecho, cantidad, fecha, fecha_pago, receptor_nombre, receptor_identificacion, motivo,
              importe::text AS importe, registrado_por, registrado_en
         FROM registro_servicios WHERE dependencia = $1 ORDER BY posicion DESC LIMIT $2`,
      [dependencia, limite],
    );
    return r.rows;
  }

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

  async recaudacion(desde: string, hasta: string): Promise<FilaRecaudacion[]> {
    const r = await this.db.query<FilaRecaudacion>(
      `SELECT delegacion, fecha_pago, pagos, importe_derecho::text AS importe_derecho, adicional::text AS adicional,
              salvamentos::text AS salvamentos, total::text AS total
         FROM registro_recaudacion_por_delegacion WHERE fecha_pago BETWEEN $1 AND $2 ORDER BY fecha_pago, delegacion`,
      [desde, hasta],
    );
    return r.rows;
  }
}

/** The facts of a projected receipt the ServicioOtorgado decider takes as its argument. */
export function reciboParaServicio(f: FilaRecibo | null): ReciboParaServicio | null {
  if (!f) return null;
  return {
    folio: f.folio,
    claveDerecho: f.clave_derecho,
    cantidad: f.cantidad,
    importeDerecho: f.importe_derecho,
    adicional: f.adicional,
    salvamentos: f.salvamentos,
    importeTotal: f.importe_total,
    fechaPago: f.fecha_pago,
    estado: 'pagado',
  };
}

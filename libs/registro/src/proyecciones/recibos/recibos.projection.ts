// Recibos oficiales (CHP art. 38; LD arts. 5-6): each paid receipt by folio with the taxpayer's RFC/CURP, the
// amounts, and what the agency did with it (service granted, constancia de no prestación, refund requested,
// orden de autorización de cobro, difference paid). The citizen's consultation and the agencies read it.
// Version 2 records the bank user who posted the payment (registrado_por), so a bank reads only its own receipts.
import type { RecordedEvent, SqlClient } from '@tesoreria/event-store';
import { defineProjection } from '@tesoreria/projections';
import { comoEventoDelRegistro, pagoDeOrden } from '../eventos';
import { COLUMNAS_DEL_DESGLOSE } from '../desglose';

export type EstadoDelServicio =
  | 'sin-otorgar'
  | 'otorgado'
  | 'constancia-de-no-prestacion'
  | 'devolucion-solicitada'
  | 'orden-de-autorizacion-de-cobro'
  | 'diferencia-pagada';

export const proyeccionRecibos = defineProjection({
  name: 'registro-recibos',
  version: 2,
  tables: ['registro_recibos'],
  handles: [
    'PagoRecibido',
    'ServicioRegistrado',
    'ConstanciaDeNoPrestacionEmitida',
    'DevolucionSolicitada',
    'OrdenDeAutorizacionDeCobroEmitida',
    'DiferenciaPagada',
  ],
  schema: `
    CREATE TABLE registro_recibos (
      folio TEXT PRIMARY KEY,
      linea_de_captura TEXT NOT NULL UNIQUE,
      serie_orden BIGINT NOT NULL,
      referencia_bancaria TEXT NOT NULL,
      canal TEXT NOT NULL,
      institucion TEXT NOT NULL,
      clave_derecho TEXT NOT NULL,
      cantidad INTEGER NOT NULL,
      ${COLUMNAS_DEL_DESGLOSE},
      importe_total NUMERIC(18,2) NOT NULL,
      rfc TEXT,
      curp TEXT,
      nombre TEXT NOT NULL,
      fecha_pago TEXT NOT NULL,
      fecha_vigencia TEXT NOT NULL,
      medio_de_pago TEXT NOT NULL,
      delegacion TEXT NOT NULL,
      estado_servicio TEXT NOT NULL DEFAULT 'sin-otorgar',
      fecha_otorgamiento TEXT,
      dependencia_otorgante TEXT,
      fecha_constancia TEXT,
      dependencia_constancia TEXT,
      fecha_solicitud_devolucion TEXT,
      importe_devolucion NUMERIC(18,2),
      fecha_orden_de_cobro TEXT,
      total_orden_de_cobro NUMERIC(18,2),
      folio_recibo_diferencia TEXT,
      registrado_por TEXT NOT NULL,
      posicion BIGINT NOT NULL
    );
    CREATE INDEX registro_recibos_rfc ON registro_recibos (rfc);
    CREATE INDEX registro_recibos_curp ON registro_recibos (curp);`,
  async apply(tx: SqlClient, events: readonly RecordedEvent[]): Promise<void> {
    for (const raw of events) {
      const e = comoEventoDelRegistro(raw);
      switch (e.type) {
        case 'PagoRecibido': {
          const d = pagoDeOrden(e);
          // The recibos of derechos only: a credit's formato de pago has its receipt in the credit's read models.
          if (!d) break;
          await tx.query(
            `INSERT INTO registro_recibos (folio, linea_de_captura, serie_orden, referencia_bancaria, canal, institucion, clave_derecho, cantidad,
               importe_derecho, adicional, salvamentos, importe_total, rfc, curp, nombre, fecha_pago, fecha_vigencia, medio_de_pago, delegacion, posicion, registrado_por)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::numeric, $10::numeric, $11::numeric, $12::numeric, $13, $14, $15, $16, $17, $18, $19, $20, $21)`,
            [d.folio, d.lineaDeCaptura, d.serieOrden, d.referenciaBancaria, d.canal, d.institucion, d.claveDerecho, d.cantidad, d.importeDerecho,
              d.adicional, d.salvamentos, d.importeTotal, d.contribuyente.rfc, d.contribuyente.curp, d.contribuyente.nombre, d.fechaPago,
              d.fechaVigencia, d.medioDePago, d.delegacion, e.position, raw.metadata.actor.userId],
          );
          break;
        }
        case 'ServicioRegistrado':
          await tx.query(
            `UPDATE registro_recibos SET estado_servicio = 'otorgado', fecha_otorgamiento = $2, dependencia_otorgante = $3, posicion = $4 WHERE folio = $1`,
            [e.data.folioRecibo, e.data.fechaOtorgamiento, e.data.dependencia, e.position],
          );
          break;
        case 'ConstanciaDeNoPrestacionEmitida':
          await tx.query(
            `UPDATE registro_recibos SET estado_servicio = 'constancia-de-no-prestacion', fecha_constancia = $2, dependencia_constancia = $3, posicion = $4 WHERE folio = $1`,
            [e.data.folioRecibo, e.data.fechaEmision, e.data.dependencia, e.position],
          );
          break;
        case 'DevolucionSolicitada':
          await tx.query(
            `UPDATE registro_recibos SET estado_servicio = 'devolucion-solicitada', fecha_solicitud_devolucion = $2, importe_devolucion = $3::numeric, posicion = $4 WHERE folio = $1`,
            [e.data.folioRecibo, e.data.fechaSolicitud, e.data.importe, e.position],
          );
          break;
        case 'OrdenDeAutorizacionDeCobroEmitida':
          await tx.query(
            `UPDATE registro_recibos SET estado_servicio = 'orden-de-autorizacion-de-cobro', fecha_orden_de_cobro = $2, total_orden_de_cobro = $3::numeric, posicion = $4 WHERE folio = $1`,
            [e.data.folioRecibo, e.data.fechaPrestacion, e.data.total, e.position],
          );
          break;
        case 'DiferenciaPagada':
          await tx.query(
            `UPDATE registro_recibos SET estado_servicio = 'diferencia-pagada', folio_recibo_diferencia = $2, posicion = $3 WHERE folio = $1`,
            [e.data.folioRecibo, e.data.folioReciboDiferencia, e.position],
          );
          break;
        default:
          break;
      }
    }
  },
});

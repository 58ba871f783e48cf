// What each agency registered (ROS; LD art. 6): services granted, constancias de no prestación and órdenes de
// autorización de cobro, keyed by receipt and kind, so an agency lists only its own acts.
import type { RecordedEvent, SqlClient } from '@tesoreria/event-store';
import { defineProjection } from '@tesoreria/projections';
import { comoEventoDelRegistro } from '../eventos';

export type TipoDeActo = 'servicio-otorgado' | 'constancia-de-no-prestacion' | 'orden-de-autorizacion-de-cobro';

export const proyeccionServicios = defineProjection({
  name: 'registro-servicios',
  version: 1,
  tables: ['registro_servicios'],
  handles: ['ServicioRegistrado', 'ConstanciaDeNoPrestacionEmitida', 'OrdenDeAutorizacionDeCobroEmitida'],
  schema: `
    CREATE TABLE registro_servicios (
      folio_recibo TEXT NOT NULL,
      tipo TEXT NOT NULL,
      dependencia TEXT NOT NULL,
      clave_derecho TEXT NOT NULL,
      cantidad INTEGER,
      fecha TEXT NOT NULL,
      fecha_pago TEXT NOT NULL,
      receptor_nombre TEXT,
      receptor_identificacion TEXT,
      motivo TEXT,
      importe NUMERIC(18,2),
      registrado_por TEXT NOT NULL,
      registrado_en TEXT NOT NULL,
      posicion BIGINT NOT NULL,
      PRIMARY KEY (folio_recibo, tipo)
    );
    CREATE INDEX registro_servicios_dependencia ON registro_servicios (dependencia, posicion);`,
  async apply(tx: SqlClient, events: readonly RecordedEvent[]): Promise<void> {
    for (const raw of events) {
      const e = comoEventoDelRegistro(raw);
      const comun = [e.metadata.actor.userId, e.metadata.registradoEn, e.position];
      switch (e.type) {
        case 'ServicioRegistrado': {
          const d = e.data;
          await tx.query(
            `INSERT INTO registro_servicios (folio_recibo, tipo, dependencia, clave_derecho, cantidad, fecha, fecha_pago, receptor_nombre,
               receptor_identificacion, registrado_por, registrado_en, posicion)
             VALUES ($1, 'servicio-otorgado', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
            [d.folioRecibo, d.dependencia, d.claveDerecho, d.cantidad, d.fechaOtorgamiento, d.fechaPago, d.receptor.nombre, d.receptor.identificacion, ...comun],
          );
          break;
        }
        case 'ConstanciaDeNoPrestacionEmitida': {
          const d = e.data;
          await tx.query(
            `INSERT INTO registro_servicios (folio_recibo, tipo, dependencia, clave_derecho, fecha, fecha_pago, motivo, importe, registrado_por, registrado_en, posicion)
             VALUES ($1, 'constancia-de-no-prestacion', $2, $3, $4, $5, $6, $7::numeric, $8, $9, $10)`,
            [d.folioRecibo, d.dependencia, d.claveDerecho, d.fechaEmision, d.fechaPago, d.motivo, d.importeTotal, ...comun],
          );
          break;
        }
        case 'OrdenDeAutorizacionDeCobroEmitida': {
          const d = e.data;
          await tx.query(
            `INSERT INTO registro_servicios (folio_recibo, tipo, dependencia, clave_derecho, cantidad, fecha, fecha_pago, importe, registrado_por, registrado_en, posicion)
             VALUES ($1, 'orden-de-autorizacion-de-cobro', $2, $3, $4, $5, $6, $7::numeric, $8, $9, $10)`,
            [d.folioRecibo, d.dependencia, d.claveDerecho, d.cantidad, d.fechaPrestacion, d.fechaPago, d.total, ...comun],
          );
          break;
        }
        default:
          break;
      }
    }
  },
});

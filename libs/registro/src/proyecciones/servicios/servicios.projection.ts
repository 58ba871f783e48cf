// What each agency registered (ROS; LD art. 6): services granted, constancias de no prestación and órdenes de
// autorización de cobro, keyed by receipt and kind, so an agency lists only its own acts.
import type { RecordedEvent, SqlClient } from '@tesoreria/event-store';
import { defineProjection } from '@tesoreria/projections';
import { comoEventoDelRegistro, type EventoDelRegistro } from '../eventos';

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
      const acto = actoDe(e);
      if (!acto) continue;
      await tx.query(
        `INSERT INTO registro_servicios (folio_recibo, tipo, dependencia, clave_derecho, cantidad, fecha, fecha_pago, receptor_nombre,
           receptor_identificacion, motivo, importe, registrado_por, registrado_en, posicion)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::numeric, $12, $13, $14)`,
        [
          acto.folioRecibo,
          acto.tipo,
          acto.dependencia,
          acto.claveDerecho,
          acto.cantidad ?? null,
          acto.fecha,
          acto.fechaPago,
          acto.receptor?.nombre ?? null,
          acto.receptor?.identificacion ?? null,
          acto.motivo ?? null,
          acto.importe ?? null,
          e.metadata.actor.userId,
          e.metadata.registradoEn,
          e.position,
        ],
      );
    }
  },
});

/** One row of the read model: what an agency did with a receipt, whatever the kind of act. */
interface Acto {
  readonly folioRecibo: string;
  readonly tipo: TipoDeActo;
  readonly dependencia: string;
  readonly claveDerecho: string;
  readonly cantidad?: number;
  /** When the act took place: the service granted, the constancia or the orden de cobro issued. */
  readonly fecha: string;
  readonly fechaPago: string;
  readonly receptor?: { readonly nombre: string; readonly identificacion: string | null };
  readonly motivo?: string;
  readonly importe?: string;
}

function actoDe(e: EventoDelRegistro): Acto | null {
  switch (e.type) {
    case 'ServicioRegistrado': {
      const d = e.data;
      return { ...comunes(d), tipo: 'servicio-otorgado', cantidad: d.cantidad, fecha: d.fechaOtorgamiento, receptor: d.receptor };
    }
    case 'ConstanciaDeNoPrestacionEmitida': {
      const d = e.data;
      return { ...comunes(d), tipo: 'constancia-de-no-prestacion', fecha: d.fechaEmision, motivo: d.motivo, importe: d.importeTotal };
    }
    case 'OrdenDeAutorizacionDeCobroEmitida': {
      const d = e.data;
      return { ...comunes(d), tipo: 'orden-de-autorizacion-de-cobro', cantidad: d.cantidad, fecha: d.fechaPrestacion, importe: d.total };
    }
    default:
      return null;
  }
}

const comunes = (d: { folioRecibo: string; dependencia: string; claveDerecho: string; fechaPago: string }) => ({
  folioRecibo: d.folioRecibo,
  dependencia: d.dependencia,
  claveDerecho: d.claveDerecho,
  fechaPago: d.fechaPago,
});

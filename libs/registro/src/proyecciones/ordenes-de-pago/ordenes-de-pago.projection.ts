// Órdenes de pago (LD art. 5, decision 0202): each order by serie and línea de captura, and whether a bank has
// paid it (the folio of its recibo oficial). Version 2 keeps the secret of the order's public link (issue 9, item 11).
import type { RecordedEvent, SqlClient } from '@tesoreria/event-store';
import { defineProjection } from '@tesoreria/projections';
import { comoEventoDelRegistro, pagoDeOrden } from '../eventos';
import { COLUMNAS_DEL_DESGLOSE } from '../desglose';

export const proyeccionOrdenesDePago = defineProjection({
  name: 'registro-ordenes-de-pago',
  version: 2,
  tables: ['registro_ordenes_de_pago'],
  handles: ['OrdenDePagoEmitida', 'PagoRecibido'],
  schema: `
    CREATE TABLE registro_ordenes_de_pago (
      serie BIGINT PRIMARY KEY,
      linea_de_captura TEXT NOT NULL UNIQUE,
      clave_derecho TEXT NOT NULL,
      dependencia TEXT NOT NULL,
      cantidad INTEGER NOT NULL,
      tarifa NUMERIC(18,2) NOT NULL,
      ${COLUMNAS_DEL_DESGLOSE},
      total NUMERIC(18,2) NOT NULL,
      exento_de_adicional BOOLEAN NOT NULL,
      fundamento_adicional TEXT NOT NULL,
      fecha_emision TEXT NOT NULL,
      fecha_vigencia TEXT NOT NULL,
      folio_recibo TEXT,
      fecha_pago TEXT,
      token TEXT,
      posicion BIGINT NOT NULL
    );`,
  async apply(tx: SqlClient, events: readonly RecordedEvent[]): Promise<void> {
    for (const raw of events) {
      const e = comoEventoDelRegistro(raw);
      switch (e.type) {
        case 'OrdenDePagoEmitida': {
          const d = e.data;
          await tx.query(
            `INSERT INTO registro_ordenes_de_pago (serie, linea_de_captura, clave_derecho, dependencia, cantidad, tarifa, importe_derecho,
               adicional, salvamentos, total, exento_de_adicional, fundamento_adicional, fecha_emision, fecha_vigencia, token, posicion)
             VALUES ($1, $2, $3, $4, $5, $6::numeric, $7::numeric, $8::numeric, $9::numeric, $10::numeric, $11, $12, $13, $14, $15, $16)`,
            [d.serie, d.lineaDeCaptura, d.claveDerecho, d.dependencia, d.cantidad, d.tarifa, d.importeDerecho, d.adicional, d.salvamentos, d.total,
              d.exentoDeAdicional, d.fundamentoAdicional, d.fechaEmision, d.fechaVigencia, d.token ?? null, e.position],
          );
          break;
        }
        case 'PagoRecibido': {
          const d = pagoDeOrden(e);
          // Only the payment of an orden de pago marks an order paid; a credit's formato de pago is no order's.
          if (!d) break;
          await tx.query('UPDATE registro_ordenes_de_pago SET folio_recibo = $2, fecha_pago = $3 WHERE serie = $1', [d.paga.serieOrden, d.folio, d.fechaPago]);
          break;
        }
        default:
          break;
      }
    }
  },
});

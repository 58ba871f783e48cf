// The account of each crédito fiscal: who owes it (RFC/CURP), the Delegación of CHP art. 101, its origin, concept,
// period and historic amount, the notification and its deadlines (CHP arts. 37, 107-108, 170), whether it is
// exigible and firme, each payment applied with its breakdown by concept (arts. 50-51) and the balance by concept
// as bases (historic principal still owed, recargos owed at the last payment, gastos, indemnización): what accrues
// with time is computed by the queries as of a date. It also keeps every fact of the credit with its legal date
// and who recorded it: the credit's timeline, and what the estado de cuenta folds to answer as of a past date.
import { Dec, aTexto, suma, etapaYPlazos, type EstadoDeCredito } from '@tesoreria/domain';
import type { RecordedEvent, SqlClient } from '@tesoreria/event-store';
import { defineProjection } from '@tesoreria/projections';
import { CALENDARIO_DE_COTAS } from '../comun/calendario-de-cotas';
import { comoJson, plegar } from '../comun/estado-plegado';
import { dineroAplicado } from '../comun/pago-del-hecho';
import { TIPOS_DEL_CREDITO, comoHechoDeCredito, type HechoDeCredito } from '../comun/hecho-de-credito';

async function guardarCuenta(tx: SqlClient, h: HechoDeCredito, s: EstadoDeCredito): Promise<void> {
  const c = s.credito;
  if (!c) return;
  const b = s.bases;
  const { etapa, desde } = etapaYPlazos(s, CALENDARIO_DE_COTAS);
  await tx.query(
    `INSERT INTO creditos_cuentas (credito_id, rfc, curp, nombre, delegacion, origen, concepto, descripcion, periodo, importe_historico,
       fecha_determinacion, fecha_del_hecho, medio_de_notificacion, fecha_notificacion, fecha_surte_efectos, fecha_limite_pago, fecha_limite_impugnacion,
       exigible_desde, firme_desde, etapa, etapa_desde, extinguido_por, historico_pendiente, actualiza_desde, recargos_al_corte, corte,
       indemnizacion, gastos_pendientes, saldo_a_favor, en_convenio, estado, posicion)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10::numeric,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23::numeric,$24,$25::numeric,$26,
       $27::numeric,$28::numeric,$29::numeric,$30,$31::jsonb,$32)
     ON CONFLICT (credito_id) DO UPDATE SET medio_de_notificacion = EXCLUDED.medio_de_notificacion, fecha_notificacion = EXCLUDED.fecha_notificacion,
       fecha_surte_efectos = EXCLUDED.fecha_surte_efectos, fecha_limite_pago = EXCLUDED.fecha_limite_pago, fecha_limite_impugnacion = EXCLUDED.fecha_limite_impugnacion,
       exigible_desde = EXCLUDED.exigible_desde, firme_desde = EXCLUDED.firme_desde, etapa = EXCLUDED.etapa, etapa_desde = EXCLUDED.etapa_desde,
       extinguido_por = EXCLUDED.extinguido_por, historico_pendiente = EXCLUDED.historico_pendiente, actualiza_desde = EXCLUDED.actualiza_desde,
       recargos_al_corte = EXCLUDED.recargos_al_corte, corte = EXCLUDED.corte, indemnizacion = EXCLUDED.indemnizacion,
       gastos_pendientes = EXCLUDED.gastos_pendientes, saldo_a_favor = EXCLUDED.saldo_a_favor, en_convenio = EXCLUDED.en_convenio,
       estado = EXCLUDED.estado, posicion = EXCLUDED.posicion`,
    [c.creditoId, c.contribuyente.rfc ?? null, c.contribuyente.curp ?? null, c.contribuyente.nombre, c.delegacion, c.origen, c.concepto, c.descripcion,
      c.periodo, c.importeHistorico, c.fechaDeterminacion, c.fechaDelHecho, s.notificacion?.medio ?? null, s.notificacion?.fechaNotificacion ?? null,
      s.notificacion?.fechaSurteEfectos ?? null, s.fechaLimitePago, s.notificacion?.fechaLimiteImpugnacion ?? null, s.exigible?.fecha ?? null,
      s.firme?.fecha ?? null, etapa, desde, s.extincion?.como ?? null, b.historicoPendiente, b.desde, b.recargosFijos, b.corte, b.indemnizacion,
      aTexto(suma(b.gastos.map((g) => new Dec(g.saldo)))), s.saldoAFavor, s.convenio.estado === 'vigente', comoJson(s), h.posicion],
  );
}

async function guardarPago(tx: SqlClient, h: HechoDeCredito): Promise<void> {
  const pago = dineroAplicado(h);
  if (pago) {
    await tx.query(
      `INSERT INTO creditos_cuentas_pagos (credito_id, pago_id, origen, fecha_pago, importe, total_aplicado, total_pendiente, remanente, partes, posicion)
       VALUES ($1,$2,$3,$4,$5::numeric,$6::numeric,$7::numeric,$8::numeric,$9::jsonb,$10)`,
      [h.creditoId, pago.pagoId, pago.origen, pago.fechaPago, pago.importe, pago.totalAplicado, pago.totalPendiente, pago.remanente, comoJson(pago.partes), h.posicion],
    );
  }
  const e = h.evento;
  if (e.type === 'ChequeNoPagado') {
    await tx.query('UPDATE creditos_cuentas_pagos SET cheque_no_pagado_el = $3 WHERE credito_id = $1 AND pago_id = $2', [h.creditoId, e.data.pagoId, e.data.fecha]);
  }
}

export const proyeccionCuentaDelCredito = defineProjection({
  name: 'creditos-cuenta-del-credito',
  version: 1,
  tables: ['creditos_cuentas', 'creditos_cuentas_pagos', 'creditos_cuentas_hechos'],
  handles: TIPOS_DEL_CREDITO,
  schema: `
    CREATE TABLE creditos_cuentas (
      credito_id TEXT PRIMARY KEY,
      rfc TEXT, curp TEXT, nombre TEXT NOT NULL,
      delegacion TEXT NOT NULL, origen TEXT NOT NULL, concepto TEXT NOT NULL, descripcion TEXT NOT NULL, periodo TEXT NOT NULL,
      importe_historico NUMERIC(18,2) NOT NULL, fecha_determinacion TEXT NOT NULL, fecha_del_hecho TEXT NOT NULL,
      medio_de_notificacion TEXT, fecha_notificacion TEXT, fecha_surte_efectos TEXT, fecha_limite_pago TEXT, fecha_limite_impugnacion TEXT,
      exigible_desde TEXT, firme_desde TEXT, etapa TEXT NOT NULL, etapa_desde TEXT, extinguido_por TEXT,
      historico_pendiente NUMERIC(18,2) NOT NULL, actualiza_desde TEXT, recargos_al_corte NUMERIC(18,2) NOT NULL, corte TEXT,
      indemnizacion NUMERIC(18,2) NOT NULL, gastos_pendientes NUMERIC(18,2) NOT NULL, saldo_a_favor NUMERIC(18,2) NOT NULL,
      en_convenio BOOLEAN NOT NULL, estado JSONB NOT NULL, posicion BIGINT NOT NULL
    );
    CREATE INDEX creditos_cuentas_rfc ON creditos_cuentas (rfc);
    CREATE INDEX creditos_cuentas_curp ON creditos_cuentas (curp);
    CREATE INDEX creditos_cuentas_lista ON creditos_cuentas (delegacion, etapa, fecha_determinacion);
    CREATE TABLE creditos_cuentas_pagos (
      credito_id TEXT NOT NULL, pago_id TEXT NOT NULL, origen TEXT NOT NULL, fecha_pago TEXT NOT NULL,
      importe NUMERIC(18,2) NOT NULL, total_aplicado NUMERIC(18,2) NOT NULL, total_pendiente NUMERIC(18,2), remanente NUMERIC(18,2) NOT NULL,
      partes JSONB NOT NULL, cheque_no_pagado_el TEXT, posicion BIGINT NOT NULL,
      PRIMARY KEY (credito_id, pago_id)
    );
    CREATE TABLE creditos_cuentas_hechos (
      credito_id TEXT NOT NULL, revision INTEGER NOT NULL, posicion BIGINT NOT NULL, tipo TEXT NOT NULL, fecha TEXT NOT NULL,
      datos JSONB NOT NULL, actor JSONB NOT NULL, registrado_en TEXT NOT NULL,
      PRIMARY KEY (credito_id, revision)
    );`,
  async apply(tx: SqlClient, events: readonly RecordedEvent[]): Promise<void> {
    for (const raw of events) {
      const h = comoHechoDeCredito(raw);
      await tx.query(
        `INSERT INTO creditos_cuentas_hechos (credito_id, revision, posicion, tipo, fecha, datos, actor, registrado_en) VALUES ($1,$2,$3,$4,$5,$6::jsonb,$7::jsonb,$8)`,
        [h.creditoId, h.revision, h.posicion, h.evento.type, h.fecha, comoJson(h.evento.data), comoJson(h.actor), h.registradoEn],
      );
      const { despues } = await plegar(tx, 'creditos_cuentas', h);
      await guardarCuenta(tx, h, despues);
      await guardarPago(tx, h);
    }
  },
});

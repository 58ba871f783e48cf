// Reads of the credit's account: one credit with its payments and balance by concept (bases), the cobranza list
// with filters and pages, the timeline of facts, and the state folded from the facts up to a legal date (what the
// estado de cuenta needs to answer as of a past date: a payment after it is not counted).
import { estadoInicialDeCredito, evolucionarCredito, type EstadoDeCredito, type EtapaDelCredito, type EventoDeCredito, type Fecha } from '@tesoreria/domain';
import type { SqlClient } from '@tesoreria/event-store';
import { comoEstado } from '../comun/estado-plegado';
import type { DineroAplicado } from '../comun/pago-del-hecho';

export interface PagoDeLaCuenta extends DineroAplicado {
  /** CHP art. 48: the cheque bounced on that date and what it covered is owed again. */
  readonly chequeNoPagadoEl: Fecha | null;
}

/** The balance by concept as recorded: bases only; the estado de cuenta adds what accrued up to a date. */
export interface SaldoBase {
  readonly historicoPendiente: string;
  /** Actualización and recargos accrue on historicoPendiente from this date (CHP arts. 43-45), unless in a convenio. */
  readonly actualizaDesde: Fecha | null;
  readonly recargosAlCorte: string;
  readonly corte: Fecha | null;
  readonly indemnizacion: string;
  readonly gastosPendientes: string;
  readonly gastos: EstadoDeCredito['bases']['gastos'];
  readonly saldoAFavor: string;
  readonly enConvenio: boolean;
}

export interface ResumenDeCredito {
  readonly creditoId: string;
  readonly contribuyente: { readonly rfc: string | null; readonly curp: string | null; readonly nombre: string };
  readonly delegacion: string;
  readonly origen: string;
  readonly concepto: string;
  readonly descripcion: string;
  readonly periodo: string;
  readonly importeHistorico: string;
  readonly fechaDeterminacion: Fecha;
  readonly fechaLimitePago: Fecha | null;
  readonly exigible: boolean;
  readonly firme: boolean;
  readonly etapa: EtapaDelCredito;
  readonly etapaDesde: Fecha | null;
}

export interface CuentaDelCredito extends ResumenDeCredito {
  readonly fechaDelHecho: Fecha;
  readonly notificacion: { readonly medio: string; readonly fecha: Fecha; readonly surteEfectos: Fecha; readonly fechaLimiteImpugnacion: Fecha } | null;
  readonly exigibleDesde: Fecha | null;
  readonly firmeDesde: Fecha | null;
  readonly extinguidoPor: string | null;
  readonly saldo: SaldoBase;
  readonly pagos: readonly PagoDeLaCuenta[];
  /** The folded state (bases): what the domain's read functions take. */
  readonly estado: EstadoDeCredito;
}

type Fila = Record<string, unknown>;
const texto = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const jsonb = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

function resumen(f: Fila): ResumenDeCredito {
  return {
    creditoId: String(f.credito_id),
    contribuyente: { rfc: texto(f.rfc), curp: texto(f.curp), nombre: String(f.nombre) },
    delegacion: String(f.delegacion), origen: String(f.origen), concepto: String(f.concepto), descripcion: String(f.descripcion), periodo: String(f.periodo),
    importeHistorico: String(f.importe_historico), fechaDeterminacion: String(f.fecha_determinacion), fechaLimitePago: texto(f.fecha_limite_pago),
    exigible: f.exigible_desde !== null, firme: f.firme_desde !== null, etapa: f.etapa as EtapaDelCredito, etapaDesde: texto(f.etapa_desde),
  };
}

const COLUMNAS_DEL_RESUMEN = 'credito_id, rfc, curp, nombre, delegacion, origen, concepto, descripcion, periodo, importe_historico::text, fecha_determinacion, fecha_limite_pago, exigible_desde, firme_desde, etapa, etapa_desde';

export async function pagosDelCredito(db: SqlClient, creditoId: string): Promise<PagoDeLaCuenta[]> {
  const r = await db.query<Fila>(
    `SELECT pago_id, origen, fecha_pago, importe::text, total_aplicado::text, total_pendiente::text, remanente::text, partes, cheque_no_pagado_el
       FROM creditos_cuentas_pagos WHERE credito_id = $1 ORDER BY posicion`, [creditoId]);
  return r.rows.map((f) => ({
    pagoId: String(f.pago_id), origen: String(f.origen), fechaPago: String(f.fecha_pago), importe: String(f.importe), totalAplicado: String(f.total_aplicado),
    totalPendiente: texto(f.total_pendiente), remanente: String(f.remanente), partes: jsonb(f.partes), chequeNoPagadoEl: texto(f.cheque_no_pagado_el),
  }));
}

export async function cuentaDelCredito(db: SqlClient, creditoId: string): Promise<CuentaDelCredito | null> {
  const r = await db.query<Fila>(
    `SELECT ${COLUMNAS_DEL_RESUMEN}, fecha_del_hecho, medio_de_notificacion, fecha_notificacion, fecha_surte_efectos, fecha_limite_impugnacion,
       extinguido_por, historico_pendiente::text, actualiza_desde, recargos_al_corte::text, corte, indemnizacion::text, gastos_pendientes::text,
       saldo_a_favor::text, en_convenio, estado FROM creditos_cuentas WHERE credito_id = $1`, [creditoId]);
  const f = r.rows[0];
  if (!f) return null;
  const estado = comoEstado(f.estado as EstadoDeCredito);
  return {
    ...resumen(f),
    fechaDelHecho: String(f.fecha_del_hecho),
    notificacion: f.fecha_notificacion === null ? null : { medio: String(f.medio_de_notificacion), fecha: String(f.fecha_notificacion), surteEfectos: String(f.fecha_surte_efectos), fechaLimiteImpugnacion: String(f.fecha_limite_impugnacion) },
    exigibleDesde: texto(f.exigible_desde), firmeDesde: texto(f.firme_desde), extinguidoPor: texto(f.extinguido_por),
    saldo: {
      historicoPendiente: String(f.historico_pendiente), actualizaDesde: texto(f.actualiza_desde), recargosAlCorte: String(f.recargos_al_corte), corte: texto(f.corte),
      indemnizacion: String(f.indemnizacion), gastosPendientes: String(f.gastos_pendientes), gastos: estado.bases.gastos, saldoAFavor: String(f.saldo_a_favor), enConvenio: f.en_convenio === true,
    },
    pagos: await pagosDelCredito(db, creditoId),
    estado,
  };
}

export interface FiltrosDeCreditos {
  readonly delegacion?: string;
  readonly etapa?: EtapaDelCredito;
  readonly rfc?: string;
  readonly curp?: string;
  readonly exigible?: boolean;
  readonly firme?: boolean;
  readonly determinadoDesde?: Fecha;
  readonly determinadoHasta?: Fecha;
  readonly limiteDePagoDesde?: Fecha;
  readonly limiteDePagoHasta?: Fecha;
}

export interface Pagina { readonly limite: number; readonly desplazamiento: number }

/** The cobranza list: newest determination first, then by id, so pages are stable. */
export async function listarCreditos(db: SqlClient, filtros: FiltrosDeCreditos = {}, pagina: Pagina = { limite: 50, desplazamiento: 0 }): Promise<{ total: number; creditos: ResumenDeCredito[] }> {
  const condiciones: string[] = [];
  const valores: unknown[] = [];
  const si = (valor: unknown, sql: (n: string) => string) => {
    if (valor === undefined) return;
    valores.push(valor);
    condiciones.push(sql(`$${valores.length}`));
  };
  si(filtros.delegacion, (n) => `delegacion = ${n}`);
  si(filtros.etapa, (n) => `etapa = ${n}`);
  si(filtros.rfc, (n) => `rfc = ${n}`);
  si(filtros.curp, (n) => `curp = ${n}`);
  si(filtros.exigible, (n) => `(exigible_desde IS NOT NULL) = ${n}`);
  si(filtros.firme, (n) => `(firme_desde IS NOT NULL) = ${n}`);
  si(filtros.determinadoDesde, (n) => `fecha_determinacion >= ${n}`);
  si(filtros.determinadoHasta, (n) => `fecha_determinacion <= ${n}`);
  si(filtros.limiteDePagoDesde, (n) => `fecha_limite_pago >= ${n}`);
  si(filtros.limiteDePagoHasta, (n) => `fecha_limite_pago <= ${n}`);
  const where = condiciones.length ? `WHERE ${condiciones.join(' AND ')}` : '';
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM creditos_cuentas ${where}`, valores);
  const limite = Math.max(1, Math.min(500, Math.trunc(pagina.limite)));
  const desplazamiento = Math.max(0, Math.trunc(pagina.desplazamiento));
  const r = await db.query<Fila>(
    `SELECT ${COLUMNAS_DEL_RESUMEN} FROM creditos_cuentas ${where} ORDER BY fecha_determinacion DESC, credito_id LIMIT ${limite} OFFSET ${desplazamiento}`, valores);
  return { total: Number(total.rows[0]?.n ?? 0), creditos: r.rows.map(resumen) };
}

export interface HechoDelHistorial {
  readonly revision: number;
  readonly tipo: EventoDeCredito['type'];
  readonly fecha: Fecha;
  readonly datos: EventoDeCredito['data'];
  readonly actor: Record<string, unknown>;
  readonly registradoEn: string;
}

/** The credit's timeline: each fact with its legal date, who recorded it and when (the credit's page). */
export async function historialDelCredito(db: SqlClient, creditoId: string): Promise<HechoDelHistorial[]> {
  const r = await db.query<Fila>('SELECT revision, tipo, fecha, datos, actor, registrado_en FROM creditos_cuentas_hechos WHERE credito_id = $1 ORDER BY revision', [creditoId]);
  return r.rows.map((f) => ({
    revision: Number(f.revision), tipo: f.tipo as EventoDeCredito['type'], fecha: String(f.fecha), datos: jsonb(f.datos),
    actor: jsonb(f.actor), registradoEn: String(f.registrado_en),
  }));
}

/**
 * The state of each credit of `creditos` folded from its facts whose legal date is on or before `fecha`, in stream
 * order: the bases as they stood that day (saldo.ts: a payment after the date must not reduce the balance).
 */
export async function estadosALaFecha(db: SqlClient, creditos: readonly string[], fecha: Fecha): Promise<Map<string, EstadoDeCredito>> {
  const r = await db.query<Fila>(
    'SELECT credito_id, tipo, datos FROM creditos_cuentas_hechos WHERE credito_id = ANY($1::text[]) AND fecha <= $2 ORDER BY credito_id, revision', [creditos, fecha]);
  const estados = new Map<string, EstadoDeCredito>();
  for (const f of r.rows) {
    const id = String(f.credito_id);
    const evento = { type: f.tipo, data: jsonb(f.datos) } as EventoDeCredito;
    estados.set(id, evolucionarCredito(estados.get(id) ?? estadoInicialDeCredito(), evento));
  }
  return estados;
}

// The balance of a credit by concept, as of any date: the recorded bases plus what accrues with time, computed by
// the calculators of CHP arts. 43-45 (and 184 for fines) from the tables passed in. Decision 0106 says how a
// payment's part of the principal and of the recargos carries forward.
import Decimal from 'decimal.js';
import { CERO, Dec, aTexto, suma } from '../comun/importe';
import type { Fecha } from '../comun/fecha';
import { redondearACentavos } from '../comun/redondeo';
import { unirAdvertencias } from '../comun/explicacion';
import { calcularAdeudo, type TablasDeAdeudo } from '../adeudo/adeudo';
import { aplicarPago, type Adeudo } from '../pagos/aplicacion-de-pagos';
import { REGLA_ART_50 } from '../pagos/regla-de-aplicacion';
import type { EstadoDeCredito } from './credito-fiscal.state';
import type { OrigenDelPago, PagoAplicado } from './credito-fiscal.events';

export const ID_PRINCIPAL = 'principal';
export const ID_RECARGOS = 'recargos';
export const ID_INDEMNIZACION = 'indemnizacion-cheque';

/** What a credit owes on a date besides its historic amount, by concept (CHP art. 50), and the total. */
export interface AccesoriosDelAdeudo {
  readonly actualizacion: string;
  readonly recargos: string;
  readonly gastosDeEjecucion: string;
  readonly multas: string;
  readonly indemnizacionCheque: string;
  readonly total: string;
}

export interface AdeudoDelCredito extends AccesoriosDelAdeudo {
  readonly fecha: Fecha;
  /** The buckets a payment on `fecha` would meet, each with its id in `contribucion`. */
  readonly partes: readonly Adeudo[];
  readonly historicoPendiente: string;
  readonly factorActualizacion: string;
  readonly contribucion: string;
  readonly advertencias: string[];
}

function recargosYActualizacion(estado: EstadoDeCredito, fecha: Fecha, tablas: TablasDeAdeudo) {
  const b = estado.bases, h = new Dec(b.historicoPendiente);
  const tipo = estado.credito?.concepto ?? 'contribucion';
  if (h.isZero() || b.desde === null || b.congelado || fecha <= b.desde) return { actualizacion: CERO, recargos: CERO, factor: '1.0000', advertencias: [] as string[] };
  const alDia = calcularAdeudo({ importe: aTexto(h), fechaLimitePago: b.desde, fechaPago: fecha, tipo }, tablas);
  let recargos = new Dec(alDia.recargos);
  const advertencias = [alDia.advertencias];
  // Recargos up to the last payment were settled then (paid, or carried in recargosFijos): count only those after it.
  if (b.corte !== null && b.corte > b.desde) {
    const alCorte = calcularAdeudo({ importe: aTexto(h), fechaLimitePago: b.desde, fechaPago: b.corte < fecha ? b.corte : fecha, tipo }, tablas);
    recargos = Decimal.max(CERO, recargos.minus(alCorte.recargos));
    advertencias.push(alCorte.advertencias);
  }
  return { actualizacion: new Dec(alDia.actualizacion), recargos, factor: alDia.factorActualizacion, advertencias: unirAdvertencias(...advertencias) };
}

/**
 * What the credit owes on `fecha` by concept. The bases are those of the events folded into `estado`: to ask about
 * a past date, fold only the events recorded up to it (a payment after `fecha` is not undone here).
 */
export function adeudoALaFecha(estado: EstadoDeCredito, fecha: Fecha, tablas: TablasDeAdeudo): AdeudoDelCredito {
  const c = estado.credito;
  const periodo = c?.periodo ?? '';
  const acc = recargosYActualizacion(estado, fecha, tablas);
  const principal = new Dec(estado.bases.historicoPendiente).plus(acc.actualizacion);
  const recargos = new Dec(estado.bases.recargosFijos).plus(acc.recargos);
  const gastos = estado.bases.gastos.filter((g) => new Dec(g.saldo).gt(0));
  const partes: Adeudo[] = [
    ...gastos.map((g) => ({ concepto: g.concepto, periodo, saldo: g.saldo, contribucion: g.id })),
    ...(recargos.gt(0) ? [{ concepto: 'recargos' as const, periodo, saldo: aTexto(recargos), contribucion: ID_RECARGOS }] : []),
    ...(new Dec(estado.bases.indemnizacion).gt(0) ? [{ concepto: 'indemnizacion-cheque' as const, periodo, saldo: estado.bases.indemnizacion, contribucion: ID_INDEMNIZACION }] : []),
    ...(principal.gt(0) ? [{ concepto: c?.concepto ?? 'contribucion', periodo, saldo: aTexto(principal), contribucion: ID_PRINCIPAL }] : []),
  ];
  const esMulta = c?.concepto === 'multa';
  const gastosTotal = suma(gastos.map((g) => new Dec(g.saldo)));
  return {
    fecha, partes,
    historicoPendiente: estado.bases.historicoPendiente,
    factorActualizacion: acc.factor,
    actualizacion: aTexto(acc.actualizacion),
    recargos: aTexto(recargos),
    gastosDeEjecucion: aTexto(gastosTotal),
    multas: aTexto(esMulta ? principal : CERO),
    contribucion: aTexto(esMulta ? CERO : principal),
    indemnizacionCheque: aTexto(new Dec(estado.bases.indemnizacion)),
    total: aTexto(principal.plus(recargos).plus(gastosTotal).plus(estado.bases.indemnizacion)),
    advertencias: acc.advertencias,
  };
}

const FUNDAMENTO_DEL_PAGO: Record<OrigenDelPago, string> = {
  'pago-recibido': 'CHP arts. 50 y 51',
  'producto-de-remate': 'CHP arts. 161, 50 y 166',
  'adjudicacion-al-fisco': 'CHP arts. 163, 161 y 50',
  'depositos-embargados': 'CHP arts. 118, 131 y 50',
};

/** Applies money to the credit as owed on `fechaPago` in the order of CHP art. 50 (also for arts. 131, 161). */
export function aplicarAlCredito(
  estado: EstadoDeCredito, pago: { pagoId: string; origen: OrigenDelPago; importe: string; fechaPago: Fecha }, tablas: TablasDeAdeudo,
): PagoAplicado {
  const adeudo = adeudoALaFecha(estado, pago.fechaPago, tablas);
  const r = aplicarPago(pago.importe, adeudo.partes, REGLA_ART_50);
  const parte = (id: string) => r.partes.find((p) => p.contribucion === id);
  const principal = parte(ID_PRINCIPAL);
  const h = new Dec(estado.bases.historicoPendiente);
  // The principal paid extinguishes the historic amount in proportion to the updated one (decision 0106).
  const extinguido = !principal ? CERO
    : new Dec(principal.pendiente).isZero() ? h
      : redondearACentavos(h.times(principal.aplicado).dividedBy(principal.adeudado));
  return {
    type: 'PagoAplicado',
    data: {
      creditoId: estado.credito!.creditoId, pagoId: pago.pagoId, origen: pago.origen, fechaPago: pago.fechaPago,
      importe: r.pago, partes: r.partes, totalAplicado: r.totalAplicado, totalPendiente: r.totalPendiente, remanente: r.remanente,
      historicoExtinguido: aTexto(extinguido), recargosPendientes: parte(ID_RECARGOS)?.pendiente ?? '0.00',
      fundamento: FUNDAMENTO_DEL_PAGO[pago.origen],
    },
  };
}

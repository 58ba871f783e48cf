// CHP art. 45: recargos run "por cada mes o fracción que transcurra a partir del día en que debió hacerse el
// pago"; each month ends on the same day number of the next month (CHP art. 21 ¶4, decision 0003).
import { compararFechas, desdePartes, diasDelMes, partes, sumarDias, type Fecha, type Mes } from '../comun/fecha';

export interface MesDeMora {
  /** 1 for the first month of delay. */
  readonly numero: number;
  /** First day of delay in this month (the day after the previous boundary). */
  readonly desde: Fecha;
  /** Last day of this month of delay (its boundary), even when the payment came earlier (a fraction). */
  readonly hasta: Fecha;
  /** True when the payment falls before `hasta`: a fraction of a month, which counts as a whole one. */
  readonly fraccion: boolean;
}

/** The same day number `n` months after `f`; when that day does not exist, the first day of the next month. */
export function mismoDiaMesesDespues(f: Fecha, n: number): Fecha {
  const { anio, mes, dia } = partes(f);
  const total = anio * 12 + (mes - 1) + n;
  const a = Math.floor(total / 12), m = (total % 12) + 1;
  return dia > diasDelMes(a, m) ? desdePartes(a, m + 1, 1) : desdePartes(a, m, dia);
}

/**
 * Every month (or fraction) of delay between the last day to pay on time and the payment, the first `maximo`
 * of them at most (recargos count only the first sixty, CHP art. 45, so a far payment date builds no more).
 */
export function mesesDeMora(fechaLimite: Fecha, fechaPago: Fecha, maximo = Number.POSITIVE_INFINITY): MesDeMora[] {
  const meses: MesDeMora[] = [];
  let anterior = fechaLimite;
  for (let n = 1; n <= maximo && compararFechas(fechaPago, anterior) > 0; n++) {
    const hasta = mismoDiaMesesDespues(fechaLimite, n);
    meses.push({ numero: n, desde: sumarDias(anterior, 1), hasta, fraccion: compararFechas(fechaPago, hasta) < 0 });
    anterior = hasta;
  }
  return meses;
}

/**
 * How many months or fractions of delay run from `fechaLimite` to `fechaPago` (the length of `mesesDeMora`),
 * counted on numbers so a payment date late in year 9999 never builds a date the calendar cannot write.
 */
export function contarMesesDeMora(fechaLimite: Fecha, fechaPago: Fecha): number {
  if (compararFechas(fechaPago, fechaLimite) <= 0) return 0;
  const l = partes(fechaLimite), p = partes(fechaPago);
  const clavePago = p.anio * 10_000 + p.mes * 100 + p.dia;
  // The boundary of month n is the same day number n months later, or the 1st of the next month (CHP art. 21 ¶4).
  const claveDelLimite = (n: number): number => {
    const total = l.anio * 12 + (l.mes - 1) + n;
    const a = Math.floor(total / 12), m = (total % 12) + 1;
    if (l.dia <= diasDelMes(a, m)) return a * 10_000 + m * 100 + l.dia;
    return m === 12 ? (a + 1) * 10_000 + 101 : a * 10_000 + (m + 1) * 100 + 1;
  };
  const mesesCalendario = p.anio * 12 + p.mes - (l.anio * 12 + l.mes);
  // The boundary of month k-2 falls at the latest in the month before the payment's, so it is always earlier.
  let n = Math.max(1, mesesCalendario - 1);
  while (claveDelLimite(n) < clavePago) n++;
  return n;
}

export const mesDeCalendario = (f: Fecha): Mes => f.slice(0, 7);

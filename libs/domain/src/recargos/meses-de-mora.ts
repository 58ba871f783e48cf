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

/** Every month (or fraction) of delay between the last day to pay on time and the payment, without the five-year cap. */
export function mesesDeMora(fechaLimite: Fecha, fechaPago: Fecha): MesDeMora[] {
  const meses: MesDeMora[] = [];
  let anterior = fechaLimite;
  for (let n = 1; compararFechas(fechaPago, anterior) > 0; n++) {
    const hasta = mismoDiaMesesDespues(fechaLimite, n);
    meses.push({ numero: n, desde: sumarDias(anterior, 1), hasta, fraccion: compararFechas(fechaPago, hasta) < 0 });
    anterior = hasta;
  }
  return meses;
}

export const mesDeCalendario = (f: Fecha): Mes => f.slice(0, 7);

// The only place where the project rounds. Each choice is recorded in libs/domain/decisiones/0001-redondeo.md.
import Decimal from 'decimal.js';
import { Dec } from './importe';

/**
 * CHP art. 43: the actualización factor is computed "hasta el diezmilésimo": four decimals, truncated
 * (the digits after the fourth are dropped, never rounded up).
 */
export function truncarFactor(factor: Decimal): Decimal {
  return new Dec(factor).toDecimalPlaces(4, Decimal.ROUND_DOWN);
}

/**
 * Amounts owed (actualización, recargos, gastos de ejecución, adicional, totals) are rounded to centavos,
 * half-up, once, at the end of each computation (decision 0001).
 */
export function redondearACentavos(valor: Decimal): Decimal {
  return new Dec(valor).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Splits an amount into `partes` amounts in centavos that add up exactly to the total (rounded to centavos):
 * each part gets the same whole centavos and the leftover centavos go one each to the first parts
 * (decision 0001). Used for equal instalments and any split where no centavo may appear or vanish.
 */
export function repartir(total: Decimal, partes: number): Decimal[] {
  if (!Number.isInteger(partes) || partes < 1) throw new RangeError(`repartir: partes debe ser un entero positivo (${partes})`);
  const centavos = redondearACentavos(total).times(100);
  const signo = centavos.isNegative() ? -1 : 1;
  const absolutos = centavos.abs();
  const base = absolutos.dividedToIntegerBy(partes);
  const sobrantes = absolutos.minus(base.times(partes)).toNumber();
  return Array.from({ length: partes }, (_, i) => base.plus(i < sobrantes ? 1 : 0).times(signo).dividedBy(100));
}

/**
 * Splits an amount in proportion to `pesos` (largest remainder method): the parts, in centavos, add up
 * exactly to the total; ties go to the earlier part.
 */
export function repartirProporcional(total: Decimal, pesos: readonly Decimal[]): Decimal[] {
  if (pesos.length === 0) throw new RangeError('repartirProporcional: se necesita al menos un peso');
  if (pesos.some((p) => p.isNegative())) throw new RangeError('repartirProporcional: los pesos no pueden ser negativos');
  const sumaPesos = pesos.reduce<Decimal>((a, p) => a.plus(p), new Dec(0));
  if (sumaPesos.isZero()) throw new RangeError('repartirProporcional: la suma de los pesos es cero');
  const centavos = redondearACentavos(total).times(100);
  const signo = centavos.isNegative() ? -1 : 1;
  const absolutos = centavos.abs();
  const exactos = pesos.map((p) => absolutos.times(p).dividedBy(sumaPesos));
  const enteros = exactos.map((e) => e.floor());
  let sobrantes = absolutos.minus(enteros.reduce<Decimal>((a, e) => a.plus(e), new Dec(0))).toNumber();
  const orden = exactos.map((e, i) => ({ i, resto: e.minus(enteros[i]) })).sort((a, b) => b.resto.comparedTo(a.resto) || a.i - b.i);
  for (const { i } of orden) {
    if (sobrantes <= 0) break;
    enteros[i] = enteros[i].plus(1);
    sobrantes--;
  }
  return enteros.map((e) => e.times(signo).dividedBy(100));
}

/**
 * A minimum the law states as a fraction ("las dos terceras partes", "cuando menos el diez por ciento", CHP arts.
 * 149 and 151) is raised to the next centavo, so an amount of that many centavos always covers it (decision 0108).
 */
export function minimoEnCentavos(valor: Decimal): Decimal {
  return new Dec(valor).toDecimalPlaces(2, Decimal.ROUND_UP);
}

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

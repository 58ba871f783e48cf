// Every amount of money in the ledger is a Decimal inside the domain and a string at every boundary
// (HTTP, events, storage). A JS number never carries money.
import Decimal from 'decimal.js';

/** A private Decimal constructor: 40 significant digits and no exponent notation in strings. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Dec = Decimal;

/** Text form of an amount as it travels: optional minus, digits, optional decimals. */
export const IMPORTE_REGEX = /^-?\d{1,15}(\.\d{1,10})?$/;

export function esImporteValido(texto: unknown): texto is string {
  return typeof texto === 'string' && IMPORTE_REGEX.test(texto);
}

/** Parses an amount received as a string; throws on anything that is not a plain decimal string. */
export function importe(texto: string | Decimal): Decimal {
  if (texto instanceof Decimal) return new Dec(texto);
  if (!esImporteValido(texto)) throw new TypeError(`Importe inválido: ${JSON.stringify(texto)}`);
  return new Dec(texto);
}

/**
 * Serialises an amount already rounded to centavos as a string with exactly two decimals. It formats, it never
 * rounds: an amount with fractions of a centavo is a bug upstream (rounding belongs to redondeo.ts).
 */
export function aTexto(valor: Decimal): string {
  if (valor.decimalPlaces() > 2) throw new RangeError(`Importe con fracción de centavo sin redondear: ${valor.toString()}`);
  return valor.toFixed(2);
}

export const CERO = new Dec(0);

export function suma(valores: readonly Decimal[]): Decimal {
  return valores.reduce<Decimal>((acc, v) => acc.plus(v), CERO);
}

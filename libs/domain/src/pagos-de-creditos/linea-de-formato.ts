// Línea de captura of a formato de pago de créditos (decision 0208): the same 29 digits and MOD 97-10 check as an
// orden de pago's (decision 0202), with the serie field in its own space, so a bank keys in either with no other
// field and the Treasury never takes one for the other.
import { reglaIncumplida } from '../comun/errores';
import type { Fecha } from '../comun/fecha';
import { generarLineaDeCaptura, leerLineaDeCaptura, type DatosDeLineaDeCaptura } from '../pagos-de-derechos/linea-de-captura';

/** Series from here up belong to formatos de pago; an orden de pago's serie is always below (decision 0208). */
export const PRIMERA_SERIE_DE_FORMATO = 9_000_000_000;
/** How many formatos the space holds: serie 9,000,000,001 to 9,999,999,999. */
export const MAXIMO_DE_FORMATOS = 999_999_999;

export type TipoDeLinea = 'orden-de-pago' | 'formato-de-pago';

/** What a línea de captura pays, read from its serie alone (the check digits are verified by the reader). */
export function tipoDeLinea(datos: Pick<DatosDeLineaDeCaptura, 'serie'>): TipoDeLinea {
  return datos.serie > PRIMERA_SERIE_DE_FORMATO ? 'formato-de-pago' : 'orden-de-pago';
}

/** True for a well-formed línea of a formato de pago; false for an orden's or a malformed text (its reader refuses it). */
export function esLineaDeFormato(texto: string): boolean {
  try {
    return tipoDeLinea(leerLineaDeCaptura(texto)) === 'formato-de-pago';
  } catch {
    return false;
  }
}

export function generarLineaDeFormato(entrada: { numero: number; fechaVigencia: Fecha; importe: string }): string {
  if (!Number.isInteger(entrada.numero) || entrada.numero < 1 || entrada.numero > MAXIMO_DE_FORMATOS) {
    throw reglaIncumplida('formatos-agotados', 'El número del formato de pago está fuera de su espacio de series (numero).', 'numero');
  }
  return generarLineaDeCaptura({ serie: PRIMERA_SERIE_DE_FORMATO + entrada.numero, fechaVigencia: entrada.fechaVigencia, importe: entrada.importe });
}

/** The formato's number and the línea's data; refuses (400) an orden's línea or a malformed one. */
export function leerLineaDeFormato(texto: string): DatosDeLineaDeCaptura & { readonly numero: number } {
  const datos = leerLineaDeCaptura(texto);
  if (tipoDeLinea(datos) !== 'formato-de-pago') {
    throw reglaIncumplida('linea-de-otro-tipo', 'La línea de captura es de una orden de pago, no de un formato de pago de créditos (lineaDeCaptura).', 'lineaDeCaptura');
  }
  return { ...datos, numero: datos.serie - PRIMERA_SERIE_DE_FORMATO };
}

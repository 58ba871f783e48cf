// Línea de captura of an orden de pago: the reference a bank or ventanilla keys in. It carries the order serial,
// the last day it may be paid and the exact amount, closed by ISO 7064 MOD 97-10 check digits (decision 0202).
import Decimal from 'decimal.js';
import { Dec, aTexto, importe } from '../comun/importe';
import { RechazoDeDominio, valorInvalido } from '../comun/errores';
import { Fecha, diasEntre, esFechaValida, sumarDias } from '../comun/fecha';
import { cumpleMod97, digitosMod97 } from './digito-verificador';

/** Clave INEGI of the State of Chiapas: every línea de captura of this Treasury starts with it. */
export const PREFIJO_LINEA = '07';
/** Day zero of the condensed validity date. */
export const FECHA_BASE_LINEA: Fecha = '2020-01-01';
export const LONGITUD_LINEA = 29;
const SERIE_MAX = 9_999_999_999;
const DIAS_MAX = 9_999;
const CENTAVOS_DIGITOS = 11;

export interface DatosDeLineaDeCaptura {
  readonly lineaDeCaptura: string;
  /** Serial of the orden de pago (the stream id of `OrdenDePago`). */
  readonly serie: number;
  /** Last day the line may be paid. */
  readonly fechaVigencia: Fecha;
  /** Exact amount to pay, two decimals. */
  readonly importe: string;
}

export interface EntradaLineaDeCaptura {
  readonly serie: number;
  readonly fechaVigencia: Fecha;
  readonly importe: string;
}

/** `07` + serie (10) + días desde 2020-01-01 (4) + centavos (11) + MOD 97-10 (2) = 29 digits. */
export function generarLineaDeCaptura(entrada: EntradaLineaDeCaptura): string {
  const { serie, fechaVigencia } = entrada;
  if (!Number.isInteger(serie) || serie < 1 || serie > SERIE_MAX) {
    throw valorInvalido('serie-invalida', 'La serie de la orden de pago debe ser un entero entre 1 y 9,999,999,999.', 'serie');
  }
  if (!esFechaValida(fechaVigencia)) throw valorInvalido('fecha-invalida', 'La fecha de vigencia no es una fecha válida (AAAA-MM-DD).', 'fechaVigencia');
  const dias = diasEntre(FECHA_BASE_LINEA, fechaVigencia);
  if (dias < 0 || dias > DIAS_MAX) {
    throw valorInvalido('fecha-fuera-de-rango', 'La fecha de vigencia debe caer entre 2020-01-01 y 2047-05-18.', 'fechaVigencia');
  }
  const centavos = aCentavos(importe(entrada.importe));
  const cuerpo = PREFIJO_LINEA + String(serie).padStart(10, '0') + String(dias).padStart(4, '0') + centavos;
  return cuerpo + digitosMod97(cuerpo);
}

/** Decodes a línea de captura; spaces and hyphens typed by people are ignored. Throws a 400 refusal. */
export function leerLineaDeCaptura(texto: string): DatosDeLineaDeCaptura {
  const linea = typeof texto === 'string' ? texto.replace(/[\s-]/g, '') : '';
  const invalida = (motivo: string) =>
    valorInvalido('linea-de-captura-invalida', `La línea de captura no es válida: ${motivo} (lineaDeCaptura).`, 'lineaDeCaptura');
  if (!/^\d+$/.test(linea) || linea.length !== LONGITUD_LINEA) throw invalida(`debe tener ${LONGITUD_LINEA} dígitos`);
  if (!linea.startsWith(PREFIJO_LINEA)) throw invalida(`debe empezar con ${PREFIJO_LINEA}`);
  if (!cumpleMod97(linea)) throw invalida('el dígito verificador no corresponde');
  const serie = Number(linea.slice(2, 12));
  if (serie < 1) throw invalida('la serie de la orden es cero');
  const fechaVigencia = sumarDias(FECHA_BASE_LINEA, Number(linea.slice(12, 16)));
  const importeTexto = aTexto(new Dec(linea.slice(16, 27)).dividedBy(100));
  return { lineaDeCaptura: linea, serie, fechaVigencia, importe: importeTexto };
}

/** Same as `leerLineaDeCaptura`, returning the refusal instead of throwing it. */
export function validarLineaDeCaptura(texto: string): DatosDeLineaDeCaptura | RechazoDeDominio {
  try {
    return leerLineaDeCaptura(texto);
  } catch (e) {
    if (e instanceof RechazoDeDominio) return e;
    throw e;
  }
}

function aCentavos(valor: Decimal): string {
  const centavos = valor.times(100);
  if (!centavos.isInteger() || centavos.isNegative() || centavos.isZero()) {
    throw valorInvalido('importe-invalido', 'El importe de la línea de captura debe ser positivo y en centavos exactos.', 'importe');
  }
  const texto = centavos.toString();
  if (texto.length > CENTAVOS_DIGITOS) {
    throw valorInvalido('importe-fuera-de-rango', 'El importe de la línea de captura no puede exceder $999,999,999.99.', 'importe');
  }
  return texto.padStart(CENTAVOS_DIGITOS, '0');
}

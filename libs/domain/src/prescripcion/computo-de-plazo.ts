// CHP arts. 21, 24 and 67: terms of years that stop running while suspended. A suspension is a half-open
// span [desde, hasta): the term does not run from `desde` and runs again from `hasta` (decision 0103).
import { desdePartes, diasDelMes, diasEntre, esFechaValida, partes, sumarDias, type Fecha } from '../comun/fecha';
import { valorInvalido } from '../comun/errores';

export interface Intervalo {
  readonly desde: Fecha;
  /** Absent while the suspension lasts: the term's end cannot be known yet. */
  readonly hasta?: Fecha;
}

export function validarFecha(f: unknown, campo: string): asserts f is Fecha {
  if (!esFechaValida(f)) throw valorInvalido('fecha-invalida', `El campo ${campo} no es una fecha válida (AAAA-MM-DD): ${JSON.stringify(f)}.`, campo);
}

export function validarIntervalo(i: Intervalo, campo: string): void {
  validarFecha(i.desde, `${campo}.desde`);
  if (i.hasta !== undefined) {
    validarFecha(i.hasta, `${campo}.hasta`);
    if (i.hasta < i.desde) throw valorInvalido('intervalo-invertido', `El campo ${campo}.hasta es anterior a ${campo}.desde.`, `${campo}.hasta`);
  }
}

/**
 * CHP art. 21, fourth paragraph, without the move past closed days: n months after `desde` falls on the same day
 * number; when the final month lacks that day, on the first day of the next month (the caller then moves it to a
 * business day, which yields the "primer día hábil del siguiente mes").
 */
export function mismoDiaDespuesDeMeses(desde: Fecha, meses: number): Fecha {
  const { anio, mes, dia } = partes(desde);
  const total = anio * 12 + (mes - 1) + meses;
  const anioFinal = Math.floor(total / 12);
  const mesFinal = (total % 12) + 1;
  return dia > diasDelMes(anioFinal, mesFinal) ? desdePartes(anioFinal, mesFinal + 1, 1) : desdePartes(anioFinal, mesFinal, dia);
}

export const estaEn = (d: Fecha, i: Intervalo): boolean => d >= i.desde && (i.hasta === undefined || d < i.hasta);

/** Calendar days of `intervalos` (their union) that fall in [desde, hasta). */
export function diasCubiertos(desde: Fecha, hasta: Fecha, intervalos: readonly Intervalo[]): number {
  const libres = finDeCarreraInversa(desde, hasta, intervalos);
  return diasEntre(desde, hasta) - libres;
}

/** Days of [desde, hasta) outside every interval. */
function finDeCarreraInversa(desde: Fecha, hasta: Fecha, intervalos: readonly Intervalo[]): number {
  let libres = 0;
  let d = desde;
  while (d < hasta) {
    const dentro = intervalos.find((i) => estaEn(d, i));
    if (dentro) {
      if (dentro.hasta === undefined || dentro.hasta >= hasta) break;
      d = dentro.hasta;
      continue;
    }
    const proxima = intervalos.filter((i) => i.desde > d).reduce<Fecha>((m, i) => (i.desde < m ? i.desde : m), hasta);
    libres += diasEntre(d, proxima);
    d = proxima;
  }
  return libres;
}

export interface Carrera {
  /** Days that must run (not suspended) for the term to end. */
  readonly diasQueCorren: number;
  readonly suspensiones: readonly Intervalo[];
}

/**
 * The first date E such that the days of [inicio, E) outside every suspension number `diasQueCorren`; null
 * when an open suspension starts before that happens (the term is stopped with no known end).
 */
export function finDeCarrera(inicio: Fecha, carrera: Carrera): Fecha | null {
  let corridos = 0;
  let d = inicio;
  while (corridos < carrera.diasQueCorren) {
    const suspension = carrera.suspensiones.find((i) => estaEn(d, i));
    if (suspension && suspension.hasta === undefined) return null;
    if (suspension) {
      d = suspension.hasta!;
      continue;
    }
    // Jump straight to the next suspension or to the end, whichever comes first.
    const proxima = carrera.suspensiones.filter((i) => i.desde > d).reduce<Fecha | null>((m, i) => (m === null || i.desde < m ? i.desde : m), null);
    const restantes = carrera.diasQueCorren - corridos;
    const paso = proxima === null ? restantes : Math.min(restantes, diasEntre(d, proxima));
    corridos += paso;
    d = sumarDias(d, paso);
  }
  return d;
}

/** Calendar days a term of `meses` months spans from `inicio` when nothing suspends it. */
export const diasDeMeses = (inicio: Fecha, meses: number): number => diasEntre(inicio, mismoDiaDespuesDeMeses(inicio, meses));

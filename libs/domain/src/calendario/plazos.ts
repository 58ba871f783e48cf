// CHP arts. 21-22: how terms are counted (days, months, years, fixed dates) and the business hours.
import { desdePartes, diasDelMes, diaDeLaSemana, esFechaValida, partes, sumarDias, type Fecha } from '../comun/fecha';
import { valorInvalido } from '../comun/errores';
import type { Calendario } from './calendario';

/** Guards against a calendar table that closes every day: no real term skips a whole year of days. */
const MAXIMO_DIAS_INHABILES_SEGUIDOS = 366;

function validarFecha(f: Fecha, campo: string): void {
  if (!esFechaValida(f)) throw valorInvalido('fecha-invalida', `El campo ${campo} no es una fecha válida (AAAA-MM-DD): ${JSON.stringify(f)}.`, campo);
}

function validarEntero(n: number, campo: string): void {
  if (!Number.isInteger(n) || n < 0) throw valorInvalido('plazo-invalido', `El campo ${campo} debe ser un entero no negativo.`, campo);
}

/** CHP art. 21, fifth paragraph: a term ending on a closed day runs to the next business day (f itself if open). */
export function siguienteDiaHabil(cal: Calendario, f: Fecha): Fecha {
  validarFecha(f, 'fecha');
  let d = f;
  for (let i = 0; i <= MAXIMO_DIAS_INHABILES_SEGUIDOS; i++) {
    if (cal.esHabil(d)) return d;
    d = sumarDias(d, 1);
  }
  throw valorInvalido('calendario-sin-dias-habiles', `No hay un día hábil en el año siguiente a ${f}: revise la tabla de días inhábiles.`, 'fecha');
}

/** CHP art. 21, first paragraph: a term of n days counts only business days, from the day after `desde`. */
export function sumarDiasHabiles(cal: Calendario, desde: Fecha, n: number): Fecha {
  validarFecha(desde, 'desde');
  validarEntero(n, 'dias');
  let d = desde;
  for (let contados = 0; contados < n; ) {
    d = siguienteDiaHabil(cal, sumarDias(d, 1));
    contados++;
  }
  return d;
}

/** CHP art. 21, first paragraph, counted backwards: the business day that lies n business days before `hasta`. */
export function restarDiasHabiles(cal: Calendario, hasta: Fecha, n: number): Fecha {
  validarFecha(hasta, 'hasta');
  validarEntero(n, 'dias');
  let d = hasta;
  for (let contados = 0; contados < n; ) {
    d = sumarDias(d, -1);
    for (let i = 0; !cal.esHabil(d); i++) {
      if (i > MAXIMO_DIAS_INHABILES_SEGUIDOS) throw valorInvalido('calendario-sin-dias-habiles', `No hay un día hábil en el año anterior a ${hasta}: revise la tabla de días inhábiles.`, 'fecha');
      d = sumarDias(d, -1);
    }
    contados++;
  }
  return d;
}

/**
 * CHP art. 21, fourth paragraph: a term of n months ends on the same day number of the final month; when that
 * day does not exist there, on the first business day of the following month; then moved past closed days.
 */
export function vencimientoEnMeses(cal: Calendario, desde: Fecha, n: number): Fecha {
  validarFecha(desde, 'desde');
  validarEntero(n, 'meses');
  const { anio, mes, dia } = partes(desde);
  const total = anio * 12 + (mes - 1) + n;
  const anioFinal = Math.floor(total / 12);
  const mesFinal = (total % 12) + 1;
  if (dia > diasDelMes(anioFinal, mesFinal)) return siguienteDiaHabil(cal, desdePartes(anioFinal, mesFinal + 1, 1));
  return siguienteDiaHabil(cal, desdePartes(anioFinal, mesFinal, dia));
}

/** CHP art. 21, fourth paragraph: a term of n years ends on the same day of the final year (29 Feb -> first business day of March). */
export function vencimientoEnAnios(cal: Calendario, desde: Fecha, n: number): Fecha {
  validarEntero(n, 'anios');
  return vencimientoEnMeses(cal, desde, 12 * n);
}

/** CHP art. 21, second paragraph: terms given as periods count every day; the end moves to the next business day. */
export function plazoEnDiasNaturales(cal: Calendario, desde: Fecha, n: number): Fecha {
  validarFecha(desde, 'desde');
  validarEntero(n, 'dias');
  return siguienteDiaHabil(cal, sumarDias(desde, n));
}

/** CHP art. 21, fifth paragraph: a fixed date that falls on a closed day moves to the next business day. */
export function vencimientoEnFechaDeterminada(cal: Calendario, f: Fecha): Fecha {
  return siguienteDiaHabil(cal, f);
}

/** CHP art. 21, sixth paragraph: a return due at a bank on a Friday may be filed on the next business day. */
export function vencimientoDeDeclaracionEnBanco(cal: Calendario, f: Fecha): Fecha {
  const d = siguienteDiaHabil(cal, f);
  return diaDeLaSemana(d) === 5 ? siguienteDiaHabil(cal, sumarDias(d, 1)) : d;
}

const HORA = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** CHP art. 22: diligencias happen between 7:30 and 18:00, both included. */
export function esHoraHabil(hhmm: string): boolean {
  const m = HORA.exec(hhmm);
  if (!m) throw valorInvalido('hora-invalida', `El campo hora debe tener la forma HH:MM (24 horas): ${JSON.stringify(hhmm)}.`, 'hora');
  const minutos = Number(m[1]) * 60 + Number(m[2]);
  return minutos >= 7 * 60 + 30 && minutos <= 18 * 60;
}

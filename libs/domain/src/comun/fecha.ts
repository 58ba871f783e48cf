// Legal dates are calendar dates without time zone: `Fecha` is 'YYYY-MM-DD', `Mes` is 'YYYY-MM'.
// Arithmetic happens on UTC midnights so no daylight-saving or host zone can shift a day.
import { valorInvalido } from './errores';

export type Fecha = string;
export type Mes = string;

const FECHA = /^(\d{4})-(\d{2})-(\d{2})$/;

export function esFechaValida(texto: unknown): texto is Fecha {
  if (typeof texto !== 'string') return false;
  const m = FECHA.exec(texto);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function fecha(texto: string): Fecha {
  if (!esFechaValida(texto)) throw new TypeError(`Fecha inválida: ${JSON.stringify(texto)}`);
  return texto;
}

export function partes(f: Fecha): { anio: number; mes: number; dia: number } {
  const [anio, mes, dia] = f.split('-').map(Number);
  return { anio, mes, dia };
}

export function desdePartes(anio: number, mes: number, dia: number): Fecha {
  const d = new Date(Date.UTC(anio, mes - 1, dia));
  // A Fecha has four digits of year: arithmetic that leaves 0001-9999 is refused (400), never written wrong.
  if (!(d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999)) {
    throw valorInvalido('fecha-fuera-de-intervalo', 'El cálculo lleva una fecha fuera de los años 0001 a 9999; revise las fechas de la solicitud.');
  }
  return d.toISOString().slice(0, 10);
}

export function sumarDias(f: Fecha, dias: number): Fecha {
  const { anio, mes, dia } = partes(f);
  return desdePartes(anio, mes, dia + dias);
}

export function diasEntre(desde: Fecha, hasta: Fecha): number {
  const a = partes(desde), b = partes(hasta);
  // UTC midnights are exact multiples of a day apart: the division is an exact integer.
  return (Date.UTC(b.anio, b.mes - 1, b.dia) - Date.UTC(a.anio, a.mes - 1, a.dia)) / 86_400_000;
}

export function diaDeLaSemana(f: Fecha): number {
  const { anio, mes, dia } = partes(f);
  return new Date(Date.UTC(anio, mes - 1, dia)).getUTCDay();
}

export function mesDe(f: Fecha): Mes {
  return f.slice(0, 7);
}

export function sumarMeses(m: Mes, n: number): Mes {
  const [anio, mes] = m.split('-').map(Number);
  const total = anio * 12 + (mes - 1) + n;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export function diasDelMes(anio: number, mes: number): number {
  return new Date(Date.UTC(anio, mes, 0)).getUTCDate();
}

export const compararFechas = (a: Fecha, b: Fecha): number => (a < b ? -1 : a > b ? 1 : 0);

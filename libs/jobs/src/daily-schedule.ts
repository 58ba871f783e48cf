// Wall-clock arithmetic for daily jobs in a named time zone, with Intl only (no tz library): the offset of the
// zone at an instant, the local date of an instant, and the next instant a local hour:minute happens.
import type { DailySchedule } from './job-scheduler';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(instant: Date, tz: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** The local calendar date of an instant in tz, as YYYY-MM-DD. */
export function localDate(instant: Date, tz: string): string {
  const p = localParts(instant, tz);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Milliseconds the zone is ahead of UTC at this instant. */
function offsetMs(instant: Date, tz: string): number {
  const p = localParts(instant, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant at which the local wall clock in tz reads y-m-d h:mi (the later one across a DST jump). */
function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, tz: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wall - offsetMs(new Date(wall), tz);
  guess = wall - offsetMs(new Date(guess), tz);
  return new Date(guess);
}

export function validateDailySchedule(s: DailySchedule): void {
  if (!Number.isInteger(s.hour) || s.hour < 0 || s.hour > 23) throw new Error(`Hora inválida en la programación diaria: ${s.hour}`);
  if (!Number.isInteger(s.minute) || s.minute < 0 || s.minute > 59) throw new Error(`Minuto inválido en la programación diaria: ${s.minute}`);
  formatter(s.tz); // throws RangeError on an unknown zone
}

/** The first instant strictly after `after` at which the local time in tz is hour:minute. */
export function nextDailyRun(schedule: DailySchedule, after: Date): Date {
  const today = localParts(after, schedule.tz);
  for (let addDays = 0; addDays < 3; addDays++) {
    const d = new Date(Date.UTC(today.year, today.month - 1, today.day + addDays));
    const candidate = zonedInstant(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), schedule.hour, schedule.minute, schedule.tz);
    if (candidate.getTime() > after.getTime()) return candidate;
  }
  throw new Error('No se encontró la siguiente ejecución diaria');
}

export function cronPattern(s: DailySchedule): string {
  return `${s.minute} ${s.hour} * * *`;
}

/** Reads back hour and minute from a `m h * * *` pattern. */
export function parseDailyPattern(pattern: string): { hour: number; minute: number } | null {
  const m = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(pattern.trim());
  return m ? { minute: Number(m[1]), hour: Number(m[2]) } : null;
}

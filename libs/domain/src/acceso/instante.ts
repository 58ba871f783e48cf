// An instant of the access rules: ISO-8601 UTC text with seconds, e.g. '2026-03-10T14:05:00Z'. It is passed in,
// never read from a clock inside the domain.
import { valorInvalido } from '../comun/errores';

export type Instante = string;

const INSTANTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function milisegundos(instante: Instante, campo = 'instante'): number {
  const ms = INSTANTE.test(instante) ? Date.parse(instante) : NaN;
  if (Number.isNaN(ms)) throw valorInvalido('instante-invalido', `El instante no es válido, use AAAA-MM-DDTHH:MM:SSZ (${campo}).`, campo);
  return ms;
}

export function instanteDesde(ms: number): Instante {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

export const MINUTO_MS = 60_000;

// The business clock of the registry: the legal date (Fecha) and instant the API stamps on commands. The domain
// never reads a clock; this is the only place the registry does, so tests and operators can replace it.
import type { Fecha, Instante } from '@tesoreria/domain';

export interface Reloj {
  /** Today's date in Chiapas (America/Mexico_City), 'YYYY-MM-DD'. */
  hoy(): Fecha;
  /** Now, ISO-8601 UTC with seconds. */
  ahora(): Instante;
}

const FORMATO_FECHA = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' });

export const relojDelSistema: Reloj = {
  hoy: () => FORMATO_FECHA.format(new Date()),
  ahora: () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
};

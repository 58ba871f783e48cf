// Session expiry (decision 0205): a session ends after 30 minutes without activity or 8 hours after login,
// whichever comes first. Instants are passed in.
import { Instante, MINUTO_MS, instanteDesde, milisegundos } from './instante';

export interface PoliticaDeSesion {
  readonly inactividadMinutos: number;
  readonly duracionMaximaMinutos: number;
}

export const POLITICA_DE_SESION: PoliticaDeSesion = { inactividadMinutos: 30, duracionMaximaMinutos: 8 * 60 };

export interface Sesion {
  readonly iniciada: Instante;
  readonly ultimaActividad: Instante;
}

export type EstadoDeSesion =
  | { readonly vigente: true; readonly expira: Instante }
  | { readonly vigente: false; readonly motivo: 'inactividad' | 'duracion-maxima'; readonly expiro: Instante };

export function evaluarSesion(sesion: Sesion, ahora: Instante, politica: PoliticaDeSesion = POLITICA_DE_SESION): EstadoDeSesion {
  const t = milisegundos(ahora, 'ahora');
  const porInactividad = milisegundos(sesion.ultimaActividad, 'ultimaActividad') + politica.inactividadMinutos * MINUTO_MS;
  const porDuracion = milisegundos(sesion.iniciada, 'iniciada') + politica.duracionMaximaMinutos * MINUTO_MS;
  const expira = Math.min(porInactividad, porDuracion);
  if (t < expira) return { vigente: true, expira: instanteDesde(expira) };
  return { vigente: false, motivo: porDuracion <= porInactividad ? 'duracion-maxima' : 'inactividad', expiro: instanteDesde(expira) };
}

/** Activity extends the idle limit but never the maximum duration. */
export function renovarSesion(sesion: Sesion, ahora: Instante, politica: PoliticaDeSesion = POLITICA_DE_SESION): Sesion | null {
  return evaluarSesion(sesion, ahora, politica).vigente ? { iniciada: sesion.iniciada, ultimaActividad: ahora } : null;
}

// Lock-out after repeated failed logins (decision 0205): 5 failures within a sliding 15-minute window lock the
// account until that window no longer holds 5 failures. A successful login clears the list the caller keeps.
import { rechazoAcceso } from './rechazos';
import { Instante, MINUTO_MS, instanteDesde, milisegundos } from './instante';

export interface PoliticaDeBloqueo {
  readonly maximoIntentos: number;
  readonly ventanaMinutos: number;
}

export const POLITICA_DE_BLOQUEO: PoliticaDeBloqueo = { maximoIntentos: 5, ventanaMinutos: 15 };

export type EstadoDeBloqueo =
  | { readonly bloqueado: false; readonly intentosRestantes: number }
  | { readonly bloqueado: true; readonly hasta: Instante };

/** `fallidos`: instants of failed logins since the last success, any order. */
export function evaluarBloqueo(fallidos: readonly Instante[], ahora: Instante, politica: PoliticaDeBloqueo = POLITICA_DE_BLOQUEO): EstadoDeBloqueo {
  const t = milisegundos(ahora, 'ahora');
  const ventana = politica.ventanaMinutos * MINUTO_MS;
  const recientes = fallidos
    .map((f) => milisegundos(f, 'fallidos'))
    .filter((f) => f <= t && f > t - ventana)
    .sort((a, b) => b - a);
  if (recientes.length < politica.maximoIntentos) {
    return { bloqueado: false, intentosRestantes: politica.maximoIntentos - recientes.length };
  }
  // The window stops holding `maximoIntentos` failures when the oldest of the most recent ones leaves it.
  return { bloqueado: true, hasta: instanteDesde(recientes[politica.maximoIntentos - 1] + ventana) };
}

/** Throws the 403 refusal `cuenta-bloqueada` (the API adds Retry-After from `detalles.hasta`). */
export function exigirCuentaNoBloqueada(fallidos: readonly Instante[], ahora: Instante, politica: PoliticaDeBloqueo = POLITICA_DE_BLOQUEO): void {
  const estado = evaluarBloqueo(fallidos, ahora, politica);
  if (estado.bloqueado) {
    throw rechazoAcceso('cuenta-bloqueada', `La cuenta está bloqueada por intentos fallidos hasta ${estado.hasta} (usuario).`, 'usuario', { hasta: estado.hasta });
  }
}

// The one place that names the stream of a crédito fiscal: `credito-{id}`. Handlers, projections and the sweep
// call this function; no other code writes the name inline.
import { valorInvalido } from '../comun/errores';

const ID_DE_CREDITO = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const PREFIJO_DE_FLUJO_DE_CREDITO = 'credito-';

export function flujoDeCredito(creditoId: string): string {
  if (typeof creditoId !== 'string' || !ID_DE_CREDITO.test(creditoId)) {
    throw valorInvalido('credito-id-invalido', 'El campo creditoId debe tener de 1 a 64 letras, dígitos, punto, guion o guion bajo.', 'creditoId');
  }
  return `${PREFIJO_DE_FLUJO_DE_CREDITO}${creditoId}`;
}

/** The credit id of a stream name, or null when the stream is not a credit's. */
export function creditoDelFlujo(flujo: string): string | null {
  return flujo.startsWith(PREFIJO_DE_FLUJO_DE_CREDITO) ? flujo.slice(PREFIJO_DE_FLUJO_DE_CREDITO.length) : null;
}

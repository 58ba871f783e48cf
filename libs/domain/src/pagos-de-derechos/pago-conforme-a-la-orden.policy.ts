// LD arts. 5 and 11: a bank collects what an orden de pago fixed. A línea de captura that no issued order carries
// is refused, and so is a payment whose derecho or quantity differs from its order's: the amount of the línea
// de captura was computed for that derecho and quantity, and nothing else may be paid with it.
import { reglaIncumplida } from '../comun/errores';
import { plegar } from '../comun/decider';
import { ordenDePagoDecider } from './orden-de-pago.decider';
import type { EventoOrdenDePago, OrdenDePagoEmitida } from './orden-de-pago.events';

export interface PagoDeUnaLinea {
  /** Normalised (digits only). */
  readonly lineaDeCaptura: string;
  readonly claveDerecho: string;
  readonly cantidad: number;
}

/** The order the payment pays, given the events of that order's flujo; a refusal naming the field otherwise. */
export function ordenQuePaga(historiaDeLaOrden: readonly EventoOrdenDePago[], pago: PagoDeUnaLinea): OrdenDePagoEmitida['data'] {
  const orden = plegar(ordenDePagoDecider, historiaDeLaOrden);
  if (orden.estado !== 'emitida' || orden.orden.lineaDeCaptura !== pago.lineaDeCaptura) {
    throw reglaIncumplida('orden-de-pago-desconocida', 'La línea de captura no corresponde a ninguna orden de pago emitida (lineaDeCaptura).', 'lineaDeCaptura', 'LD art. 5');
  }
  if (orden.orden.claveDerecho !== pago.claveDerecho) {
    throw reglaIncumplida('derecho-distinto-de-la-orden', `La orden de pago es del derecho ${orden.orden.claveDerecho}, no ${pago.claveDerecho} (claveDerecho).`, 'claveDerecho', 'LD art. 11');
  }
  if (orden.orden.cantidad !== pago.cantidad) {
    throw reglaIncumplida('cantidad-distinta-de-la-orden', `La orden de pago es por ${orden.orden.cantidad} unidad(es), no ${pago.cantidad} (cantidad).`, 'cantidad', 'LD art. 11');
  }
  return orden.orden;
}

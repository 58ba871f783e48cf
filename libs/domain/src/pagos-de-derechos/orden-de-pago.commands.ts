// Commands of the OrdenDePago decider (stream `orden-de-pago-{serie}`): anyone picks a derecho and a quantity.
import { Fecha } from '../comun/fecha';
import { LineaDeTarifa } from './importe-de-derecho';

export interface EmitirOrdenDePago {
  readonly type: 'EmitirOrdenDePago';
  readonly data: {
    /** Consecutive drawn by the handler once the order is accepted (decision 0203); it is the stream id and goes inside the línea de captura. */
    readonly serie: number;
    readonly claveDerecho: string;
    readonly cantidad: number;
    /** Business date of the request (metadata `fechaEfecto`). */
    readonly fechaEmision: Fecha;
    /** Last day the order may be paid, computed by the handler (e.g. with the business-day calendar). */
    readonly fechaVigencia: Fecha;
    /**
     * Argument: a random secret (at least 128 bits, URL-safe) drawn by the handler. The order's public link carries
     * it; the consecutive serie alone opens nothing (issue 9, item 11).
     */
    readonly token: string;
    /** The catalog line of `claveDerecho` in force at `fechaEmision`; null when the catalog has no such key. */
    readonly lineaDeTarifa: LineaDeTarifa | null;
  };
}

export type ComandoOrdenDePago = EmitirOrdenDePago;

// Events of the PagoDeDerecho decider: the recibo oficial (CHP art. 38) is the `PagoRecibido` fact and its folio.
import { EventoDeDominio } from '../comun/decider';
import type { PagaUnFormato } from '../pagos-de-creditos/formato-de-pago.events';
import type { DatosDelPagoRecibido } from './datos-del-pago-recibido';

export type { DatosDelPagoRecibido };

/**
 * What a payment pays. `PagoRecibido` is the one fact of money received by the Treasury, whatever it pays: a
 * derecho's orden de pago here, a credit's formato de pago next (its application to the credit is another event,
 * in the credit's flujo). Readers route on `paga.tipo` and never take one kind for the other.
 */
export type LoQuePaga =
  | { readonly tipo: 'orden-de-pago'; readonly serieOrden: number; readonly lineaDeCaptura: string }
  | PagaUnFormato;

/** Schema version 2 added `paga`; version-1 events are upcast on read (libs/registro/src/eventos). */
export type PagoRecibido = EventoDeDominio<
  'PagoRecibido',
  DatosDelPagoRecibido & {
    readonly paga: Extract<LoQuePaga, { tipo: 'orden-de-pago' }>;
    readonly serieOrden: number;
    readonly claveDerecho: string;
    readonly cantidad: number;
    readonly importeDerecho: string;
    readonly adicional: string;
    readonly salvamentos: string;
  }
>;

export type EventoPagoDeDerecho = PagoRecibido;

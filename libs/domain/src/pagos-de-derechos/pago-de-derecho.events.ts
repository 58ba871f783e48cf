// Events of the PagoDeDerecho decider: the recibo oficial (CHP art. 38) is the `PagoRecibido` fact and its folio.
import { EventoDeDominio } from '../comun/decider';
import { Fecha } from '../comun/fecha';
import { ClaveDelegacion } from '../delegaciones/delegaciones';
import { CanalDePago } from './pago-de-derecho.commands';
import { ContribuyenteNormalizado } from './contribuyente';
import { MedioDePago } from './medios-de-pago';
import type { PagaUnFormato } from '../pagos-de-creditos/formato-de-pago.events';

/**
 * What a payment pays. `PagoRecibido` is the one fact of money received by the Treasury, whatever it pays: a
 * derecho's orden de pago here, a credit's formato de pago next (its application to the credit is another event,
 * in the credit's flujo). Readers route on `paga.tipo` and never take one kind for the other.
 */
export type LoQuePaga =
  | { readonly tipo: 'orden-de-pago'; readonly serieOrden: number; readonly lineaDeCaptura: string }
  | PagaUnFormato;

/** What every recibo oficial records of the money received, whatever it pays (CHP art. 38). */
export interface DatosDelPagoRecibido {
  readonly folio: string;
  readonly lineaDeCaptura: string;
  readonly referenciaBancaria: string;
  readonly canal: CanalDePago;
  readonly institucion: string;
  readonly importeTotal: string;
  readonly contribuyente: ContribuyenteNormalizado;
  readonly fechaPago: Fecha;
  readonly fechaVigencia: Fecha;
  readonly medioDePago: MedioDePago;
  readonly delegacion: ClaveDelegacion;
}

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

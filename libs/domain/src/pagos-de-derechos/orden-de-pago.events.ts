// Events of the OrdenDePago decider. Amounts are strings with two decimals.
import { EventoDeDominio } from '../comun/decider';
import { Fecha } from '../comun/fecha';

export type OrdenDePagoEmitida = EventoDeDominio<
  'OrdenDePagoEmitida',
  {
    readonly serie: number;
    readonly lineaDeCaptura: string;
    readonly claveDerecho: string;
    readonly dependencia: string;
    readonly cantidad: number;
    readonly tarifa: string;
    readonly importeDerecho: string;
    readonly adicional: string;
    readonly salvamentos: string;
    readonly total: string;
    readonly exentoDeAdicional: boolean;
    readonly fundamentoAdicional: string;
    readonly fechaEmision: Fecha;
    readonly fechaVigencia: Fecha;
  }
>;

export type EventoOrdenDePago = OrdenDePagoEmitida;

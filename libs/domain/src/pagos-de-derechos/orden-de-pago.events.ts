// Events of the OrdenDePago decider. Amounts are strings with two decimals.
import { EventoDeDominio } from '../comun/decider';
import { Fecha } from '../comun/fecha';
import type { ImporteDeDerecho } from './importe-de-derecho';

/** The amount of the order is the derecho's computed amount (without its explanation), plus the order's own facts. */
export type OrdenDePagoEmitida = EventoDeDominio<
  'OrdenDePagoEmitida',
  Omit<ImporteDeDerecho, 'desglose'> & {
    readonly serie: number;
    readonly lineaDeCaptura: string;
    readonly dependencia: string;
    readonly fechaEmision: Fecha;
    readonly fechaVigencia: Fecha;
    /** The secret of the order's public link; absent in orders issued before links had one. */
    readonly token?: string;
  }
>;

export type EventoOrdenDePago = OrdenDePagoEmitida;

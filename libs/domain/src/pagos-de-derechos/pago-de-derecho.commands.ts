// Commands of the PagoDeDerecho decider (stream `pago-de-derecho-{lineaDeCaptura}`): a bank or a ventanilla
// (role `banco`) reports that a línea de captura was paid.
import { Fecha } from '../comun/fecha';
import type { Calendario } from '../calendario/calendario';
import { ClaveDelegacion } from '../delegaciones/delegaciones';
import { Contribuyente } from './contribuyente';
import { ImporteDeDerecho } from './importe-de-derecho';
import { MedioDePago } from './medios-de-pago';

export type CanalDePago = 'banco' | 'ventanilla';

export interface RecibirPago {
  readonly type: 'RecibirPago';
  readonly data: {
    readonly lineaDeCaptura: string;
    /** The bank's (or ventanilla's) own reference of the operation: the idempotency key. */
    readonly referenciaBancaria: string;
    readonly canal: CanalDePago;
    /** Name or id of the bank or the collection office. */
    readonly institucion: string;
    readonly claveDerecho: string;
    readonly cantidad: number;
    readonly contribuyente: Contribuyente;
    /** Date the money was received (the date in law of the payment). */
    readonly fechaPago: Fecha;
    /** Argument: the legal date on which the bank posts the payment (the request's date), decision 0207. */
    readonly fechaRegistro: Fecha;
    /** Argument: how long after receiving money a bank may post it, in business days of `calendarioDePagos` (decision 0207). */
    readonly plazoDeRegistro: { readonly diasHabiles: number; readonly calendarioDePagos: Calendario };
    /** Argument: the date the orden de pago of this línea de captura was issued (LD art. 5: the order comes first). */
    readonly fechaEmisionOrden: Fecha;
    /** Amount received, decimal string. */
    readonly importe: string;
    readonly medioDePago: MedioDePago;
    /** Delegación de Finanzas (CHP art. 101) whose area received the payment. */
    readonly delegacion: ClaveDelegacion;
    /** Argument: what the derecho costs (calcularImporteDeDerecho over the catalog line). */
    readonly esperado: Pick<ImporteDeDerecho, 'claveDerecho' | 'cantidad' | 'importeDerecho' | 'adicional' | 'salvamentos' | 'total'>;
    /** Argument: the next consecutive folio number, drawn by the handler once the payment is accepted (decision 0203). */
    readonly secuenciaFolio: number;
  };
}

export type ComandoPagoDeDerecho = RecibirPago;

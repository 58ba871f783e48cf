// Commands of the ServicioRegistrado decider (stream `servicio-otorgado-{folioRecibo}`): what an agency does with
// a recibo oficial (LD arts. 5-6). The receipt and catalog line come in as arguments; who acts is in metadata.
import { Fecha } from '../comun/fecha';
import { LineaDeTarifa } from '../pagos-de-derechos/importe-de-derecho';
import { PagoRecibido } from '../pagos-de-derechos/pago-de-derecho.events';

/** The facts of the receipt the handler read (projection of `PagoRecibido`); `cancelado` once a payment is reversed. */
export type ReciboParaServicio = Pick<
  PagoRecibido['data'],
  'folio' | 'claveDerecho' | 'cantidad' | 'importeDerecho' | 'adicional' | 'salvamentos' | 'importeTotal' | 'fechaPago'
> & { readonly estado: 'pagado' | 'cancelado' };

export interface Receptor {
  readonly nombre: string;
  /** Optional document shown by the person (INE, CURP, poder notarial...). */
  readonly identificacion?: string;
}

interface DatosDeLaDependencia {
  readonly folioRecibo: string;
  /** Id of the agency of the logged-in user. */
  readonly dependencia: string;
  /** Argument: the receipt found under `folioRecibo`, or null when there is none. */
  readonly recibo: ReciboParaServicio | null;
  /** Argument: the catalog line of the derecho, in force at the date of the service; null when unknown. */
  readonly lineaDeTarifa: LineaDeTarifa | null;
}

export interface RegistrarServicio {
  readonly type: 'RegistrarServicio';
  readonly data: DatosDeLaDependencia & {
    readonly claveDerecho: string;
    readonly fechaOtorgamiento: Fecha;
    readonly receptor: Receptor;
  };
}

/** LD art. 6 I: the agency states it did not provide the service and the receipt was not used. */
export interface EmitirConstanciaDeNoPrestacion {
  readonly type: 'EmitirConstanciaDeNoPrestacion';
  readonly data: DatosDeLaDependencia & { readonly fechaEmision: Fecha; readonly motivo: string };
}

/** LD art. 6 I, CHP art. 53: the taxpayer asks the Secretaría to refund a payment whose service was not given. */
export interface SolicitarDevolucion {
  readonly type: 'SolicitarDevolucion';
  readonly data: { readonly folioRecibo: string; readonly fechaSolicitud: Fecha };
}

/** LD art. 6 II: the service is given later at a higher tariff; the agency authorises collecting the difference. */
export interface EmitirOrdenDeAutorizacionDeCobro {
  readonly type: 'EmitirOrdenDeAutorizacionDeCobro';
  readonly data: DatosDeLaDependencia & {
    readonly fechaPrestacion: Fecha;
    /** Argument: accessories of the difference at `fechaPrestacion`, from the actualización and recargos calculators. */
    readonly accesorios: { readonly actualizacion: string; readonly recargos: string };
  };
}

/** The difference authorised under LD art. 6 II was paid with another recibo oficial. */
export interface RegistrarPagoDeDiferencia {
  readonly type: 'RegistrarPagoDeDiferencia';
  readonly data: { readonly folioRecibo: string; readonly folioReciboDiferencia: string; readonly importe: string; readonly fechaPago: Fecha };
}

export type ComandoServicioRegistrado =
  | RegistrarServicio
  | EmitirConstanciaDeNoPrestacion
  | SolicitarDevolucion
  | EmitirOrdenDeAutorizacionDeCobro
  | RegistrarPagoDeDiferencia;

// Events of the PagoDeDerecho decider: the recibo oficial (CHP art. 38) is the `PagoRecibido` fact and its folio.
import { EventoDeDominio } from '../comun/decider';
import { Fecha } from '../comun/fecha';
import { ClaveDelegacion } from '../delegaciones/delegaciones';
import { CanalDePago } from './pago-de-derecho.commands';
import { ContribuyenteNormalizado } from './contribuyente';
import { MedioDePago } from './medios-de-pago';

export type PagoRecibido = EventoDeDominio<
  'PagoRecibido',
  {
    readonly folio: string;
    readonly lineaDeCaptura: string;
    readonly serieOrden: number;
    readonly referenciaBancaria: string;
    readonly canal: CanalDePago;
    readonly institucion: string;
    readonly claveDerecho: string;
    readonly cantidad: number;
    readonly importeDerecho: string;
    readonly adicional: string;
    readonly salvamentos: string;
    readonly importeTotal: string;
    readonly contribuyente: ContribuyenteNormalizado;
    readonly fechaPago: Fecha;
    readonly fechaVigencia: Fecha;
    readonly medioDePago: MedioDePago;
    readonly delegacion: ClaveDelegacion;
  }
>;

export type EventoPagoDeDerecho = PagoRecibido;

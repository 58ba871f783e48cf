// Events of the ServicioRegistrado decider. Amounts are strings with two decimals; who acted travels in metadata,
// `dependencia` stays in the data because the rules of LD art. 6 depend on it.
import { EventoDeDominio } from '../comun/decider';
import { Fecha } from '../comun/fecha';

export type ServicioRegistrado = EventoDeDominio<
  'ServicioRegistrado',
  {
    readonly folioRecibo: string;
    readonly claveDerecho: string;
    readonly cantidad: number;
    readonly dependencia: string;
    readonly fechaOtorgamiento: Fecha;
    readonly fechaPago: Fecha;
    readonly receptor: { readonly nombre: string; readonly identificacion: string | null };
  }
>;

export type ConstanciaDeNoPrestacionEmitida = EventoDeDominio<
  'ConstanciaDeNoPrestacionEmitida',
  {
    readonly folioRecibo: string;
    readonly claveDerecho: string;
    readonly dependencia: string;
    readonly fechaEmision: Fecha;
    readonly motivo: string;
    readonly fechaPago: Fecha;
    readonly importeTotal: string;
  }
>;

export type DevolucionSolicitada = EventoDeDominio<
  'DevolucionSolicitada',
  {
    readonly folioRecibo: string;
    /** The whole payment: derecho, adicional and salvamentos (decision 0204). */
    readonly importe: string;
    readonly fechaSolicitud: Fecha;
    readonly fundamento: string;
  }
>;

export type OrdenDeAutorizacionDeCobroEmitida = EventoDeDominio<
  'OrdenDeAutorizacionDeCobroEmitida',
  {
    readonly folioRecibo: string;
    readonly claveDerecho: string;
    readonly cantidad: number;
    readonly dependencia: string;
    readonly fechaPago: Fecha;
    readonly fechaPrestacion: Fecha;
    readonly importePagado: string;
    readonly importeALaFecha: string;
    readonly diferencia: string;
    readonly adicional: string;
    readonly salvamentos: string;
    readonly actualizacion: string;
    readonly recargos: string;
    readonly total: string;
  }
>;

export type DiferenciaPagada = EventoDeDominio<
  'DiferenciaPagada',
  { readonly folioRecibo: string; readonly folioReciboDiferencia: string; readonly importe: string; readonly fechaPago: Fecha }
>;

export type EventoServicioRegistrado =
  | ServicioRegistrado
  | ConstanciaDeNoPrestacionEmitida
  | DevolucionSolicitada
  | OrdenDeAutorizacionDeCobroEmitida
  | DiferenciaPagada;

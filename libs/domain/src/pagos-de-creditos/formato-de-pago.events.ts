// Events of the FormatoDePago decider (flujo `formato-de-pago-{numero}`): the formato issued with what each credit
// owes as of its validity date, and the bank's PagoRecibido of it (CHP art. 38), with how it is split among the
// credits it pays, oldest first (CHP art. 51). Applying each share to its credit is the credit's PagoAplicado.
import type { EventoDeDominio } from '../comun/decider';
import type { Fecha } from '../comun/fecha';
import type { AccesoriosDelAdeudo } from '../creditos/saldo';
import type { ContribuyenteNormalizado } from '../pagos-de-derechos/contribuyente';
import type { DatosDelPagoRecibido } from '../pagos-de-derechos/datos-del-pago-recibido';

/** One credit of a formato: what it owes by concept on the validity date (CHP arts. 43-45, 113). */
export interface CreditoDelFormato extends AccesoriosDelAdeudo {
  readonly creditoId: string;
  readonly periodo: string;
  readonly fechaDeterminacion: Fecha;
  readonly historicoPendiente: string;
}

export type FormatoDePagoEmitido = EventoDeDominio<'FormatoDePagoEmitido', {
  readonly numero: number;
  readonly lineaDeCaptura: string;
  readonly contribuyente: ContribuyenteNormalizado;
  /** Oldest first: the order the payment will be applied in (CHP art. 51). */
  readonly creditos: readonly CreditoDelFormato[];
  readonly total: string;
  readonly fechaEmision: Fecha;
  readonly fechaVigencia: Fecha;
  readonly advertencias: readonly string[];
}>;

/** A credit's share of the money: `importe` is what its AplicarPago receives (the last live credit takes any excess). */
export interface AsignacionDelPago {
  readonly creditoId: string;
  readonly importe: string;
}

export interface PagaUnFormato {
  readonly tipo: 'formato-de-pago';
  readonly numeroDeFormato: number;
  readonly lineaDeCaptura: string;
  readonly creditos: readonly string[];
  readonly asignaciones: readonly AsignacionDelPago[];
  /** CHP art. 53: money no live credit could take (all were extinguished before the payment). */
  readonly saldoAFavorSinAplicar: string;
}

export type PagoDeFormatoRecibido = EventoDeDominio<'PagoRecibido', DatosDelPagoRecibido & { readonly paga: PagaUnFormato }>;

export type EventoFormatoDePago = FormatoDePagoEmitido | PagoDeFormatoRecibido;

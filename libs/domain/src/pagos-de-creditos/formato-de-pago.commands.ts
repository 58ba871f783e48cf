// Commands of the FormatoDePago decider. The handler reads the credits and passes what they owe; the decider
// judges the dates, the amounts and the split, never a clock or a lookup.
import type { Fecha } from '../comun/fecha';
import type { Calendario } from '../calendario/calendario';
import type { ClaveDelegacion } from '../delegaciones/delegaciones';
import type { ContribuyenteNormalizado } from '../pagos-de-derechos/contribuyente';
import type { MedioDePago } from '../pagos-de-derechos/medios-de-pago';
import type { CanalDePago } from '../pagos-de-derechos/pago-de-derecho.commands';
import type { AsignacionDelPago, CreditoDelFormato } from './formato-de-pago.events';

export interface EmitirFormatoDePago {
  readonly type: 'EmitirFormatoDePago';
  readonly data: {
    /** Argument: the next number of the formatos' space, drawn once the formato is accepted. */
    readonly numero: number;
    /** Argument: the credits' debtor, as their CreditoDeterminado records it. */
    readonly contribuyente: ContribuyenteNormalizado;
    /** Argument: what each credit owes on fechaVigencia, as the estado de cuenta computes it. */
    readonly creditos: readonly (CreditoDelFormato & { readonly vivo: boolean; readonly rfc: string | null; readonly curp: string | null })[];
    readonly fechaEmision: Fecha;
    readonly fechaVigencia: Fecha;
    readonly advertencias: readonly string[];
  };
}

export interface RecibirPagoDeFormato {
  readonly type: 'RecibirPagoDeFormato';
  readonly data: {
    readonly lineaDeCaptura: string;
    readonly referenciaBancaria: string;
    readonly canal: CanalDePago;
    readonly institucion: string;
    readonly fechaPago: Fecha;
    /** Argument: the legal date the bank posts it (decision 0207). */
    readonly fechaRegistro: Fecha;
    readonly plazoDeRegistro: { readonly diasHabiles: number; readonly calendarioDePagos: Calendario };
    readonly importe: string;
    readonly medioDePago: MedioDePago;
    readonly delegacion: ClaveDelegacion;
    /** Argument: the split computed by `repartirPago` over the credits as they stand on fechaPago. */
    readonly asignaciones: readonly AsignacionDelPago[];
    readonly saldoAFavorSinAplicar: string;
    /** Argument: the next receipt folio number (decision 0203). */
    readonly secuenciaFolio: number;
  };
}

export type ComandoFormatoDePago = EmitirFormatoDePago | RecibirPagoDeFormato;

// Commands of the CreditoFiscal decider (stream `credito-{id}`). Dates are legal dates chosen by the operator or
// the legal date (fechaEfecto) of the sweep, never the wall clock; who acts travels in the command context.
import type { Fecha } from '../comun/fecha';
import type { Contribuyente } from '../pagos-de-derechos/contribuyente';
import type { CausaDeInsolvencia } from '../cancelacion/cancelacion';
import type { NaturalezaDeLaContribucion } from '../convenios/reglas';
import type { GastoExtraordinario } from '../gastos-de-ejecucion/gastos-de-ejecucion';
import type { BienEmbargado, MedioDeNotificacionDelCredito, MotivoDeReanudacion, MotivoDeSuspension, OrigenDelCredito } from './credito-fiscal.events';

export interface DeterminarCredito {
  readonly type: 'DeterminarCredito';
  readonly data: {
    readonly creditoId: string;
    readonly origen: OrigenDelCredito;
    readonly descripcion: string;
    readonly periodo: string;
    readonly importeHistorico: string;
    readonly delegacion: string;
    readonly fechaDeterminacion: Fecha;
    readonly fechaDelHecho: Fecha;
    readonly contribuyente: Contribuyente;
    /** LD art. 4: the fixed payment date of a derecho paid late. */
    readonly fechaLimitePago?: Fecha;
  };
}

export interface PracticarNotificacion {
  readonly type: 'PracticarNotificacion';
  readonly data: {
    readonly creditoId: string;
    readonly medio: MedioDeNotificacionDelCredito;
    /** Personal or mail: the day it was made; buzón: the aviso; estrados: the posting; edictos: unused. */
    readonly fecha: Fecha;
    readonly fechaApertura?: Fecha;
    readonly publicaciones?: readonly Fecha[];
    /** CHP art. 108 ¶2: the party says it knew of the act earlier. */
    readonly fechaManifestacionDeConocimiento?: Fecha;
  };
}

/** Run by the daily sweep with the legal date (fechaEfecto) (CHP arts. 37, 170, 172 IV, 42 IV). */
export interface BarrerVencimientos {
  readonly type: 'BarrerVencimientos';
  readonly data: { readonly creditoId: string; readonly fechaEfecto: Fecha };
}

export interface AplicarPago {
  readonly type: 'AplicarPago';
  readonly data: { readonly creditoId: string; readonly pagoId: string; readonly importe: string; readonly fechaPago: Fecha };
}

/** CHP art. 48: the bank returned unpaid the cheque of a payment already applied. */
export interface RegistrarChequeNoPagado {
  readonly type: 'RegistrarChequeNoPagado';
  readonly data: { readonly creditoId: string; readonly pagoId: string; readonly importeCheque: string; readonly fecha: Fecha };
}

export interface AutorizarConvenioDeCredito {
  readonly type: 'AutorizarConvenioDeCredito';
  readonly data: {
    readonly creditoId: string;
    readonly convenioId: string;
    readonly fechaDeSolicitud: Fecha;
    readonly fechaDeAutorizacion: Fecha;
    readonly numeroDeParcialidades: number;
    /** Monthly prórroga rate of the Ley de Ingresos in force on the request date, in percent. */
    readonly tasaMensualDeProrroga: string;
    readonly pagoInicialRecibido: string;
    readonly naturaleza: NaturalezaDeLaContribucion;
  };
}

export interface PagarParcialidad {
  readonly type: 'PagarParcialidad';
  readonly data: { readonly creditoId: string; readonly numero: number; readonly pagoId: string; readonly importe: string; readonly fechaPago: Fecha };
}

export interface RevocarConvenioDeCredito {
  readonly type: 'RevocarConvenioDeCredito';
  readonly data: { readonly creditoId: string; readonly causa: 'garantia-no-otorgada-o-insuficiente' | 'concurso-mercantil-o-quiebra'; readonly fecha: Fecha };
}

export interface PracticarRequerimiento {
  readonly type: 'PracticarRequerimiento';
  readonly data: { readonly creditoId: string; readonly fecha: Fecha };
}

export interface RegistrarGastoExtraordinario {
  readonly type: 'RegistrarGastoExtraordinario';
  readonly data: { readonly creditoId: string; readonly concepto: GastoExtraordinario; readonly importe: string; readonly fecha: Fecha };
}

export interface Embargar {
  readonly type: 'Embargar';
  readonly data: {
    readonly creditoId: string;
    readonly fecha: Fecha;
    readonly bienes?: readonly BienEmbargado[];
    /** CHP arts. 117 II, 118: bank funds frozen instead of goods. */
    readonly importeInmovilizado?: string;
    /** CHP art. 120: the executor may depart from the order of art. 119 in its cases. */
    readonly sinSujetarseAlOrden?: boolean;
  };
}

export interface AplicarDepositosEmbargados {
  readonly type: 'AplicarDepositosEmbargados';
  readonly data: { readonly creditoId: string; readonly fecha: Fecha };
}

export interface PracticarAvaluo {
  readonly type: 'PracticarAvaluo';
  readonly data: { readonly creditoId: string; readonly fecha: Fecha; readonly perito: string; readonly valor: string };
}

export interface ConvocarRemate {
  readonly type: 'ConvocarRemate';
  readonly data: { readonly creditoId: string; readonly fechaConvocatoria: Fecha; readonly fechaPublicacion: Fecha; readonly fechaRemate: Fecha };
}

export interface FincarRemate {
  readonly type: 'FincarRemate';
  readonly data: { readonly creditoId: string; readonly fecha: Fecha; readonly postor: string; readonly postura: string; readonly deposito: string };
}

export interface AdjudicarAlFisco {
  readonly type: 'AdjudicarAlFisco';
  readonly data: { readonly creditoId: string; readonly fecha: Fecha; readonly motivo: 'sin-postores' | 'sin-posturas-legales' };
}

export interface SuspenderPAE {
  readonly type: 'SuspenderPAE';
  readonly data: { readonly creditoId: string; readonly fecha: Fecha; readonly motivo: MotivoDeSuspension; readonly garantia: { readonly forma: string; readonly importe: string } };
}

export interface ReanudarPAE {
  readonly type: 'ReanudarPAE';
  readonly data: { readonly creditoId: string; readonly fecha: Fecha; readonly motivo: MotivoDeReanudacion };
}

export interface InterponerMedioDeDefensa {
  readonly type: 'InterponerMedioDeDefensa';
  readonly data: { readonly creditoId: string; readonly fecha: Fecha; readonly medio: 'recurso-de-revocacion' | 'juicio-de-nulidad' };
}

export interface ResolverMedioDeDefensa {
  readonly type: 'ResolverMedioDeDefensa';
  readonly data: { readonly creditoId: string; readonly fecha: Fecha; readonly sentido: 'confirma' | 'deja-sin-efecto' };
}

export interface DeclararPrescripcion {
  readonly type: 'DeclararPrescripcion';
  readonly data: { readonly creditoId: string; readonly fechaSolicitud: Fecha };
}

export interface CancelarCredito {
  readonly type: 'CancelarCredito';
  readonly data: {
    readonly creditoId: string;
    readonly fecha: Fecha;
    /** CHP art. 25 last ¶: the debtor's other credits, each updated with accessories on `fecha`. */
    readonly otrosCreditos: readonly { readonly id: string; readonly importe: string }[];
    readonly costoDeRecuperacion?: string;
    readonly insolvencia?: CausaDeInsolvencia;
    /** CHP art. 25: the acuerdo of the Secretario or the Subsecretario de Ingresos. */
    readonly acuerdo: string;
  };
}

export type ComandoDeCredito =
  | DeterminarCredito | PracticarNotificacion | BarrerVencimientos
  | AplicarPago | RegistrarChequeNoPagado | AutorizarConvenioDeCredito | PagarParcialidad | RevocarConvenioDeCredito
  | PracticarRequerimiento | RegistrarGastoExtraordinario | Embargar | AplicarDepositosEmbargados | PracticarAvaluo | ConvocarRemate | FincarRemate | AdjudicarAlFisco
  | SuspenderPAE | ReanudarPAE | InterponerMedioDeDefensa | ResolverMedioDeDefensa
  | DeclararPrescripcion | CancelarCredito;

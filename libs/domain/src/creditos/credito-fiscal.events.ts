// Events of the CreditoFiscal stream (`credito-{id}`), from determination to collection or extinction.
// Amounts are strings in pesos with two decimals; dates are legal dates. Who acted travels in the metadata.
// Amounts that accrue with time (actualización, recargos) are never recorded as they grow: only what a payment
// covered of them, at its date (decision 0106).
import type { EventoDeDominio } from '../comun/decider';
import type { Fecha } from '../comun/fecha';
import type { ClaveDelegacion } from '../delegaciones/delegaciones';
import type { ContribuyenteNormalizado } from '../pagos-de-derechos/contribuyente';
import type { DiligenciaDeEjecucion, GastoExtraordinario } from '../gastos-de-ejecucion/gastos-de-ejecucion';
import type { ParteAplicada } from '../pagos/aplicacion-de-pagos';
import type { EventoDeConvenio } from '../convenios/convenio-parcialidades.decider';
import type { MedioDeNotificacion } from '../notificaciones/requisitos-del-acto';

/** Where the credit comes from (CHP arts. 16, 37, 184; LD arts. 4 and 6 II). */
export type OrigenDelCredito = 'liquidacion' | 'autodeterminado' | 'multa' | 'derecho-fuera-de-plazo' | 'diferencia-ld-6-ii';
export const ORIGENES_DEL_CREDITO: readonly OrigenDelCredito[] = ['liquidacion', 'autodeterminado', 'multa', 'derecho-fuera-de-plazo', 'diferencia-ld-6-ii'];

/** CHP art. 107 I, III, IV: the means by which a determined credit (a recurrible act) is notified. */
export type MedioDeNotificacionDelCredito = Extract<MedioDeNotificacion, 'personal' | 'correo-certificado' | 'buzon' | 'estrados' | 'edictos'>;
export const MEDIOS_DE_NOTIFICACION_DEL_CREDITO: readonly MedioDeNotificacionDelCredito[] = ['personal', 'correo-certificado', 'buzon', 'estrados', 'edictos'];

export type CausaDeExigibilidad = 'plazo-de-pago-vencido' | 'convenio-revocado' | 'cheque-no-pagado';
export type CausaDeFirmeza = 'no-impugnado-en-plazo' | 'autodeterminado' | 'resolucion-confirmatoria';

/** CHP art. 119: the order in which the debtor may designate goods (fr. I, then fr. II a-g). */
export const ORDEN_DE_BIENES_EMBARGABLES = [
  'inmuebles-o-negociacion', 'dinero-metales-o-depositos', 'acciones-bonos-y-valores', 'alhajas-y-objetos-de-arte',
  'frutos-o-rentas', 'muebles', 'negociaciones', 'creditos-o-derechos',
] as const;
export type TipoDeBienEmbargable = (typeof ORDEN_DE_BIENES_EMBARGABLES)[number];

export interface BienEmbargado {
  readonly tipo: TipoDeBienEmbargable;
  readonly descripcion: string;
}

/** CHP arts. 27-30, 182, 190: why the PAE stops. */
export type MotivoDeSuspension = 'recurso-de-revocacion' | 'juicio-de-nulidad' | 'solicitud-de-condonacion';
export type MotivoDeReanudacion = 'resolucion-confirmatoria' | 'garantia-insuficiente' | 'desistimiento';

/** Where the money of a PagoAplicado came from. */
export type OrigenDelPago = 'pago-recibido' | 'producto-de-remate' | 'adjudicacion-al-fisco' | 'depositos-embargados';

export type CreditoDeterminado = EventoDeDominio<'CreditoDeterminado', {
  readonly creditoId: string;
  readonly origen: OrigenDelCredito;
  /** 'multa' bears no recargos and is updated under CHP art. 184 (decision 0006). */
  readonly concepto: 'contribucion' | 'multa';
  readonly descripcion: string;
  readonly periodo: string;
  readonly importeHistorico: string;
  readonly delegacion: ClaveDelegacion;
  readonly fechaDeterminacion: Fecha;
  /** The fact the caducidad of CHP art. 67 runs from (causation, the return's due date, the infraction). */
  readonly fechaDelHecho: Fecha;
  readonly contribuyente: ContribuyenteNormalizado;
  /** Known at once for self-determined credits and late derechos (CHP art. 37 II, LD art. 4); else set on notification. */
  readonly fechaLimitePago: Fecha | null;
  readonly fundamento: string;
}>;

export type NotificacionPracticada = EventoDeDominio<'NotificacionPracticada', {
  readonly creditoId: string;
  readonly medio: MedioDeNotificacionDelCredito;
  /** What the notifier did that day: the diligencia, the aviso, the posting, the last publication. */
  readonly fechaDelActo: Fecha;
  readonly fechaNotificacion: Fecha;
  readonly fechaSurteEfectos: Fecha;
  /** CHP art. 37 I: 30 business days after the notice took effect (payment calendar, art. 21 ¶3). */
  readonly fechaLimitePago: Fecha;
  /** CHP art. 170 I: last day to file the recurso de revocación (30 business days after the effect). */
  readonly fechaLimiteImpugnacion: Fecha;
  readonly fundamento: string;
}>;

export type CreditoExigible = EventoDeDominio<'CreditoExigible', {
  readonly creditoId: string;
  /** The first business day after the deadline passed unpaid (CHP art. 37), or the revocation date (42 IV). */
  readonly fecha: Fecha;
  readonly causa: CausaDeExigibilidad;
  /** CHP art. 117 last ¶: the debtor has six business days after the requerimiento takes effect to pay. */
  readonly seisDiasDelArt117: boolean;
  readonly fundamento: string;
}>;

export type CreditoFirme = EventoDeDominio<'CreditoFirme', { readonly creditoId: string; readonly fecha: Fecha; readonly causa: CausaDeFirmeza; readonly fundamento: string }>;

export type PagoAplicado = EventoDeDominio<'PagoAplicado', {
  readonly creditoId: string;
  /** Idempotency key: the folio of the PagoRecibido, or the act that produced the money. */
  readonly pagoId: string;
  readonly origen: OrigenDelPago;
  readonly fechaPago: Fecha;
  readonly importe: string;
  /** Every bucket as owed on fechaPago, with what the payment covered (CHP arts. 50-51, 161). */
  readonly partes: readonly ParteAplicada[];
  readonly totalAplicado: string;
  readonly totalPendiente: string;
  /** What exceeds the debt: saldo a favor (CHP art. 53) or the surplus returned to the debtor (art. 166). */
  readonly remanente: string;
  /** The historic principal the payment extinguished, and the recargos left owed as of fechaPago (decision 0106). */
  readonly historicoExtinguido: string;
  readonly recargosPendientes: string;
  readonly fundamento: string;
}>;

/** CHP art. 48: the cheque that paid a PagoAplicado bounced; what it covered is owed again, plus 20 % of the cheque. */
export type ChequeNoPagado = EventoDeDominio<'ChequeNoPagado', {
  readonly creditoId: string;
  readonly pagoId: string;
  readonly fecha: Fecha;
  readonly importeCheque: string;
  readonly indemnizacion: string;
  /** Three days for the drawer to pay with the indemnización before the PAE (business days, CHP art. 21). */
  readonly plazoDePago: Fecha;
  /** What the payment had covered, owed again: historic principal, recargos, indemnización, each gasto, and the saldo a favor it left. */
  readonly restituido: {
    readonly historico: string;
    readonly recargos: string;
    readonly indemnizacion: string;
    readonly gastos: readonly { readonly id: string; readonly importe: string }[];
    readonly saldoAFavor: string;
  };
  readonly fundamento: string;
}>;

export type CreditoPagado = EventoDeDominio<'CreditoPagado', { readonly creditoId: string; readonly fecha: Fecha }>;

export type RequerimientoPracticado = EventoDeDominio<'RequerimientoPracticado', {
  readonly creditoId: string;
  readonly fecha: Fecha;
  readonly fechaSurteEfectos: Fecha;
  /** CHP art. 117 last ¶: six business days to pay, when they apply; otherwise null (embargo in the same act). */
  readonly plazoDePago: Fecha | null;
  readonly fundamento: string;
}>;

export type GastosDeEjecucionCausados = EventoDeDominio<'GastosDeEjecucionCausados', {
  readonly creditoId: string;
  readonly diligencia: DiligenciaDeEjecucion;
  readonly fecha: Fecha;
  /** The credit demanded that day, without earlier gastos de ejecución (decision 0007). */
  readonly base: string;
  readonly calculado: string;
  readonly importe: string;
  readonly ajuste: 'ninguno' | 'minimo' | 'maximo';
  readonly fundamento: string;
}>;

/** CHP art. 113 ¶6: an extraordinary cost of the PAE, charged at what it cost. */
export type GastoExtraordinarioCausado = EventoDeDominio<'GastoExtraordinarioCausado', {
  readonly creditoId: string;
  readonly concepto: GastoExtraordinario;
  readonly fecha: Fecha;
  readonly importe: string;
  readonly fundamento: string;
}>;

export type Embargado = EventoDeDominio<'Embargado', {
  readonly creditoId: string;
  readonly fecha: Fecha;
  readonly modalidad: 'bienes' | 'depositos';
  readonly bienes: readonly BienEmbargado[];
  /** CHP arts. 117 II, 118: funds frozen, never above the credit and its accessories on that day. */
  readonly importeInmovilizado: string;
  readonly limiteDeInmovilizacion: string;
  /** CHP art. 120: the executor departed from the order of art. 119. */
  readonly sinSujetarseAlOrden: boolean;
  readonly fundamento: string;
}>;

export type AvaluoPracticado = EventoDeDominio<'AvaluoPracticado', {
  readonly creditoId: string;
  readonly fecha: Fecha;
  readonly perito: string;
  /** CHP art. 144: the base of the remate. */
  readonly base: string;
  readonly posturaLegal: string;
  readonly depositoMinimo: string;
  readonly valorDeAdjudicacion: string;
  readonly fundamento: string;
}>;

export type RemateConvocado = EventoDeDominio<'RemateConvocado', {
  readonly creditoId: string;
  readonly fechaConvocatoria: Fecha;
  readonly fechaPublicacion: Fecha;
  readonly fechaRemate: Fecha;
  readonly base: string;
  readonly posturaLegal: string;
  readonly fundamento: string;
}>;

export type Rematado = EventoDeDominio<'Rematado', {
  readonly creditoId: string;
  readonly fecha: Fecha;
  readonly postor: string;
  readonly postura: string;
  readonly deposito: string;
  readonly fundamento: string;
}>;

export type AdjudicadoAlFisco = EventoDeDominio<'AdjudicadoAlFisco', {
  readonly creditoId: string;
  readonly fecha: Fecha;
  readonly motivo: 'sin-postores' | 'sin-posturas-legales';
  readonly valorDeAdjudicacion: string;
  readonly fundamento: string;
}>;

export type PAESuspendido = EventoDeDominio<'PAESuspendido', {
  readonly creditoId: string;
  readonly fecha: Fecha;
  readonly motivo: MotivoDeSuspension;
  readonly garantia: { readonly forma: string; readonly importe: string };
  readonly fundamento: string;
}>;

export type PAEReanudado = EventoDeDominio<'PAEReanudado', { readonly creditoId: string; readonly fecha: Fecha; readonly motivo: MotivoDeReanudacion; readonly fundamento: string }>;

/** CHP arts. 170 I, 174, 176: the taxpayer challenges the credit; it is not firme while the challenge lasts. */
export type MedioDeDefensaInterpuesto = EventoDeDominio<'MedioDeDefensaInterpuesto', {
  readonly creditoId: string;
  readonly fecha: Fecha;
  readonly medio: 'recurso-de-revocacion' | 'juicio-de-nulidad';
  readonly fundamento: string;
}>;

/** CHP arts. 141 IV, 183: the challenge is resolved; confirmed, the credit is firme; set aside, it is annulled. */
export type MedioDeDefensaResuelto = EventoDeDominio<'MedioDeDefensaResuelto', {
  readonly creditoId: string;
  readonly fecha: Fecha;
  readonly sentido: 'confirma' | 'deja-sin-efecto';
  readonly fundamento: string;
}>;

export type PrescripcionDeclarada = EventoDeDominio<'PrescripcionDeclarada', {
  readonly creditoId: string;
  readonly fechaSolicitud: Fecha;
  readonly vencimiento: Fecha;
  readonly inicioDelComputo: Fecha;
  readonly fundamento: string;
}>;

export type CreditoCancelado = EventoDeDominio<'CreditoCancelado', {
  readonly creditoId: string;
  readonly fecha: Fecha;
  readonly causas: readonly ('incosteable-por-monto' | 'incosteable-por-costo' | 'insolvencia')[];
  readonly importeConsiderado: string;
  readonly acuerdo: string;
  readonly fundamento: string;
}>;

export type EventoDeCredito =
  | CreditoDeterminado | NotificacionPracticada | CreditoExigible | CreditoFirme
  | PagoAplicado | CreditoPagado | ChequeNoPagado
  | EventoDeConvenio
  | RequerimientoPracticado | GastosDeEjecucionCausados | GastoExtraordinarioCausado | Embargado | AvaluoPracticado | RemateConvocado | Rematado | AdjudicadoAlFisco
  | PAESuspendido | PAEReanudado | MedioDeDefensaInterpuesto | MedioDeDefensaResuelto
  | PrescripcionDeclarada | CreditoCancelado;

// A record keyed by every type of the union: adding an event without listing it here does not compile.
const TIPOS: Record<EventoDeCredito['type'], true> = {
  CreditoDeterminado: true, NotificacionPracticada: true, CreditoExigible: true, CreditoFirme: true, PagoAplicado: true, CreditoPagado: true, ChequeNoPagado: true,
  ConvenioAutorizado: true, ParcialidadPagada: true, ParcialidadVencida: true, ConvenioRevocado: true, ConvenioLiquidado: true,
  RequerimientoPracticado: true, GastosDeEjecucionCausados: true, GastoExtraordinarioCausado: true, Embargado: true, AvaluoPracticado: true, RemateConvocado: true, Rematado: true, AdjudicadoAlFisco: true,
  PAESuspendido: true, PAEReanudado: true, MedioDeDefensaInterpuesto: true, MedioDeDefensaResuelto: true, PrescripcionDeclarada: true, CreditoCancelado: true,
};
/** The event types of a credit's stream, for the application layer's type registry. */
export const TIPOS_DE_EVENTO_DE_CREDITO = Object.keys(TIPOS) as readonly EventoDeCredito['type'][];

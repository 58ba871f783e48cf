// What a credit's stream has recorded so far, folded from its events. It keeps the bases (historic principal
// still owed, gastos caused, recargos left owed at the last payment) and never an amount that grows with time.
import { Dec, aTexto } from '../comun/importe';
import type { Fecha } from '../comun/fecha';
import { evolucionarConvenio as plegarConvenio, type EstadoDeConvenio, type EventoDeConvenio } from '../convenios/convenio-parcialidades.decider';
import type { ConceptoDeAdeudo } from '../pagos/regla-de-aplicacion';
import type {
  AvaluoPracticado, ChequeNoPagado, PagoAplicado, CreditoDeterminado, CreditoExigible, CreditoFirme, Embargado, EventoDeCredito, NotificacionPracticada,
  PAESuspendido, RemateConvocado, RequerimientoPracticado,
} from './credito-fiscal.events';

/** A gasto de ejecución caused and what of it is still owed. */
export interface GastoPendiente {
  readonly id: string;
  readonly concepto: Extract<ConceptoDeAdeudo, 'gastos-de-ejecucion' | 'gastos-extraordinarios'>;
  readonly fecha: Fecha;
  readonly saldo: string;
}

/** Decision 0106: the principal accrues actualización and recargos from `desde`; `recargosFijos` were owed at `corte`. */
export interface BasesDelCredito {
  readonly historicoPendiente: string;
  readonly desde: Fecha | null;
  readonly recargosFijos: string;
  readonly corte: Fecha | null;
  /** CHP art. 48: the 20 % of bounced cheques still owed; never a base of recargos (art. 45). */
  readonly indemnizacion: string;
  readonly gastos: readonly GastoPendiente[];
  /** True while a convenio is in force: no actualización (CHP art. 42, penultimate ¶). */
  readonly congelado: boolean;
}

export interface Intervalo { readonly desde: Fecha; readonly hasta?: Fecha; readonly motivo: PAESuspendido['data']['motivo'] }

export interface EstadoDelPae {
  readonly requerimiento: RequerimientoPracticado['data'] | null;
  readonly embargos: readonly Embargado['data'][];
  readonly depositosAplicados: boolean;
  readonly avaluo: AvaluoPracticado['data'] | null;
  readonly remate: RemateConvocado['data'] | null;
  readonly enajenado: { readonly fecha: Fecha; readonly como: 'rematado' | 'adjudicado' } | null;
  readonly suspension: PAESuspendido['data'] | null;
  readonly suspensiones: readonly Intervalo[];
  /** A recurso or juicio was filed against the credit: it is not firme by the lapse of the term (CHP art. 172 IV). */
  readonly impugnado: boolean;
  /** The challenges filed without (or with) a suspension of the PAE; each suspends caducidad while it lasts (art. 67). */
  readonly mediosDeDefensa: readonly Intervalo[];
  /** Acts of the PAE made known to the debtor: they interrupt prescription (CHP art. 24 ¶3). */
  readonly gestiones: readonly { readonly fecha: Fecha; readonly descripcion: string }[];
}

export interface EstadoDeCredito {
  readonly credito: CreditoDeterminado['data'] | null;
  readonly fechaLimitePago: Fecha | null;
  readonly notificacion: NotificacionPracticada['data'] | null;
  readonly exigible: CreditoExigible['data'] | null;
  readonly firme: CreditoFirme['data'] | null;
  readonly bases: BasesDelCredito;
  readonly pagosAplicados: readonly string[];
  /** The PagoAplicado of each payment, kept so a bounced cheque can restore what it covered (CHP art. 48). */
  readonly pagos: readonly PagoAplicado['data'][];
  readonly chequesNoPagados: readonly ChequeNoPagado['data'][];
  /** Payments by the debtor: a tacit acknowledgement that interrupts prescription (CHP art. 24 ¶3). */
  readonly reconocimientos: readonly { readonly fecha: Fecha; readonly descripcion: string }[];
  readonly saldoAFavor: string;
  readonly convenio: EstadoDeConvenio;
  readonly pae: EstadoDelPae;
  readonly extincion: { readonly como: 'pagado' | 'prescrito' | 'cancelado' | 'anulado'; readonly fecha: Fecha } | null;
}

export const estadoInicialDeCredito = (): EstadoDeCredito => ({
  credito: null, fechaLimitePago: null, notificacion: null, exigible: null, firme: null,
  bases: { historicoPendiente: '0.00', desde: null, recargosFijos: '0.00', corte: null, indemnizacion: '0.00', gastos: [], congelado: false },
  pagosAplicados: [], pagos: [], chequesNoPagados: [], reconocimientos: [], saldoAFavor: '0.00',
  convenio: { estado: 'sin-convenio' },
  pae: { requerimiento: null, embargos: [], depositosAplicados: false, avaluo: null, remate: null, enajenado: null, suspension: null, suspensiones: [], impugnado: false, mediosDeDefensa: [], gestiones: [] },
  extincion: null,
});

const conPae = (s: EstadoDeCredito, cambio: Partial<EstadoDelPae>): EstadoDeCredito => ({ ...s, pae: { ...s.pae, ...cambio } });
const gestion = (s: EstadoDeCredito, fecha: Fecha, descripcion: string): EstadoDeCredito => conPae(s, { gestiones: [...s.pae.gestiones, { fecha, descripcion }] });

function evolucionarConvenio(s: EstadoDeCredito, e: EventoDeConvenio): EstadoDeCredito {
  const siguiente = { ...s, convenio: plegarConvenio(s.convenio, e) };
  switch (e.type) {
    case 'ConvenioAutorizado':
      // CHP art. 37 IV: the convenio sets the term; what was owed is now its balance, frozen (art. 42 penultimate ¶).
      return {
        ...siguiente, exigible: null,
        bases: { historicoPendiente: e.data.saldo, desde: e.data.fechaDeSolicitud, recargosFijos: '0.00', corte: null, indemnizacion: '0.00', gastos: [], congelado: true },
        reconocimientos: [...s.reconocimientos, { fecha: e.data.fechaDeSolicitud, descripcion: 'solicitud de pago en parcialidades (reconocimiento expreso)' }],
      };
    case 'ParcialidadPagada':
      return {
        ...siguiente,
        bases: { ...s.bases, historicoPendiente: aTexto(new Dec(s.bases.historicoPendiente).minus(e.data.aplicadoACapital)) },
        pagosAplicados: [...s.pagosAplicados, e.data.referencia],
        reconocimientos: [...s.reconocimientos, { fecha: e.data.fechaDePago, descripcion: `pago de la parcialidad ${e.data.numero}` }],
      };
    case 'ConvenioRevocado':
      // CHP art. 42, penultimate ¶: the balance not covered is updated and bears recargos from the last payment.
      return { ...siguiente, bases: { ...s.bases, historicoPendiente: e.data.saldoNoCubierto, desde: e.data.fechaDelUltimoPago, congelado: false } };
    default:
      return siguiente;
  }
}

const mas = (a: string, b: string) => aTexto(new Dec(a).plus(b));

/** CHP art. 48: a bounced cheque paid nothing: what its payment covered is owed again, with the 20 % indemnización. */
function restituirCheque(s: EstadoDeCredito, d: ChequeNoPagado['data']): EstadoDeCredito {
  const r = d.restituido;
  return {
    ...s,
    extincion: s.extincion?.como === 'pagado' ? null : s.extincion,
    chequesNoPagados: [...s.chequesNoPagados, d],
    saldoAFavor: aTexto(new Dec(s.saldoAFavor).minus(r.saldoAFavor)),
    bases: {
      ...s.bases,
      historicoPendiente: mas(s.bases.historicoPendiente, r.historico),
      recargosFijos: mas(s.bases.recargosFijos, r.recargos),
      indemnizacion: mas(mas(s.bases.indemnizacion, r.indemnizacion), d.indemnizacion),
      gastos: s.bases.gastos.map((g) => ({ ...g, saldo: mas(g.saldo, r.gastos.find((x) => x.id === g.id)?.importe ?? '0') })),
    },
  };
}

export function evolucionarCredito(s: EstadoDeCredito, e: EventoDeCredito): EstadoDeCredito {
  switch (e.type) {
    case 'CreditoDeterminado':
      return { ...s, credito: e.data, fechaLimitePago: e.data.fechaLimitePago, bases: { ...s.bases, historicoPendiente: e.data.importeHistorico, desde: e.data.fechaLimitePago } };
    case 'NotificacionPracticada':
      return { ...s, notificacion: e.data, fechaLimitePago: e.data.fechaLimitePago, bases: { ...s.bases, desde: e.data.fechaLimitePago } };
    case 'CreditoExigible':
      return { ...s, exigible: e.data };
    case 'CreditoFirme':
      return { ...s, firme: e.data };
    case 'PagoAplicado': {
      const pendienteDe = (id: string) => e.data.partes.find((p) => p.contribucion === id)?.pendiente;
      const gastos = s.bases.gastos.map((g) => ({ ...g, saldo: pendienteDe(g.id) ?? g.saldo }));
      const debtor = e.data.origen === 'pago-recibido';
      return {
        ...s,
        pae: e.data.origen === 'depositos-embargados' ? { ...s.pae, depositosAplicados: true } : s.pae,
        bases: {
          ...s.bases, gastos, recargosFijos: e.data.recargosPendientes, corte: e.data.fechaPago,
          indemnizacion: pendienteDe('indemnizacion-cheque') ?? s.bases.indemnizacion,
          historicoPendiente: aTexto(new Dec(s.bases.historicoPendiente).minus(e.data.historicoExtinguido)),
        },
        pagosAplicados: [...s.pagosAplicados, e.data.pagoId],
        pagos: [...s.pagos, e.data],
        reconocimientos: debtor ? [...s.reconocimientos, { fecha: e.data.fechaPago, descripcion: `pago ${e.data.pagoId} (reconocimiento tácito)` }] : s.reconocimientos,
        saldoAFavor: aTexto(new Dec(s.saldoAFavor).plus(debtor ? e.data.remanente : 0)),
      };
    }
    case 'CreditoPagado':
      return { ...s, extincion: { como: 'pagado', fecha: e.data.fecha } };
    case 'ChequeNoPagado':
      return restituirCheque(s, e.data);
    case 'ConvenioAutorizado': case 'ParcialidadPagada': case 'ParcialidadVencida': case 'ConvenioRevocado': case 'ConvenioLiquidado':
      return evolucionarConvenio(s, e);
    case 'RequerimientoPracticado':
      return gestion(conPae(s, { requerimiento: e.data }), e.data.fecha, 'requerimiento de pago');
    case 'GastosDeEjecucionCausados': {
      const gasto: GastoPendiente = { id: `${e.data.diligencia}-${e.data.fecha}-${s.bases.gastos.length + 1}`, concepto: 'gastos-de-ejecucion', fecha: e.data.fecha, saldo: e.data.importe };
      return { ...s, bases: { ...s.bases, gastos: [...s.bases.gastos, gasto] } };
    }
    case 'GastoExtraordinarioCausado': {
      const gasto: GastoPendiente = { id: `extraordinario-${e.data.concepto}-${e.data.fecha}-${s.bases.gastos.length + 1}`, concepto: 'gastos-extraordinarios', fecha: e.data.fecha, saldo: e.data.importe };
      return { ...s, bases: { ...s.bases, gastos: [...s.bases.gastos, gasto] } };
    }
    case 'Embargado':
      return gestion(conPae(s, { embargos: [...s.pae.embargos, e.data] }), e.data.fecha, `embargo de ${e.data.modalidad}`);
    case 'AvaluoPracticado':
      return gestion(conPae(s, { avaluo: e.data }), e.data.fecha, 'avalúo notificado');
    case 'RemateConvocado':
      return conPae(s, { remate: e.data });
    case 'Rematado':
      return conPae(s, { enajenado: { fecha: e.data.fecha, como: 'rematado' } });
    case 'AdjudicadoAlFisco':
      return conPae(s, { enajenado: { fecha: e.data.fecha, como: 'adjudicado' } });
    case 'PAESuspendido':
      return conPae(s, { suspension: e.data, suspensiones: [...s.pae.suspensiones, { desde: e.data.fecha, motivo: e.data.motivo }], impugnado: s.pae.impugnado || e.data.motivo !== 'solicitud-de-condonacion' });
    case 'PAEReanudado':
      return conPae(s, {
        suspension: null,
        suspensiones: s.pae.suspensiones.map((i, k) => (k === s.pae.suspensiones.length - 1 ? { ...i, hasta: e.data.fecha } : i)),
      });
    case 'MedioDeDefensaInterpuesto':
      return conPae(s, { impugnado: true, mediosDeDefensa: [...s.pae.mediosDeDefensa, { desde: e.data.fecha, motivo: e.data.medio }] });
    case 'MedioDeDefensaResuelto': {
      const cerrados = s.pae.mediosDeDefensa.map((m) => (m.hasta === undefined ? { ...m, hasta: e.data.fecha } : m));
      const resuelto = conPae(s, { mediosDeDefensa: cerrados });
      return e.data.sentido === 'deja-sin-efecto' ? { ...resuelto, extincion: { como: 'anulado', fecha: e.data.fecha } } : resuelto;
    }
    case 'PrescripcionDeclarada':
      return { ...s, extincion: { como: 'prescrito', fecha: e.data.fechaSolicitud } };
    case 'CreditoCancelado':
      return { ...s, extincion: { como: 'cancelado', fecha: e.data.fecha } };
  }
}

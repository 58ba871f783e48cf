// The acts of a demo credit's life, each a step that picks its legal date from the domain's own deadlines (the
// state folded so far, the business-day calendar of CHP art. 21) so every life the seed sends is one the decider
// accepts. A step answers the command to send, or null when the law leaves nothing to do on that date.
import Decimal from 'decimal.js';
import {
  adeudoALaFecha, aTexto, exigibleDesde, firmeDesde, mesDe, restarDiasHabiles, sumarMeses, siguienteDiaHabil, sumarDiasHabiles,
  type BienEmbargado, type ComandoDeCredito, type EntornoDeCredito, type EstadoDeCredito, type Fecha,
  type MedioDeNotificacionDelCredito, type MotivoDeSuspension,
} from '@tesoreria/domain';

/** Where a life stands when its next step is chosen. */
export interface Cursor {
  /** The seed's business date (today in Chiapas): no act is dated after it, save a remate convened ahead. */
  readonly hoy: Fecha;
  readonly entorno: EntornoDeCredito;
  /** CHP art. 42 I: the monthly prórroga rate in force on a date (Ley de Ingresos). */
  readonly tasaDeProrroga: (f: Fecha) => string;
  readonly estado: EstadoDeCredito;
  /** The legal date of the last act sent. */
  readonly ultima: Fecha;
  /** The step's number in the life, for references (pagos, convenios) unique per credit. */
  readonly numero: number;
}

/** A command of the credit without its id (the seed adds it). */
export type Orden = { readonly [T in ComandoDeCredito['type']]: { readonly type: T; readonly data: Omit<Extract<ComandoDeCredito, { type: T }>['data'], 'creditoId'> } }[ComandoDeCredito['type']];
export type Paso = (c: Cursor) => { readonly orden: Orden; readonly fecha: Fecha } | null;
/** A legal date chosen from where the life stands. */
export type Cuando = (c: Cursor) => Fecha;

/** n business days after the last act (the same day when n is 0 and it is a business day). */
export const tras = (n: number): Cuando => (c) => (n === 0 ? siguienteDiaHabil(c.entorno.calendario, c.ultima) : sumarDiasHabiles(c.entorno.calendario, c.ultima, n));
/** n business days before today. */
export const hace = (n: number): Cuando => (c) => restarDiasHabiles(c.entorno.calendario, c.hoy, n);
/** The later of two dates: an act never precedes the one before it. */
const noAntes = (c: Cursor, f: Fecha): Fecha => (f < c.ultima ? siguienteDiaHabil(c.entorno.calendario, c.ultima) : f);
const fechaDe = (c: Cursor, cuando: Cuando): Fecha => noAntes(c, cuando(c));

/** What the credit owes on a date, with its accessories (CHP arts. 43-45, 113). */
export const adeudo = (c: Cursor, f: Fecha): Decimal => new Decimal(adeudoALaFecha(c.estado, f, c.entorno.tablasDeAdeudo).total);
const pesos = (d: Decimal): string => aTexto(d.toDecimalPlaces(2, Decimal.ROUND_UP));

export const notificar = (medio: MedioDeNotificacionDelCredito, cuando: Cuando): Paso => (c) => {
  const fecha = fechaDe(c, cuando);
  return { orden: { type: 'PracticarNotificacion', data: { medio, fecha } }, fecha };
};

/**
 * The daily sweep as it would have run on the day the next term ended (CHP arts. 37, 42 IV, 170, 172 IV), or on
 * `cuando` when given; never after today. Nothing to sweep yields no command.
 */
export const barrer = (cuando?: Cuando): Paso => (c) => {
  const vence = [exigibleDesde(c.estado, c.entorno), firmeDesde(c.estado, c.entorno)].filter((f): f is Fecha => f !== null).sort().pop();
  const propuesta = cuando ? cuando(c) : vence;
  if (!propuesta) return null;
  const fecha = noAntes(c, propuesta > c.hoy ? c.hoy : propuesta);
  return { orden: { type: 'BarrerVencimientos', data: { fechaEfecto: fecha } }, fecha };
};

/**
 * CHP art. 117: the requerimiento follows exigibility; and it causes the gastos of art. 113, whose amounts the
 * loaded tables hold only from their first row (2025): an older credit's PAE starts then.
 */
export const requerir = (cuando: Cuando): Paso => (c) => {
  const desde = [c.estado.exigible?.fecha ?? c.ultima, c.ultima, c.entorno.montosDeGastosDeEjecucion.porcentaje.filas[0]!.desde].sort().pop()!;
  const fecha = fechaDe({ ...c, ultima: desde }, cuando);
  return { orden: { type: 'PracticarRequerimiento', data: { fecha } }, fecha };
};

/** Goods in the order of art. 119, or bank funds frozen up to a share of what is owed (arts. 117 II, 118). */
export const embargar = (cuando: Cuando, bienes: readonly BienEmbargado[] | { readonly fraccionInmovilizada: string }): Paso => (c) => {
  // Art. 117: when the six days run, the embargo comes after them.
  const plazo = c.estado.pae.requerimiento?.plazoDePago;
  const fecha = fechaDe(plazo && plazo >= c.ultima ? { ...c, ultima: sumarDiasHabiles(c.entorno.calendario, plazo, 1) } : c, cuando);
  const data = 'fraccionInmovilizada' in bienes
    ? { fecha, importeInmovilizado: pesos(adeudo(c, fecha).times(bienes.fraccionInmovilizada).floor()) }
    : { fecha, bienes };
  return { orden: { type: 'Embargar', data }, fecha };
};

/** The appraisal (art. 144) as a share of what is owed: below it, the 60 % of art. 163 leaves a balance. */
export const valuar = (cuando: Cuando, perito: string, fraccionDelAdeudo: string): Paso => (c) => {
  const fecha = fechaDe(c, cuando);
  return { orden: { type: 'PracticarAvaluo', data: { fecha, perito, valor: pesos(adeudo(c, fecha).times(fraccionDelAdeudo).ceil()) } }, fecha };
};

/** CHP art. 145: convened and published the same day, held `habiles` business days later (10 to 20). */
export const convocar = (cuando: Cuando, habiles: number): Paso => (c) => {
  const fecha = fechaDe(c, cuando);
  const fechaRemate = sumarDiasHabiles(c.entorno.calendario, fecha, habiles);
  return { orden: { type: 'ConvocarRemate', data: { fechaConvocatoria: fecha, fechaPublicacion: fecha, fechaRemate } }, fecha };
};

/** CHP art. 163: no legal bid on the day of the remate; the Fisco takes the goods at 60 % of the appraisal. */
export const adjudicar: Paso = (c) => {
  const fecha = c.estado.pae.remate!.fechaRemate;
  return { orden: { type: 'AdjudicarAlFisco', data: { fecha, motivo: 'sin-posturas-legales' } }, fecha };
};

/** CHP arts. 149, 151: a bid above the two thirds of the base, with the minimum deposit of 10 %. */
export const fincar = (postor: string): Paso => (c) => {
  const fecha = c.estado.pae.remate!.fechaRemate;
  const { base, depositoMinimo } = c.estado.pae.avaluo!;
  return { orden: { type: 'FincarRemate', data: { fecha, postor, postura: pesos(new Decimal(base).times(3).div(4)), deposito: depositoMinimo } }, fecha };
};

/** CHP arts. 27, 30, 182: a guarantee that covers what is owed on that date. */
export const suspender = (cuando: Cuando, motivo: MotivoDeSuspension, forma: string): Paso => (c) => {
  const fecha = fechaDe(c, cuando);
  return { orden: { type: 'SuspenderPAE', data: { fecha, motivo, garantia: { forma, importe: pesos(adeudo(c, fecha).times('1.05')) } } }, fecha };
};

/** CHP art. 42 VI a: the first day a plan may be requested, past the year of the payment date and six months more. */
function primeraSolicitudPosible(c: Cursor): Fecha {
  const debio = c.estado.fechaLimitePago ?? c.estado.credito!.fechaDelHecho;
  const mes = sumarMeses(mesDe(debio), 7);
  const enero = `${Number(debio.slice(0, 4)) + 1}-01-01`;
  return siguienteDiaHabil(c.entorno.calendario, `${mes}-01` > enero ? `${mes}-01` : enero);
}

/** CHP arts. 41-42: requested and authorised the same day, with the initial payment of 20 % and a little more. */
export const convenir = (cuando: Cuando, numeroDeParcialidades: number): Paso => (c) => {
  const propuesta = fechaDe(c, cuando);
  const primera = primeraSolicitudPosible(c);
  const fecha = propuesta < primera ? primera : propuesta;
  return {
    orden: {
      type: 'AutorizarConvenioDeCredito',
      data: {
        convenioId: `CONV-${fecha.slice(0, 4)}-${c.numero}`, fechaDeSolicitud: fecha, fechaDeAutorizacion: fecha, numeroDeParcialidades,
        tasaMensualDeProrroga: c.tasaDeProrroga(fecha), naturaleza: 'propia', pagoInicialRecibido: pesos(adeudo(c, fecha).times('0.25')),
      },
    },
    fecha,
  };
};

/** The first unpaid instalment paid on its due date, when that date has come (art. 42 I). */
export const pagarParcialidad: Paso = (c) => {
  const p = c.estado.convenio.estado === 'vigente' ? c.estado.convenio.parcialidades.find((x) => !x.cubierta) : undefined;
  if (!p || p.fila.vencimiento > c.hoy) return null;
  const fecha = p.fila.vencimiento;
  return { orden: { type: 'PagarParcialidad', data: { numero: p.fila.numero, pagoId: `PARC-${c.numero}-${p.fila.numero}`, importe: p.fila.importe, fechaPago: fecha } }, fecha };
};

/** The sweep the day after the n-th unpaid instalment fell due: the third revokes the plan (art. 42 IV c). */
export const vencerParcialidad = (n: number): Paso => (c) => {
  const p = c.estado.convenio.estado === 'vigente' ? c.estado.convenio.parcialidades[n - 1] : undefined;
  return p ? barrer(() => sumarDiasHabiles(c.entorno.calendario, p.fila.vencimiento, 1))(c) : null;
};

export const revocar = (cuando: Cuando): Paso => (c) => {
  const fecha = fechaDe(c, cuando);
  return { orden: { type: 'RevocarConvenioDeCredito', data: { causa: 'garantia-no-otorgada-o-insuficiente', fecha } }, fecha };
};

/** A payment of the bank applied to the credit (CHP arts. 50-51): a share of what is owed, or all of it. */
export const pagar = (cuando: Cuando, fraccion = '1'): Paso => (c) => {
  const fecha = fechaDe(c, cuando);
  const total = adeudo(c, fecha);
  const importe = fraccion === '1' ? pesos(total) : pesos(total.times(fraccion).floor());
  return { orden: { type: 'AplicarPago', data: { pagoId: `PAGO-${fecha.replaceAll('-', '')}-${c.numero}`, importe, fechaPago: fecha } }, fecha };
};

/** CHP art. 25 II: the debtor is not found and has no goods to seize. */
export const cancelar = (cuando: Cuando): Paso => (c) => {
  const fecha = fechaDe(c, cuando);
  return {
    orden: { type: 'CancelarCredito', data: { fecha, otrosCreditos: [], insolvencia: 'no-localizado-sin-bienes-embargables', acuerdo: `Acuerdo de cancelación SI/${fecha.slice(0, 4)}/${c.numero}` } },
    fecha,
  };
};

/** CHP art. 24: declared at the taxpayer's request, today. */
export const prescribir: Paso = (c) => ({ orden: { type: 'DeclararPrescripcion', data: { fechaSolicitud: c.hoy } }, fecha: c.hoy });

// CHP art. 24 (with art. 30 and art. 21): when the State's power to collect a crédito fiscal ends by prescription.
// A pure function of the credit's dated facts; it explains each step with its article.
import { sumarDias, type Fecha } from '../comun/fecha';
import { valorInvalido } from '../comun/errores';
import type { PartidaDeDesglose, ResultadoExplicado } from '../comun/explicacion';
import type { Calendario } from '../calendario/calendario';
import { siguienteDiaHabil } from '../calendario/plazos';
import { Intervalo, diasCubiertos, diasDeMeses, finDeCarrera, validarFecha, validarIntervalo } from './computo-de-plazo';

export type HechoDePrescripcion =
  /** CHP art. 24 ¶3: any act of the authority within the PAE; it interrupts only if made known to the debtor. */
  | { readonly tipo: 'gestion-de-cobro'; readonly fecha: Fecha; readonly notificadaAlDeudor: boolean; readonly descripcion: string }
  /** CHP art. 24 ¶3: the debtor acknowledges the credit, expressly or tacitly (e.g. a partial payment). */
  | { readonly tipo: 'reconocimiento'; readonly fecha: Fecha; readonly forma: 'expreso' | 'tacito'; readonly descripcion: string }
  /** CHP art. 24 ¶4 with art. 30: the PAE is suspended. */
  | { readonly tipo: 'suspension-del-pae'; readonly desde: Fecha; readonly hasta?: Fecha; readonly descripcion: string }
  /** CHP art. 24 ¶5: domicile left without notice of change, or given incorrectly; `hasta` is when the debtor is found. */
  | { readonly tipo: 'domicilio-desocupado-sin-aviso' | 'domicilio-incorrecto'; readonly desde: Fecha; readonly hasta?: Fecha; readonly descripcion: string };

export interface EntradaDePrescripcion {
  /** The date on which payment could legally be demanded (CHP art. 24 ¶2; art. 37 says when that is). */
  readonly exigibleDesde: Fecha;
  readonly hechos: readonly HechoDePrescripcion[];
  /** When given, the result says whether the credit had prescribed on this date. */
  readonly fechaDeConsulta?: Fecha;
}

/** A line of the explanation, with the date of the fact it records. */
export interface LineaDePrescripcion extends PartidaDeDesglose {
  readonly fecha?: Fecha;
}

export interface ResultadoDePrescripcion extends ResultadoExplicado {
  /** Last day of the term (moved past closed days); null while an open suspension stops the clock. */
  readonly vencimiento: Fecha | null;
  /** The day from which the credit is prescribed: the day after `vencimiento`. */
  readonly prescritoDesde: Fecha | null;
  /** Start of the term that is running: exigibility, or the last interruption. */
  readonly inicioDelComputo: Fecha;
  /** True when the ten-year cap of CHP art. 24 ¶7, not the five-year term, fixes the date. */
  readonly porTopeDeDiezAnios: boolean;
  readonly prescrito?: boolean;
  readonly desglose: LineaDePrescripcion[];
}

const ANIOS_DE_PRESCRIPCION = 5;
const ANIOS_DE_TOPE = 10;

const esSuspension = (h: HechoDePrescripcion): h is Extract<HechoDePrescripcion, { desde: Fecha }> =>
  h.tipo === 'suspension-del-pae' || h.tipo === 'domicilio-desocupado-sin-aviso' || h.tipo === 'domicilio-incorrecto';

const FUNDAMENTO_SUSPENSION = {
  'suspension-del-pae': 'CHP arts. 24 ¶4 y 30',
  'domicilio-desocupado-sin-aviso': 'CHP art. 24 ¶5',
  'domicilio-incorrecto': 'CHP art. 24 ¶5',
} as const;

export function relojDePrescripcion(cal: Calendario, entrada: EntradaDePrescripcion): ResultadoDePrescripcion {
  validarFecha(entrada.exigibleDesde, 'exigibleDesde');
  if (entrada.fechaDeConsulta !== undefined) validarFecha(entrada.fechaDeConsulta, 'fechaDeConsulta');
  entrada.hechos.forEach((h, i) => (esSuspension(h) ? validarIntervalo(h, `hechos[${i}]`) : validarFecha(h.fecha, `hechos[${i}].fecha`)));

  const inicial = entrada.exigibleDesde;
  const desglose: LineaDePrescripcion[] = [
    { fecha: inicial, concepto: 'Inicio del término', detalle: 'Inicia el término de cinco años: el pago pudo ser legalmente exigido', articulo: 'CHP art. 24 ¶1-2' },
  ];

  const suspensiones: Intervalo[] = [];
  for (const h of entrada.hechos.filter(esSuspension)) {
    if (h.desde < inicial) {
      throw valorInvalido('suspension-anterior-a-exigibilidad', `La suspensión "${h.descripcion}" empieza antes de que el crédito fuera exigible.`, 'hechos');
    }
    suspensiones.push(h.hasta === undefined ? { desde: h.desde } : { desde: h.desde, hasta: h.hasta });
    desglose.push({
      fecha: h.desde,
      concepto: 'Suspensión', detalle: h.hasta === undefined ? `Se suspende el término sin fecha de reanudación: ${h.descripcion}` : `Se suspende el término hasta el ${h.hasta}: ${h.descripcion}`,
      articulo: FUNDAMENTO_SUSPENSION[h.tipo],
    });
  }

  const finDelTermino = (inicio: Fecha) => finDeCarrera(inicio, { diasQueCorren: diasDeMeses(inicio, 12 * ANIOS_DE_PRESCRIPCION), suspensiones });
  const tope = finDeCarrera(inicial, { diasQueCorren: diasDeMeses(inicial, 12 * ANIOS_DE_TOPE), suspensiones });

  const interrupciones = entrada.hechos
    .filter((h): h is Exclude<HechoDePrescripcion, { desde: Fecha }> => !esSuspension(h))
    .slice()
    .sort((a, b) => (a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : 0));

  let inicio = inicial;
  for (const h of interrupciones) {
    const fundamento = 'CHP art. 24 ¶3';
    if (h.tipo === 'gestion-de-cobro' && !h.notificadaAlDeudor) {
      desglose.push({ fecha: h.fecha, concepto: 'Acto que no interrumpe', detalle: `No interrumpe, no se hizo del conocimiento del deudor: ${h.descripcion}`, articulo: fundamento });
      continue;
    }
    if (h.fecha < inicial) {
      desglose.push({ fecha: h.fecha, concepto: 'Acto que no interrumpe', detalle: `No interrumpe, es anterior a la exigibilidad: ${h.descripcion}`, articulo: 'CHP art. 24 ¶2' });
      continue;
    }
    const fin = finDelTermino(inicio);
    const limite = fin === null ? tope : tope === null ? fin : fin < tope ? fin : tope;
    // A date past the end of the term finds the credit already prescribed: nothing can revive it.
    if (limite !== null && h.fecha > siguienteDiaHabil(cal, limite)) {
      desglose.push({ fecha: h.fecha, concepto: 'Acto que no interrumpe', detalle: `No interrumpe, el término ya había concluido: ${h.descripcion}`, articulo: fundamento });
      continue;
    }
    inicio = h.fecha;
    const que = h.tipo === 'gestion-de-cobro' ? `gestión de cobro notificada al deudor: ${h.descripcion}` : `reconocimiento ${h.forma} del deudor: ${h.descripcion}`;
    desglose.push({ fecha: h.fecha, concepto: 'Interrupción', detalle: `Se interrumpe el término y empieza uno nuevo de cinco años; ${que}`, articulo: fundamento });
  }

  const fin = finDelTermino(inicio);
  let bruto: Fecha | null;
  let porTope = false;
  if (fin === null || tope === null) {
    bruto = null;
  } else if (tope < fin) {
    bruto = tope;
    porTope = true;
  } else {
    bruto = fin;
  }

  if (bruto === null) {
    desglose.push({ concepto: 'Suspensión en curso', detalle: 'El término está suspendido sin fecha de reanudación: la prescripción no puede consumarse mientras dure', articulo: 'CHP art. 24 ¶4-5' });
    return resultado(null, inicio, false, entrada.fechaDeConsulta, desglose);
  }

  const suspendidos = diasCubiertos(porTope ? inicial : inicio, bruto, suspensiones);
  if (suspendidos > 0) {
    desglose.push({ concepto: 'Días suspendidos', detalle: `No se computan ${suspendidos} días naturales de suspensión`, articulo: 'CHP art. 24 ¶4-5 y ¶7' });
  }
  desglose.push(
    porTope
      ? { fecha: bruto, concepto: 'Tope de diez años', detalle: 'Se alcanza el tope de diez años desde la exigibilidad, sin contar los periodos suspendidos, aunque el término se haya interrumpido', articulo: 'CHP art. 24 ¶7' }
      : { fecha: bruto, concepto: 'Vencimiento', detalle: 'Concluye el término de cinco años el mismo día del año de calendario correspondiente', articulo: 'CHP arts. 21 ¶4 y 24' },
  );
  const vencimiento = siguienteDiaHabil(cal, bruto);
  if (vencimiento !== bruto) {
    desglose.push({ fecha: vencimiento, concepto: 'Día inhábil', detalle: `El ${bruto} no es día hábil (${cal.motivoInhabil(bruto)}): el término se prorroga al siguiente día hábil`, articulo: 'CHP art. 21 ¶5' });
  }
  return resultado(vencimiento, inicio, porTope, entrada.fechaDeConsulta, desglose);
}

function resultado(vencimiento: Fecha | null, inicio: Fecha, porTope: boolean, consulta: Fecha | undefined, desglose: LineaDePrescripcion[]): ResultadoDePrescripcion {
  const prescritoDesde = vencimiento === null ? null : sumarDias(vencimiento, 1);
  const base = { vencimiento, prescritoDesde, inicioDelComputo: inicio, porTopeDeDiezAnios: porTope, advertencias: [] };
  const lineaFinal: LineaDePrescripcion = { concepto: 'Declaratoria', detalle: 'La prescripción se declara sólo a solicitud del contribuyente', articulo: 'CHP art. 24 ¶6' };
  if (consulta === undefined) return { ...base, desglose: [...desglose, lineaFinal] };
  const prescrito = prescritoDesde !== null && consulta >= prescritoDesde;
  return {
    ...base,
    prescrito,
    desglose: [
      ...desglose,
      { fecha: consulta, concepto: 'Situación a la fecha de consulta', detalle: prescrito ? 'A la fecha de consulta el crédito está prescrito' : 'A la fecha de consulta el crédito no ha prescrito', articulo: 'CHP art. 24' },
      lineaFinal,
    ],
  };
}

// CHP art. 67 (with art. 21): when the authority's power to determine omitted contributions and impose fines
// ends. Never interrupted; suspended only in the listed cases; capped at 10 years, or 6 years 6 months.
import { diasEntre, sumarDias, type Fecha } from '../comun/fecha';
import { valorInvalido } from '../comun/errores';
import type { PartidaDeDesglose, ResultadoExplicado } from '../comun/explicacion';
import type { Calendario } from '../calendario/calendario';
import { siguienteDiaHabil } from '../calendario/plazos';
import { Intervalo, diasDeMeses, estaEn, mismoDiaDespuesDeMeses, validarFecha, validarIntervalo } from '../prescripcion/computo-de-plazo';

/** CHP art. 67 I-III: the fact from whose next day the term runs. */
export type SupuestoDeCaducidad =
  | 'declaracion-del-ejercicio' // I: the annual return was filed (or a complementary one, for what it changed)
  | 'declaracion-o-aviso' // II: a return or notice not computed by years was (or should have been) filed
  | 'causacion' // II: the contribution was caused and no return is required
  | 'infraccion'; // III: the infraction was committed, or a continuing one ceased

/** CHP art. 67 ¶2: the cases with a ten-year term. */
export type CausaDeDiezAnios = 'sin-inscripcion-en-el-registro' | 'sin-contabilidad' | 'declaracion-del-ejercicio-omitida';

export type ModalidadDeComprobacion = 'visita-domiciliaria' | 'revision-en-oficinas' | 'revision-de-dictamen' | 'otra';

export type SuspensionDeCaducidad =
  /** From notice of the audit to notice of the final resolution; it counts only if it ended within the art. 85 term. */
  | { readonly tipo: 'facultades-de-comprobacion'; readonly modalidad: ModalidadDeComprobacion; readonly desde: Fecha; readonly hasta?: Fecha; readonly concluyoEnPlazo: boolean }
  | { readonly tipo: 'medio-de-defensa' | 'domicilio-no-localizado' | 'huelga' | 'fallecimiento'; readonly desde: Fecha; readonly hasta?: Fecha };

export interface EntradaDeCaducidad {
  readonly supuesto: SupuestoDeCaducidad;
  /** The date of the fact: filing, due date of the return, causation, infraction or its cessation. */
  readonly fecha: Fecha;
  readonly plazoDeDiezAnios?: CausaDeDiezAnios;
  /** With 'declaracion-del-ejercicio-omitida': the day the omitted return was filed spontaneously. */
  readonly presentadaEspontaneamente?: Fecha;
  /** CHP art. 67 ¶3: solidary liability of art. 35 III, three years from when the guarantee proved insufficient. */
  readonly responsabilidadSolidaria?: boolean;
  readonly suspensiones: readonly SuspensionDeCaducidad[];
  readonly fechaDeConsulta?: Fecha;
}

export interface LineaDeCaducidad extends PartidaDeDesglose {
  readonly fecha?: Fecha;
}

export type TopeDeCaducidad = 'diez-anios' | 'seis-anios-seis-meses' | 'declaracion-espontanea';

export interface ResultadoDeCaducidad extends ResultadoExplicado {
  /** Last day the power can be exercised (moved past closed days); null while an open suspension stops the clock. */
  readonly vencimiento: Fecha | null;
  readonly extinguidasDesde: Fecha | null;
  readonly inicio: Fecha;
  readonly anios: 3 | 5 | 10;
  readonly tope: TopeDeCaducidad | null;
  readonly extinguidas?: boolean;
  readonly desglose: LineaDeCaducidad[];
}

const MODALIDADES_DE_SEIS_ANIOS: readonly ModalidadDeComprobacion[] = ['visita-domiciliaria', 'revision-en-oficinas', 'revision-de-dictamen'];

const TEXTO_SUPUESTO: Record<SupuestoDeCaducidad, [string, string]> = {
  'declaracion-del-ejercicio': ['se presentó la declaración del ejercicio', 'CHP art. 67 I'],
  'declaracion-o-aviso': ['se presentó o debió presentarse la declaración o aviso', 'CHP art. 67 II'],
  causacion: ['se causó la contribución que no se paga mediante declaración', 'CHP art. 67 II'],
  infraccion: ['se cometió la infracción o cesó su consumación', 'CHP art. 67 III'],
};

const TEXTO_SUSPENSION: Record<SuspensionDeCaducidad['tipo'], string> = {
  'facultades-de-comprobacion': 'ejercicio de facultades de comprobación',
  'medio-de-defensa': 'interposición de un medio de defensa',
  'domicilio-no-localizado': 'el contribuyente desocupó su domicilio sin aviso o lo señaló incorrectamente; se reanuda al localizarlo',
  huelga: 'huelga',
  fallecimiento: 'fallecimiento del contribuyente, hasta que se designe representante de la sucesión',
};

interface Tramos {
  readonly inicio: Fecha;
  readonly diasQueCorren: number;
  readonly tope: number | null;
  readonly comprobacion: readonly Intervalo[];
  readonly otras: readonly Intervalo[];
}

/**
 * Walks the term from `inicio`. Running days count toward the term and the cap; audit days (art. 67 ¶5-6) count
 * only toward the cap; the other suspensions stop both. Returns the end, or null while an open suspension lasts.
 */
function recorrer(t: Tramos): { fin: Fecha | null; porTope: boolean } {
  const fronteras = [...t.comprobacion, ...t.otras].flatMap((i) => (i.hasta === undefined ? [i.desde] : [i.desde, i.hasta]));
  let d = t.inicio;
  let corridos = 0;
  let haciaElTope = 0;
  for (;;) {
    if (corridos >= t.diasQueCorren) return { fin: d, porTope: false };
    if (t.tope !== null && haciaElTope >= t.tope) return { fin: d, porTope: true };
    const otra = t.otras.find((i) => estaEn(d, i));
    const enComprobacion = t.comprobacion.some((i) => estaEn(d, i));
    const siguiente = fronteras.filter((f) => f > d).reduce<Fecha | null>((m, f) => (m === null || f < m ? f : m), null);
    const tramo = siguiente === null ? Infinity : diasEntre(d, siguiente);
    if (otra) {
      if (siguiente === null) return { fin: null, porTope: false };
      d = siguiente;
      continue;
    }
    const faltaTope = t.tope === null ? Infinity : t.tope - haciaElTope;
    const faltaTermino = enComprobacion ? Infinity : t.diasQueCorren - corridos;
    const paso = Math.min(tramo, faltaTope, faltaTermino);
    if (paso === Infinity) return { fin: null, porTope: false };
    if (!enComprobacion) corridos += paso;
    haciaElTope += paso;
    d = sumarDias(d, paso);
  }
}

export function relojDeCaducidad(cal: Calendario, entrada: EntradaDeCaducidad): ResultadoDeCaducidad {
  validarFecha(entrada.fecha, 'fecha');
  if (entrada.fechaDeConsulta !== undefined) validarFecha(entrada.fechaDeConsulta, 'fechaDeConsulta');
  entrada.suspensiones.forEach((s, i) => validarIntervalo(s, `suspensiones[${i}]`));
  if (entrada.presentadaEspontaneamente !== undefined) {
    validarFecha(entrada.presentadaEspontaneamente, 'presentadaEspontaneamente');
    if (entrada.plazoDeDiezAnios !== 'declaracion-del-ejercicio-omitida') {
      throw valorInvalido('presentacion-sin-omision', 'El campo presentadaEspontaneamente sólo aplica a una declaración del ejercicio omitida (plazoDeDiezAnios).', 'presentadaEspontaneamente');
    }
    if (entrada.presentadaEspontaneamente < entrada.fecha) {
      throw valorInvalido('presentacion-anticipada', 'El campo presentadaEspontaneamente es anterior a la fecha en que debió presentarse la declaración.', 'presentadaEspontaneamente');
    }
  }

  const desglose: LineaDeCaducidad[] = [];
  const [que, fundamentoSupuesto] = TEXTO_SUPUESTO[entrada.supuesto];
  const inicioOriginal = sumarDias(entrada.fecha, 1);
  let inicio = inicioOriginal;
  let anios: 3 | 5 | 10 = 5;
  let mesesDeTope: number | null = null;
  let tope: TopeDeCaducidad | null = null;

  if (entrada.responsabilidadSolidaria) {
    anios = 3;
    desglose.push({ fecha: inicio, concepto: 'Plazo', articulo: 'CHP art. 67 ¶3', detalle: 'Responsabilidad solidaria del art. 35 III: tres años desde que la garantía resultó insuficiente' });
  } else if (entrada.plazoDeDiezAnios !== undefined && entrada.presentadaEspontaneamente === undefined) {
    anios = 10;
    desglose.push({ fecha: inicio, concepto: 'Plazo', articulo: 'CHP art. 67 ¶2', detalle: `Diez años: ${entrada.plazoDeDiezAnios.replace(/-/g, ' ')}; corren desde el día siguiente a aquel en que ${que}` });
  } else if (entrada.presentadaEspontaneamente !== undefined) {
    // Five years from the spontaneous filing, but never beyond ten from the day after it was due.
    inicio = sumarDias(entrada.presentadaEspontaneamente, 1);
    const limite = mismoDiaDespuesDeMeses(inicioOriginal, 120);
    const mesesHastaLimite = diasEntre(inicio, limite);
    if (mesesHastaLimite < diasDeMeses(inicio, 60)) {
      tope = 'declaracion-espontanea';
    }
    desglose.push({ fecha: inicio, concepto: 'Plazo', articulo: 'CHP art. 67 ¶2', detalle: `La declaración omitida se presentó espontáneamente el ${entrada.presentadaEspontaneamente}: cinco años desde el día siguiente, sin exceder diez desde el día siguiente a aquel en que debió presentarse (${limite})` });
  } else {
    desglose.push({ fecha: inicio, concepto: 'Plazo', articulo: fundamentoSupuesto, detalle: `Cinco años desde el día siguiente a aquel en que ${que}` });
  }

  const comprobacion: Intervalo[] = [];
  const otras: Intervalo[] = [];
  for (const s of entrada.suspensiones) {
    const intervalo = s.hasta === undefined ? { desde: s.desde } : { desde: s.desde, hasta: s.hasta };
    const hastaTexto = s.hasta === undefined ? 'sin fecha de conclusión' : `hasta el ${s.hasta}`;
    if (s.tipo === 'facultades-de-comprobacion') {
      if (!s.concluyoEnPlazo) {
        desglose.push({ fecha: s.desde, concepto: 'Sin suspensión', articulo: 'CHP art. 67 ¶5', detalle: `La ${s.modalidad.replace(/-/g, ' ')} no concluyó dentro del plazo del art. 85: se entiende que no hubo suspensión` });
        continue;
      }
      comprobacion.push(intervalo);
      if (MODALIDADES_DE_SEIS_ANIOS.includes(s.modalidad)) mesesDeTope = 78;
      else mesesDeTope ??= 120;
    } else {
      otras.push(intervalo);
    }
    desglose.push({ fecha: s.desde, concepto: 'Suspensión', articulo: 'CHP art. 67 ¶4', detalle: `Se suspende ${hastaTexto}: ${TEXTO_SUSPENSION[s.tipo]}${s.tipo === 'facultades-de-comprobacion' ? ` (${s.modalidad.replace(/-/g, ' ')})` : ''}` });
  }

  const diasQueCorren = tope === 'declaracion-espontanea'
    ? diasEntre(inicio, mismoDiaDespuesDeMeses(inicioOriginal, 120))
    : diasDeMeses(inicio, 12 * anios);
  const diasDeTope = mesesDeTope === null ? null : diasDeMeses(inicio, mesesDeTope);
  const { fin, porTope } = recorrer({ inicio, diasQueCorren, tope: diasDeTope, comprobacion, otras });
  if (porTope) tope = mesesDeTope === 78 ? 'seis-anios-seis-meses' : 'diez-anios';

  const cierre: LineaDeCaducidad = { concepto: 'Delitos fiscales', articulo: 'CHP art. 67 ¶8', detalle: 'Las facultades para investigar hechos constitutivos de delitos fiscales no se extinguen por caducidad' };
  if (fin === null) {
    desglose.push({ concepto: 'Suspensión en curso', articulo: 'CHP art. 67 ¶4', detalle: 'El plazo está suspendido sin fecha de conclusión: las facultades no se extinguen mientras dure' }, cierre);
    return { vencimiento: null, extinguidasDesde: null, inicio, anios, tope, advertencias: [], desglose, ...(entrada.fechaDeConsulta ? { extinguidas: false } : {}) };
  }

  if (tope === 'seis-anios-seis-meses' || tope === 'diez-anios') {
    desglose.push({ fecha: fin, concepto: 'Tope', articulo: 'CHP art. 67 ¶6', detalle: tope === 'diez-anios'
      ? 'El plazo suspendido por facultades de comprobación más el no suspendido no puede exceder de diez años'
      : 'Con visita domiciliaria, revisión en oficinas o de dictamen, el plazo suspendido más el no suspendido no puede exceder de seis años con seis meses' });
  } else if (tope === 'declaracion-espontanea') {
    desglose.push({ fecha: fin, concepto: 'Tope', articulo: 'CHP art. 67 ¶2', detalle: 'Los cinco años más el tiempo entre la fecha en que debió presentarse la declaración y su presentación espontánea no exceden de diez años' });
  } else {
    desglose.push({ fecha: fin, concepto: 'Vencimiento', articulo: 'CHP arts. 21 ¶4 y 67', detalle: `Concluye el plazo de ${anios} años el mismo día del año de calendario correspondiente, más los días suspendidos` });
  }
  const vencimiento = siguienteDiaHabil(cal, fin);
  if (vencimiento !== fin) {
    desglose.push({ fecha: vencimiento, concepto: 'Día inhábil', articulo: 'CHP art. 21 ¶5', detalle: `El ${fin} no es día hábil (${cal.motivoInhabil(fin)}): el plazo se prorroga al siguiente día hábil` });
  }
  const extinguidasDesde = sumarDias(vencimiento, 1);
  const resultado: ResultadoDeCaducidad = { vencimiento, extinguidasDesde, inicio, anios, tope, advertencias: [], desglose };
  if (entrada.fechaDeConsulta === undefined) {
    desglose.push(cierre);
    return resultado;
  }
  const extinguidas = entrada.fechaDeConsulta >= extinguidasDesde;
  desglose.push({ fecha: entrada.fechaDeConsulta, concepto: 'Situación a la fecha de consulta', articulo: 'CHP art. 67 ¶9', detalle: extinguidas ? 'Las facultades están extinguidas; el contribuyente puede solicitar que se declare' : 'Las facultades no se han extinguido' }, cierre);
  return { ...resultado, extinguidas };
}

// LD arts. 21–52: builds the tariff catalog from the text of the Ley de Derechos del Estado de Chiapas
// (libs/catalogo/data/fuente/ley-de-derechos-chiapas.md, a PDF-to-markdown conversion) and the reviewed
// corrections (libs/catalogo/data/correcciones.json). Run:
//   node libs/catalogo/scripts/ejecutar-ts.js libs/catalogo/scripts/parse-ley-de-derechos.ts
// It rewrites libs/catalogo/data/derechos.json; a test checks that the committed file equals its output.
//
// Method (analysis.md §2.5): clean each line, track Capítulo/Sección/Artículo from the text, read the labels
// (I., a), 1., 1.1, "Por hoja adicional") and the amount ending each line, then pair the labels that carry
// a price (leaves) with the amounts IN DOCUMENT ORDER WITHIN EACH ARTICLE. Row-by-row pairing is wrong
// where the conversion printed amounts above their labels (LD 24 VIII–XXIII, 36 VI and XIV–XXI, 43 VII,
// 33 III, 29 V, 48 IX, 47 XX); document order recovers them, and every displaced pairing must be listed in
// correcciones.json `importesDesplazados`, so a new displacement stops the script until someone reviews it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { aTexto, importe } from '../../domain/src/comun/importe';
import type {
  CatalogoDeDerechos,
  Dependencia,
  LineaDeDerecho,
  Omision,
  Rango,
  TipoTarifa,
  UnidadAdministrativa,
} from '../src/tipos';

export const VIGENTE_DESDE = '2024-01-01';

/** Hand-reviewed corrections the parser applies; see libs/catalogo/README.md. */
export interface Correcciones {
  /** Leaves with no peso amount in the text: percentages and rates written inside the sentence. */
  readonly formulas: Record<
    string,
    {
      readonly tipoTarifa: 'porcentaje' | 'por-unidad';
      readonly porcentaje?: string;
      readonly basePorcentaje?: string;
      readonly tarifa?: string;
      readonly unidadDeCobro?: string;
      readonly motivo: string;
    }
  >;
  /** Leaves the text prints without any amount: left out of the catalog, listed in `omitidas`. */
  readonly sinTarifa: Record<string, string>;
  /** Brackets whose bounds the parser cannot read from the label. */
  readonly rangos: Record<string, Rango>;
  /** Keys whose amount sits away from its label's row, reviewed against the text (analysis.md §2.6 a). */
  readonly importesDesplazados: readonly string[];
  /** Exemption paragraphs: found by their opening words inside the article, copied to the listed keys. */
  readonly exenciones: readonly { readonly articulo: string; readonly comienzaCon: string; readonly claves: readonly string[] }[];
  /** Priced items written as a paragraph, not as a labelled row. */
  readonly agregar: readonly {
    readonly clave: string;
    readonly despuesDe: string;
    readonly comienzaCon: string;
    readonly tipoTarifa: 'porcentaje';
    readonly porcentaje: string;
    readonly basePorcentaje: string;
  }[];
}

/** Stable ids of the agencies (Capítulos) and units (Secciones). Reviewed by hand; the parser checks the names. */
export const DEPENDENCIAS: Record<string, { id: string; contiene: string; secciones: Record<string, { id: string; contiene: string }> }> = {
  II: {
    id: 'SGG',
    contiene: 'Secretaría General de Gobierno',
    secciones: {
      Primera: { id: 'SGG-ULPO', contiene: 'Unidad de Legalización y Publicaciones Oficiales' },
      Segunda: { id: 'SGG-RC', contiene: 'Registro Civil' },
      Tercera: { id: 'SGG-RPPC', contiene: 'Registro Público de la Propiedad' },
      Cuarta: { id: 'SGG-NOT', contiene: 'Notarías' },
      Quinta: { id: 'SGG-CAT', contiene: 'Catastro' },
      Sexta: { id: 'SGG-BOM', contiene: 'Bomberos' },
    },
  },
  III: {
    id: 'SH',
    contiene: 'Secretaría de Hacienda',
    secciones: {
      Primera: { id: 'SH-OM', contiene: 'Oficialía Mayor' },
      Segunda: { id: 'SH-CGRH', contiene: 'Recursos Humanos' },
      Tercera: { id: 'SH-DI', contiene: 'Dirección de Ingresos' },
      Cuarta: { id: 'SH-CV', contiene: 'Control Vehicular' },
      Quinta: { id: 'SH-COB', contiene: 'Cobranza' },
      Sexta: { id: 'SH-AF', contiene: 'Auditoría Fiscal' },
      Séptima: { id: 'SH-PEEO', contiene: 'Programas Especiales' },
    },
  },
  IV: {
    id: 'SAGYP',
    contiene: 'Secretaría de Agricultura, Ganadería y Pesca',
    secciones: {
      Primera: { id: 'SAGYP-RP', contiene: 'Regulación Pecuaria' },
      Segunda: { id: 'SAGYP-RPA', contiene: 'Reconversión Productiva' },
      Cuarta: { id: 'SAGYP-FDG', contiene: 'Fomento y Desarrollo Ganadero' },
      Quinta: { id: 'SAGYP-CFCA', contiene: 'Financiamiento y Comercialización' },
    },
  },
  V: {
    id: 'SSPC',
    contiene: 'Secretaría de Seguridad y Protección Ciudadana',
    secciones: {
      Primera: { id: 'SSPC-SSES', contiene: 'Servicios Estratégicos de Seguridad' },
      Segunda: { id: 'SSPC-PET', contiene: 'Policía Estatal de Tránsito' },
      Tercera: { id: 'SSPC-IFP', contiene: 'Instituto de Formación Policial' },
      Cuarta: { id: 'SSPC-CECC', contiene: 'Control de Confianza' },
    },
  },
  VI: {
    id: 'SMYT',
    contiene: 'Secretaría de Movilidad y Transporte',
    secciones: {
      Primera: { id: 'SMYT-DCA', contiene: 'Concesiones y Autorizaciones' },
      Segunda: { id: 'SMYT-DRCT', contiene: 'Registro y Control del Transporte' },
      Tercera: { id: 'SMYT-DPECI', contiene: 'Proyectos Estratégicos' },
      Cuarta: { id: 'SMYT-COE', contiene: 'Oficinas de Enlace' },
      Quinta: { id: 'SMYT-DM', contiene: 'Dirección de Movilidad' },
    },
  },
  VII: { id: 'SE', contiene: 'Secretaría de Educación', secciones: {} },
  VIII: { id: 'SALUD', contiene: 'Secretaría de Salud', secciones: {} },
  IX: { id: 'SHYFP', contiene: 'Secretaría de la Honestidad y Función Pública', secciones: {} },
  X: { id: 'SEMAHN', contiene: 'Secretaría de Medio Ambiente e Historia Natural', secciones: {} },
  XI: {
    id: 'SPC',
    contiene: 'Secretaría de Protección Civil',
    secciones: { Primera: { id: 'SPC-IGIRD', contiene: 'Gestión Integral de Riesgos de Desastres' } },
  },
  XII: { id: 'ICTIECH', contiene: 'Instituto de Ciencia, Tecnología e Innovación', secciones: {} },
  XIII: { id: 'PJE', contiene: 'Poder Judicial del Estado', secciones: {} },
  XIV: { id: 'FGE', contiene: 'Fiscalía General del Estado', secciones: {} },
  XV: { id: 'OTROS', contiene: 'Otros derechos', secciones: {} },
  XVI: { id: 'AGE', contiene: 'Archivo General del Estado', secciones: {} },
};

// ---------------------------------------------------------------------------------------------------------
// Line cleaning and classification
// ---------------------------------------------------------------------------------------------------------

type Nivel = 'fraccion' | 'inciso' | 'numeral' | 'subnumeral' | 'adicional';

type Token =
  | { tipo: 'vacia'; n: number }
  | { tipo: 'nota'; n: number; importe: string | null }
  | { tipo: 'capitulo'; n: number; numero: string; resto: string }
  | { tipo: 'seccion'; n: number; ordinal: string; resto: string }
  | { tipo: 'articulo'; n: number; numero: string; texto: string; importe: string | null }
  | { tipo: 'etiqueta'; n: number; nivel: Nivel; etiqueta: string; texto: string; importe: string | null }
  | { tipo: 'prosa'; n: number; texto: string; importe: string | null }
  | { tipo: 'fin'; n: number };

const ORDINALES = 'Primera|Segunda|Tercera|Cuarta|Quinta|Sexta|Séptima|Septima|Octava|Novena|Décima';
const RE_CAPITULO = /^Cap[ií]tulo ([IVXL]+)\b\s*(.*)$/;
const RE_SECCION = new RegExp(`^Secci[oó]n (${ORDINALES})\\b\\s*(.*)$`);
const RE_ARTICULO =
  /^Art[ií]culo (\d+)(?:\s+(Bis|Ter|Qu[aá]ter|Quinquies|Sexies|Septies|Octies|Nonies|Decies|Undecies|A)\b)?\s*[.\-]*\s*(.*)$/;
const RE_FRACCION = /^([IVXL]+)\.\s*(.*)$/;
const RE_INCISO = /^([a-zA-Z])\)\s*(.*)$/;
const RE_SUBNUMERAL = /^(\d+)\.(\d+)\s+(.*)$/;
const RE_NUMERAL = /^(\d+)\.\s+(.*)$/;
const RE_ADICIONAL =
  /^(Por (?:cada )?hoja (?:certificada )?adicional|Por cada metro cuadrado adicional|Por cada \$[\d,.]+ adicionales|Se cobrar[aá] por hect[aá]rea adicional)/i;
const RE_NOTA =
  /^\(?\s*(?:Reforma|Se reforma|Adici[oó]n|Se adiciona|Se deroga|Derogaci[oó]n|Derogada|[UÚ]ltima)\b.*(?:P\.\s?O\.|Peri[oó]dico Oficial)/i;
const RE_NOTA_PREFIJO = /^\([^()]*P\.\s?O\.[^()]*\)\s+(?=[IVXL]+\.\s)/;
const RE_IMPORTE_FINAL = /\$\s?(\d[\d,']*(?:\.\d+)?)\s*\+?$/;
const RE_IMPORTE_SIN_SIGNO = /(?:^|\s)(\d{1,3}(?:,\d{3})+\.\d{2})$/;
const RE_DEROGADO = /^Se deroga\.?$/i;

/** Strips the conversion's markup: HTML, bold, headings, bullets, pipe tables; unescapes `\$`. */
export function limpiarLinea(cruda: string): string {
  let s = cruda.replace(/\t/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\\\$/g, '$').replace(/\*+/g, '');
  s = s.replace(/^\s*#+\s*/, '');
  if (/^\s*(?:-\s*)?\|/.test(s)) {
    s = /^[\s|:-]*$/.test(s) ? '' : s.split('|').map((c) => c.trim()).filter(Boolean).join(' ');
  }
  s = s.replace(/^\s*(?:-\s+)+/, '');
  s = s.replace(/\s+/g, ' ').trim();
  if (/^[-\s]+$/.test(s)) s = '';
  return s;
}

/** "1,700.00" -> "1700.00"; the law writes whole pesos and centavos, always read as decimals. */
export function normalizarImporte(texto: string): string {
  return aTexto(importe(texto.replace(/[,']/g, '')));
}

function separarImporte(s: string): { texto: string; importe: string | null } {
  const m = RE_IMPORTE_FINAL.exec(s) ?? RE_IMPORTE_SIN_SIGNO.exec(s);
  if (!m) return { texto: s, importe: null };
  return { texto: s.slice(0, m.index).trim(), importe: normalizarImporte(m[1]!) };
}

function clasificar(cruda: string, n: number): Token {
  let s = limpiarLinea(cruda);
  if (s === '') return { tipo: 'vacia', n };
  if (/^T R A N S I T O R I O S$/.test(s)) return { tipo: 'fin', n };
  s = s.replace(RE_NOTA_PREFIJO, '');
  const { texto, importe: monto } = separarImporte(s);
  if (RE_NOTA.test(texto) || /^(?:de )?\d{4}\)\.?$/.test(texto)) return { tipo: 'nota', n, importe: monto };
  let m = RE_CAPITULO.exec(texto);
  if (m) return { tipo: 'capitulo', n, numero: m[1]!, resto: m[2]! };
  m = RE_SECCION.exec(texto);
  if (m) return { tipo: 'seccion', n, ordinal: m[1]!.replace('Septima', 'Séptima'), resto: m[2]! };
  m = RE_ARTICULO.exec(texto);
  if (m) return { tipo: 'articulo', n, numero: m[2] ? `${m[1]} ${m[2]}` : m[1]!, texto: m[3]!, importe: monto };
  if (/^(?:Servicios?|Tarifa)(?: Tarifa)?$/.test(texto)) return { tipo: 'vacia', n };
  if (texto === '' && monto) return { tipo: 'prosa', n, texto: '', importe: monto };
  if ((m = RE_SUBNUMERAL.exec(texto))) return { tipo: 'etiqueta', n, nivel: 'subnumeral', etiqueta: `${m[1]}.${m[2]}`, texto: m[3]!, importe: monto };
  if ((m = RE_NUMERAL.exec(texto))) return { tipo: 'etiqueta', n, nivel: 'numeral', etiqueta: m[1]!, texto: m[2]!, importe: monto };
  if ((m = RE_FRACCION.exec(texto))) return { tipo: 'etiqueta', n, nivel: 'fraccion', etiqueta: m[1]!, texto: m[2]!, importe: monto };
  if ((m = RE_INCISO.exec(texto))) return { tipo: 'etiqueta', n, nivel: 'inciso', etiqueta: m[1]!.toLowerCase(), texto: m[2]!, importe: monto };
  if (RE_ADICIONAL.test(texto)) return { tipo: 'etiqueta', n, nivel: 'adicional', etiqueta: 'adicional', texto, importe: monto };
  return { tipo: 'prosa', n, texto, importe: monto };
}

// ---------------------------------------------------------------------------------------------------------
// Articles as trees of labels
// ---------------------------------------------------------------------------------------------------------

interface Nodo {
  n: number;
  nivel: Nivel;
  etiqueta: string;
  /** Path segments for the key (duplicates get `-dup2`). */
  ruta: { fraccion: string | null; inciso: string | null; numeral: string | null; subnumeral: string | null };
  segmentos: string[];
  texto: string;
  /** Ancestors' texts with their labels, nearest last. */
  ancestros: string[];
  ancestrosSinEtiqueta: string[];
  importe: string | null;
  esEncabezado: boolean;
  notas: string[];
}

interface Articulo {
  numero: string;
  n: number;
  texto: string;
  capitulo: string;
  seccion: string | null;
  nodos: Nodo[];
  /** Every amount that ends a line inside the article, in document order. */
  importes: { n: number; importe: string }[];
  prosa: { n: number; texto: string; fraccion: Nodo | null }[];
}

const PROFUNDIDAD: Record<Exclude<Nivel, 'adicional'>, number> = { fraccion: 1, inciso: 2, numeral: 3, subnumeral: 4 };

function etiquetaVisible(nivel: Nivel, etiqueta: string): string {
  if (nivel === 'fraccion') return `${etiqueta}.`;
  if (nivel === 'inciso') return `${etiqueta})`;
  if (nivel === 'numeral') return `${etiqueta}.`;
  if (nivel === 'subnumeral') return etiqueta;
  return '';
}

interface Estructura {
  capitulos: Map<string, { titulo: string; n: number }>;
  secciones: Map<string, { capitulo: string; ordinal: string; titulo: string }>;
  articulos: Articulo[];
}

function leerEstructura(texto: string): Estructura {
  const tokens = texto.split('\n').map((l, i) => clasificar(l, i + 1));
  const capitulos = new Map<string, { titulo: string; n: number }>();
  const secciones = new Map<string, { capitulo: string; ordinal: string; titulo: string }>();
  const articulos: Articulo[] = [];
  let capitulo: string | null = null;
  let seccion: string | null = null;
  let actual: Articulo | null = null;
  // Titles of Capítulos and Secciones run over the next non-blank lines (notes skipped) up to a blank line.
  let titulando: { destino: (t: string) => void; partes: string[] } | null = null;
  let ruta = { fraccion: null as string | null, inciso: null as string | null, numeral: null as string | null, subnumeral: null as string | null };
  let pila: Nodo[] = [];
  let vistos = new Set<string>();
  let ultimoContenido: { tipo: 'nodo'; nodo: Nodo } | { tipo: 'prosa'; indice: number } | { tipo: 'articulo' } | null = null;

  const cerrarTitulo = () => {
    if (titulando && titulando.partes.length) titulando.destino(titulando.partes.join(' ').trim());
    titulando = null;
  };

  for (const t of tokens) {
    if (t.tipo === 'fin') break;
    if (titulando) {
      const tit: { destino: (t: string) => void; partes: string[] } = titulando;
      if (t.tipo === 'vacia') {
        if (tit.partes.length) cerrarTitulo();
        continue;
      }
      if (t.tipo === 'nota') continue;
      if (t.tipo === 'prosa' && t.importe === null) {
        tit.partes.push(t.texto);
        continue;
      }
      cerrarTitulo();
    }
    switch (t.tipo) {
      case 'vacia':
        continue;
      case 'nota':
        if (actual && t.importe) actual.importes.push({ n: t.n, importe: t.importe });
        ultimoContenido = null;
        continue;
      case 'capitulo': {
        capitulo = t.numero;
        seccion = null;
        actual = null;
        const clave = t.numero;
        capitulos.set(clave, { titulo: t.resto, n: t.n });
        const tit = { destino: (x: string) => capitulos.set(clave, { titulo: x, n: t.n }), partes: t.resto ? [t.resto] : [] };
        titulando = tit;
        continue;
      }
      case 'seccion': {
        if (!capitulo) continue;
        seccion = t.ordinal;
        actual = null;
        const clave = `${capitulo}/${t.ordinal}`;
        const cap = capitulo;
        secciones.set(clave, { capitulo: cap, ordinal: t.ordinal, titulo: t.resto });
        titulando = { destino: (x: string) => secciones.set(clave, { capitulo: cap, ordinal: t.ordinal, titulo: x }), partes: t.resto ? [t.resto] : [] };
        continue;
      }
      case 'articulo': {
        const numero = parseInt(t.numero, 10);
        if (!capitulo || numero < 21) {
          actual = null;
          continue;
        }
        actual = { numero: t.numero.replace('Quater', 'Quater'), n: t.n, texto: t.texto, capitulo, seccion, nodos: [], importes: [], prosa: [] };
        if (t.importe) actual.importes.push({ n: t.n, importe: t.importe });
        articulos.push(actual);
        ruta = { fraccion: null, inciso: null, numeral: null, subnumeral: null };
        pila = [];
        vistos = new Set();
        ultimoContenido = { tipo: 'articulo' };
        continue;
      }
      case 'etiqueta': {
        if (!actual) continue;
        if (t.importe) actual.importes.push({ n: t.n, importe: t.importe });
        let segmento = t.etiqueta;
        if (t.nivel !== 'adicional') {
          const prof = PROFUNDIDAD[t.nivel];
          pila = pila.filter((p) => p.nivel !== 'adicional' && PROFUNDIDAD[p.nivel as Exclude<Nivel, 'adicional'>] < prof);
          const padre = pila.map((p) => p.segmentos[p.segmentos.length - 1]).join('/');
          const visto = `${padre}|${t.nivel}|${t.etiqueta}`;
          if (vistos.has(visto)) segmento = `${t.etiqueta}-dup2`;
          vistos.add(visto);
          if (t.nivel === 'fraccion') ruta = { fraccion: t.etiqueta, inciso: null, numeral: null, subnumeral: null };
          if (t.nivel === 'inciso') ruta = { ...ruta, inciso: t.etiqueta, numeral: null, subnumeral: null };
          if (t.nivel === 'numeral') ruta = { ...ruta, numeral: t.etiqueta, subnumeral: null };
          if (t.nivel === 'subnumeral') ruta = { ...ruta, subnumeral: t.etiqueta };
        }
        const anterior = actual.nodos[actual.nodos.length - 1];
        const base = t.nivel === 'adicional' ? (anterior ? anterior.segmentos : []) : pila.map((p) => p.segmentos[p.segmentos.length - 1]!);
        const ancestrosNodos = t.nivel === 'adicional' ? (anterior ? [...pilaDe(actual, anterior), anterior] : []) : [...pila];
        const nodo: Nodo = {
          n: t.n,
          nivel: t.nivel,
          etiqueta: t.etiqueta,
          ruta: { ...ruta },
          segmentos: t.nivel === 'adicional' ? [...base, 'adicional'] : [...base, segmento],
          texto: t.texto,
          ancestros: ancestrosNodos.map((a) => `${etiquetaVisible(a.nivel, a.etiqueta)} ${a.texto}`.trim()),
          ancestrosSinEtiqueta: ancestrosNodos.map((a) => a.texto),
          importe: t.importe,
          esEncabezado: false,
          notas: [],
        };
        actual.nodos.push(nodo);
        if (t.nivel !== 'adicional') pila.push(nodo);
        ultimoContenido = { tipo: 'nodo', nodo };
        continue;
      }
      case 'prosa': {
        if (!actual) continue;
        if (t.importe) actual.importes.push({ n: t.n, importe: t.importe });
        if (t.texto === '') continue;
        // A line that starts in lower case continues the sentence above it (the PDF broke the row).
        if (/^[a-záéíóúñ(]/.test(t.texto) && ultimoContenido) {
          if (ultimoContenido.tipo === 'nodo') ultimoContenido.nodo.texto = `${ultimoContenido.nodo.texto} ${t.texto}`.trim();
          else if (ultimoContenido.tipo === 'prosa') actual.prosa[ultimoContenido.indice]!.texto += ` ${t.texto}`;
          else actual.texto = `${actual.texto} ${t.texto}`.trim();
          continue;
        }
        const fraccion = [...pila].reverse().find((p) => p.nivel === 'fraccion') ?? null;
        actual.prosa.push({ n: t.n, texto: t.texto, fraccion });
        ultimoContenido = { tipo: 'prosa', indice: actual.prosa.length - 1 };
        continue;
      }
    }
  }
  cerrarTitulo();
  for (const a of articulos) {
    a.nodos.forEach((nodo, i) => {
      if (nodo.nivel === 'adicional') return;
      const siguiente = a.nodos.slice(i + 1).find((x) => x.nivel !== 'adicional');
      nodo.esEncabezado =
        !!siguiente && PROFUNDIDAD[siguiente.nivel as Exclude<Nivel, 'adicional'>] > PROFUNDIDAD[nodo.nivel as Exclude<Nivel, 'adicional'>];
    });
  }
  return { capitulos, secciones, articulos };
}

/** The labelled ancestors of a node, rebuilt from the node list (used for "adicional" rows). */
function pilaDe(articulo: Articulo, nodo: Nodo): Nodo[] {
  const i = articulo.nodos.indexOf(nodo);
  const resultado: Nodo[] = [];
  let prof = nodo.nivel === 'adicional' ? 99 : PROFUNDIDAD[nodo.nivel];
  for (let j = i - 1; j >= 0; j--) {
    const x = articulo.nodos[j]!;
    if (x.nivel === 'adicional') continue;
    const px = PROFUNDIDAD[x.nivel];
    if (px < prof) {
      resultado.unshift(x);
      prof = px;
    }
  }
  return resultado;
}

// ---------------------------------------------------------------------------------------------------------
// Tariff kinds
// ---------------------------------------------------------------------------------------------------------

const UNIDADES: readonly [RegExp, string][] = [
  [/por cada palabra/i, 'palabra'],
  [/por p[aá]gina/i, 'página'],
  [/hoja (?:certificada )?adicional/i, 'hoja adicional'],
  [/por hoja\b/i, 'hoja'],
  [/por folio real|por cada registro o folio real/i, 'folio real'],
  [/por folio\b/i, 'folio'],
  [/por kilogramo/i, 'kilogramo'],
  [/por metro c[uú]bico/i, 'metro cúbico'],
  [/por dec[ií]metro cuadrado/i, 'decímetro cuadrado'],
  [/metro cuadrado adicional/i, 'metro cuadrado adicional'],
  [/metro cuadrado de cubrimiento/i, 'metro cuadrado'],
  [/hect[aá]rea (?:o fracci[oó]n )?adicional|hect[aá]rea adicional o fracci[oó]n/i, 'hectárea adicional o fracción'],
  [/por kil[oó]metro/i, 'kilómetro'],
  [/por cada \$25,000\.00 adicionales/i, 'cada $25,000.00 adicionales del valor trasladado'],
  [/por d[ií]a de retraso/i, 'día de retraso'],
  [/por d[ií]a\b/i, 'día'],
  [/por hora\b/i, 'hora'],
  [/por mes\b|renta mensual/i, 'mes'],
  [/por punto\b/i, 'punto'],
  [/por timbre/i, 'timbre'],
  [/por alumno/i, 'alumno'],
  [/por participante/i, 'participante'],
  [/por persona\b/i, 'persona'],
  [/por cada solicitante/i, 'solicitante'],
  [/por asistente/i, 'asistente'],
  [/por dosis/i, 'dosis'],
  [/por cada pieza/i, 'pieza'],
  [/por documento/i, 'documento'],
  [/por (?:cada )?veh[ií]culo\b/i, 'vehículo'],
  [/por cada lote/i, 'lote'],
  [/por cada unidad privativa/i, 'unidad privativa'],
  [/por cada (?:bien )?inmueble/i, 'inmueble'],
  [/por (?:cada )?predio/i, 'predio'],
  [/por cada recibo oficial/i, 'recibo oficial'],
  [/por cada efecto valorado/i, 'efecto valorado'],
  [/por cada DVD/i, 'DVD'],
];

export function unidadDeCobro(propio: string, ancestros: readonly string[]): string | null {
  for (const texto of [propio, ...[...ancestros].reverse()]) {
    for (const [re, unidad] of UNIDADES) if (re.test(texto)) return unidad;
  }
  return null;
}

const NUMEROS: Record<string, string> = {
  una: '1', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
  diez: '10', veinte: '20', treinta: '30', cuarenta: '40', cincuenta: '50',
};

function numero(palabraOCifra: string): string {
  const p = palabraOCifra.toLowerCase();
  if (NUMEROS[p]) return NUMEROS[p]!;
  const limpio = p.replace(/\.$/, '').replace(/\.\d{2}$/, '').replace(/[,'\s]/g, '').replace(/^0+(?=\d)/, '');
  return importe(limpio || '0').toString();
}

/** Reads a bracket from a label; `mayorQue` may be filled later from the previous bracket. */
function leerRango(texto: string): (Omit<Rango, 'mayorQue'> & { mayorQue: string | null | 'anterior' }) | null {
  let m = /^De \$\s?([\d.,']+) hasta \$\s?([\d.,']+)/.exec(texto);
  if (m) return { variable: 'valor del inmueble (pesos)', mayorQue: 'anterior', hasta: numero(m[2]!) };
  m = /^De \$\s?([\d.,']+) en adelante/.exec(texto);
  if (m) return { variable: 'valor del inmueble (pesos)', mayorQue: 'anterior', hasta: null };
  m = /^Hasta (?:por )?(una|cinco|\w+) hect[aá]reas?/i.exec(texto);
  if (m) return { variable: 'superficie (hectáreas)', mayorQue: null, hasta: numero(m[1]!) };
  m = /^(?:Fracci[oó]n )?Mayor (?:de|a) (\w+)(?: hect[aá]reas)? hasta (\w+) hect[aá]reas/i.exec(texto);
  if (m) return { variable: 'superficie (hectáreas)', mayorQue: numero(m[1]!), hasta: numero(m[2]!) };
  m = /^De ([\d.]+) mts hasta ([\d.]+) mts cuadrados/.exec(texto);
  if (m) return { variable: 'superficie (metros cuadrados)', mayorQue: 'anterior', hasta: numero(m[2]!) };
  m = /^De (\d+) a (\d+) veh[ií]culos/.exec(texto);
  if (m) return { variable: 'número de vehículos', mayorQue: 'anterior', hasta: m[2]! };
  m = /^De (\d+) veh[ií]culos en adelante/.exec(texto);
  if (m) return { variable: 'número de vehículos', mayorQue: 'anterior', hasta: null };
  m = /la cantidad de \$([\d.,]+) a \$([\d.,]+)/.exec(texto);
  if (m) return { variable: 'valor a trasladar (pesos)', mayorQue: 'anterior', hasta: numero(m[2]!) };
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// The catalog
// ---------------------------------------------------------------------------------------------------------

function claveDeArticulo(numero: string): string {
  return numero.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export class ErrorDeCatalogo extends Error {}

export function parsearLeyDeDerechos(texto: string, correcciones: Correcciones): CatalogoDeDerechos {
  const { capitulos, secciones, articulos } = leerEstructura(texto);
  const errores: string[] = [];

  const dependencias: Dependencia[] = [];
  for (const [numero, cap] of capitulos) {
    const conf = DEPENDENCIAS[numero];
    if (!conf) continue;
    if (!cap.titulo.includes(conf.contiene)) errores.push(`Capítulo ${numero}: título "${cap.titulo}" no contiene "${conf.contiene}"`);
    const unidades: UnidadAdministrativa[] = [];
    for (const sec of secciones.values()) {
      if (sec.capitulo !== numero) continue;
      // A derogated Sección (Capítulo IV, Sección Tercera) provides nothing.
      if (/^Se deroga/i.test(sec.titulo)) continue;
      const s = conf.secciones[sec.ordinal];
      if (!s) {
        errores.push(`Sección ${sec.ordinal} del Capítulo ${numero} sin id: "${sec.titulo}"`);
        continue;
      }
      if (!sec.titulo.includes(s.contiene)) errores.push(`Sección ${sec.ordinal} del Capítulo ${numero}: "${sec.titulo}" no contiene "${s.contiene}"`);
      unidades.push({ id: s.id, nombre: nombreDeUnidad(sec.titulo), seccion: sec.ordinal });
    }
    dependencias.push({ id: conf.id, nombre: nombreDeDependencia(cap.titulo), capitulo: numero, unidades });
  }

  const lineas: LineaDeDerecho[] = [];
  const omitidas: Omision[] = [];
  const desplazados: string[] = [];
  const usadas = new Set<string>();

  for (const art of articulos) {
    const conf = DEPENDENCIAS[art.capitulo];
    if (!conf) {
      errores.push(`Artículo ${art.numero}: Capítulo ${art.capitulo} sin id`);
      continue;
    }
    const tituloSeccion = art.seccion ? secciones.get(`${art.capitulo}/${art.seccion}`)?.titulo ?? '' : '';
    const unidad = art.seccion && !/^Se deroga/i.test(tituloSeccion) ? conf.secciones[art.seccion]?.id ?? null : null;
    const prefijo = `LD-${claveDeArticulo(art.numero)}`;
    const base = {
      articulo: art.numero,
      dependencia: conf.id,
      unidad,
      vigenteDesde: VIGENTE_DESDE,
      vigenteHasta: null,
    };

    if (art.nodos.length === 0) {
      if (RE_DEROGADO.test(art.texto)) {
        lineas.push(lineaDerogada({ ...base, clave: prefijo, texto: art.texto, descripcionCompleta: art.texto, n: art.n }));
      } else if (art.importes.length === 1) {
        const imp = art.importes[0]!;
        lineas.push({
          ...base,
          clave: prefijo,
          fraccion: null,
          inciso: null,
          numeral: null,
          subnumeral: null,
          descripcion: art.texto,
          descripcionCompleta: art.texto,
          derogado: false,
          tipoTarifa: 'fija',
          tarifa: imp.importe,
          unidadDeCobro: null,
          porcentaje: null,
          basePorcentaje: null,
          rango: null,
          exenciones: [],
          notas: [],
          fuente: { linea: art.n, lineaImporte: imp.n },
        });
      } else if (art.importes.length > 1) {
        errores.push(`Artículo ${art.numero}: sin etiquetas pero con ${art.importes.length} importes`);
      }
      continue;
    }

    // Leaves that take a peso amount from the text, in document order.
    const hojas = art.nodos.filter((x) => !x.esEncabezado);
    const claveDe = (x: Nodo) => `${prefijo}-${x.segmentos.join('-')}`;
    const conImporte: Nodo[] = [];
    for (const h of hojas) {
      const clave = claveDe(h);
      if (RE_DEROGADO.test(h.texto)) continue;
      if (correcciones.formulas[clave] || correcciones.sinTarifa[clave]) continue;
      if (h.texto === '') continue;
      conImporte.push(h);
    }
    if (conImporte.length !== art.importes.length) {
      errores.push(
        `Artículo ${art.numero}: ${conImporte.length} renglones con tarifa y ${art.importes.length} importes.\n` +
          `  renglones: ${conImporte.map((h) => `${claveDe(h)}@${h.n}`).join(', ')}\n` +
          `  importes: ${art.importes.map((i) => `${i.importe}@${i.n}`).join(', ')}`,
      );
      continue;
    }
    const importeDe = new Map<Nodo, { n: number; importe: string }>();
    conImporte.forEach((h, i) => importeDe.set(h, art.importes[i]!));

    const rangosPrevios = new Map<string, string | null>();
    for (const h of hojas) {
      const clave = claveDe(h);
      const descripcionCompleta = [...h.ancestros, `${etiquetaVisible(h.nivel, h.etiqueta)} ${h.texto}`.trim()].join(' ');
      const notas = art.prosa.filter((p) => p.fraccion && p.fraccion === fraccionDe(art, h)).map((p) => p.texto);
      const comunes = {
        ...base,
        clave,
        fraccion: h.ruta.fraccion,
        inciso: h.ruta.inciso,
        numeral: h.ruta.numeral,
        subnumeral: h.ruta.subnumeral,
        descripcion: h.texto,
        descripcionCompleta,
      };
      if (RE_DEROGADO.test(h.texto)) {
        lineas.push(lineaDerogada({ ...comunes, texto: h.texto, n: h.n }));
        continue;
      }
      const sin = correcciones.sinTarifa[clave];
      if (sin !== undefined || h.texto === '') {
        omitidas.push({ clave, linea: h.n, motivo: sin ?? 'Etiqueta sin texto ni importe en el texto de la ley.' });
        if (sin !== undefined) usadas.add(`sinTarifa:${clave}`);
        continue;
      }
      const formula = correcciones.formulas[clave];
      if (formula) {
        usadas.add(`formulas:${clave}`);
        lineas.push({
          ...comunes,
          derogado: false,
          tipoTarifa: formula.tipoTarifa,
          tarifa: formula.tarifa ?? null,
          unidadDeCobro: formula.unidadDeCobro ?? null,
          porcentaje: formula.porcentaje ?? null,
          basePorcentaje: formula.basePorcentaje ?? null,
          rango: null,
          exenciones: [],
          notas: [...notas, formula.motivo],
          fuente: { linea: h.n, lineaImporte: null },
        });
        continue;
      }
      const imp = importeDe.get(h)!;
      const siguienteEtiqueta = art.nodos[art.nodos.indexOf(h) + 1]?.n ?? Number.MAX_SAFE_INTEGER;
      if (imp.n < h.n || imp.n >= siguienteEtiqueta) desplazados.push(clave);

      let tipoTarifa: TipoTarifa = 'fija';
      let rango: Rango | null = correcciones.rangos[clave] ?? null;
      if (rango) usadas.add(`rangos:${clave}`);
      const leido = rango ? null : leerRango(h.texto);
      const grupo = `${h.segmentos.slice(0, -1).join('-')}`;
      if (leido) {
        const mayorQue = leido.mayorQue === 'anterior' ? (rangosPrevios.get(grupo) ?? null) : leido.mayorQue;
        rango = { variable: leido.variable, mayorQue, hasta: leido.hasta };
      }
      if (rango) {
        tipoTarifa = 'rango';
        rangosPrevios.set(grupo, rango.hasta);
      }
      const unidadCobro = rango ? null : unidadDeCobro(h.texto, h.ancestrosSinEtiqueta);
      if (unidadCobro) tipoTarifa = 'por-unidad';
      lineas.push({
        ...comunes,
        derogado: false,
        tipoTarifa,
        tarifa: imp.importe,
        unidadDeCobro: unidadCobro,
        porcentaje: null,
        basePorcentaje: null,
        rango,
        exenciones: [],
        notas,
        fuente: { linea: h.n, lineaImporte: imp.n },
      });
    }
  }

  // Priced paragraphs (e.g. LD 21 Octies X, curvas de nivel) become lines after the one they follow.
  for (const extra of correcciones.agregar) {
    const i = lineas.findIndex((l) => l.clave === extra.despuesDe);
    if (i < 0) {
      errores.push(`agregar ${extra.clave}: no existe ${extra.despuesDe}`);
      continue;
    }
    const previa = lineas[i]!;
    const art = articulos.find((a) => a.numero === previa.articulo)!;
    const parrafo = art.prosa.find((p) => p.texto.startsWith(extra.comienzaCon));
    if (!parrafo) {
      errores.push(`agregar ${extra.clave}: no hay párrafo que comience con "${extra.comienzaCon}"`);
      continue;
    }
    const padres = previa.descripcionCompleta.slice(0, previa.descripcionCompleta.length - previa.descripcion.length);
    lineas.splice(i + 1, 0, {
      ...previa,
      clave: extra.clave,
      inciso: null,
      numeral: null,
      subnumeral: null,
      descripcion: parrafo.texto,
      descripcionCompleta: `${padres.replace(/\s*[a-z]\)\s*$/, '').trim()} ${parrafo.texto}`.trim(),
      tipoTarifa: extra.tipoTarifa,
      tarifa: null,
      unidadDeCobro: null,
      porcentaje: extra.porcentaje,
      basePorcentaje: extra.basePorcentaje,
      rango: null,
      exenciones: [],
      notas: [],
      fuente: { linea: parrafo.n, lineaImporte: null },
    });
  }

  // Exemptions: the paragraph is copied verbatim from the law to every key it exempts.
  for (const ex of correcciones.exenciones) {
    const art = articulos.find((a) => a.numero === ex.articulo);
    const parrafo = art?.prosa.find((p) => p.texto.startsWith(ex.comienzaCon));
    if (!parrafo) {
      errores.push(`exención del artículo ${ex.articulo}: no hay párrafo que comience con "${ex.comienzaCon}"`);
      continue;
    }
    for (const clave of ex.claves) {
      const i = lineas.findIndex((l) => l.clave === clave);
      if (i < 0) {
        errores.push(`exención: no existe ${clave}`);
        continue;
      }
      const l = lineas[i]!;
      lineas[i] = { ...l, exenciones: [...l.exenciones, parrafo.texto], notas: l.notas.filter((x) => x !== parrafo.texto) };
    }
  }

  const claves = new Set<string>();
  for (const l of lineas) {
    if (claves.has(l.clave)) errores.push(`clave repetida ${l.clave}`);
    claves.add(l.clave);
  }
  for (const tipo of ['formulas', 'sinTarifa', 'rangos'] as const) {
    for (const clave of Object.keys(correcciones[tipo])) {
      if (!usadas.has(`${tipo}:${clave}`)) errores.push(`corrección ${tipo} sin renglón: ${clave}`);
    }
  }
  const revisados = [...correcciones.importesDesplazados].sort();
  const hallados = [...desplazados].sort();
  if (JSON.stringify(revisados) !== JSON.stringify(hallados)) {
    errores.push(
      `Importes desplazados sin revisar o ya no desplazados.\n  hallados: ${JSON.stringify(hallados)}\n  revisados: ${JSON.stringify(revisados)}`,
    );
  }
  if (errores.length) throw new ErrorDeCatalogo(errores.join('\n'));

  return {
    ley: 'Ley de Derechos del Estado de Chiapas',
    reforma: 'P.O. Núm. 318, 15 de diciembre de 2023, Decreto 028 (en vigor el 1 de enero de 2024)',
    vigenteDesde: VIGENTE_DESDE,
    dependencias,
    lineas,
    omitidas,
  };
}

function fraccionDe(art: Articulo, h: Nodo): Nodo | null {
  if (h.nivel === 'fraccion') return h;
  return pilaDe(art, h).find((p) => p.nivel === 'fraccion') ?? (h.nivel === 'adicional' ? fraccionDeAdicional(art, h) : null);
}

function fraccionDeAdicional(art: Articulo, h: Nodo): Nodo | null {
  const i = art.nodos.indexOf(h);
  for (let j = i - 1; j >= 0; j--) if (art.nodos[j]!.nivel === 'fraccion') return art.nodos[j]!;
  return null;
}

function lineaDerogada(d: {
  clave: string;
  articulo: string;
  dependencia: string;
  unidad: string | null;
  vigenteDesde: string;
  vigenteHasta: null;
  fraccion?: string | null;
  inciso?: string | null;
  numeral?: string | null;
  subnumeral?: string | null;
  texto: string;
  descripcionCompleta: string;
  n: number;
}): LineaDeDerecho {
  return {
    clave: d.clave,
    articulo: d.articulo,
    fraccion: d.fraccion ?? null,
    inciso: d.inciso ?? null,
    numeral: d.numeral ?? null,
    subnumeral: d.subnumeral ?? null,
    dependencia: d.dependencia,
    unidad: d.unidad,
    descripcion: d.texto,
    descripcionCompleta: d.descripcionCompleta,
    derogado: true,
    tipoTarifa: null,
    tarifa: null,
    unidadDeCobro: null,
    porcentaje: null,
    basePorcentaje: null,
    rango: null,
    exenciones: [],
    notas: [],
    vigenteDesde: d.vigenteDesde,
    vigenteHasta: d.vigenteHasta,
    fuente: { linea: d.n, lineaImporte: null },
  };
}

function nombreDeDependencia(titulo: string): string {
  return titulo.replace(/^Derechos por los Servicios que (?:Presta|presta|preste)\s+(?:la |el )?/i, '').replace(/\.$/, '').trim();
}

function nombreDeUnidad(titulo: string): string {
  return titulo.replace(/^Servicios que (?:Presta|presta)\s+(?:por |la |el )?/i, '').replace(/\.$/, '').trim();
}

// ---------------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------------

export const RUTAS = {
  fuente: path.join(__dirname, '..', 'data', 'fuente', 'ley-de-derechos-chiapas.md'),
  correcciones: path.join(__dirname, '..', 'data', 'correcciones.json'),
  salida: path.join(__dirname, '..', 'data', 'derechos.json'),
};

/** The exact text written to derechos.json. */
export function serializar(catalogo: CatalogoDeDerechos): string {
  return `${JSON.stringify(catalogo, null, 2)}\n`;
}

export function generarDesdeArchivos(): CatalogoDeDerechos {
  const texto = fs.readFileSync(RUTAS.fuente, 'utf8');
  const correcciones = JSON.parse(fs.readFileSync(RUTAS.correcciones, 'utf8')) as Correcciones;
  return parsearLeyDeDerechos(texto, correcciones);
}

if (require.main === module) {
  try {
    const catalogo = generarDesdeArchivos();
    fs.writeFileSync(RUTAS.salida, serializar(catalogo));
    const porArticulo = new Map<string, number>();
    for (const l of catalogo.lineas) porArticulo.set(l.articulo, (porArticulo.get(l.articulo) ?? 0) + 1);
    process.stdout.write(
      `${catalogo.lineas.length} renglones (${catalogo.lineas.filter((l) => !l.derogado).length} vigentes) en ${porArticulo.size} artículos; ` +
        `${catalogo.omitidas.length} omitidos. Escrito ${RUTAS.salida}\n`,
    );
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}

// CHP arts. 262-265 A: Adicional para el Desarrollo Económico y Social, 6 % of every payment of state taxes and
// derechos, caused and paid at the same moment as the payment it rides on (art. 265). Decision 0201.
import { Dec, aTexto, importe } from '../comun/importe';
import { redondearACentavos } from '../comun/redondeo';
import { valorInvalido } from '../comun/errores';
import { causaSalvamentos } from './salvamentos';

/** CHP art. 265: "aplicando a la base gravable la tasa del 6%". */
export const TASA_ADICIONAL = '0.06';

/**
 * What a payment is for. Only impuestos (CHP Libro Segundo) and derechos (Ley de Derechos) form the base of
 * art. 264; productos and aprovechamientos (recargos, multas: CHP art. 268) never do.
 */
export type ConceptoDelPago =
  | { claveDerecho: string }
  | { claveImpuesto: ClaveImpuesto }
  | { otroConcepto: 'producto' | 'aprovechamiento' | 'actualizacion' };

/** Claves of the state taxes of CHP Libro Segundo, named by the article that sets their object. */
export type ClaveImpuesto =
  | 'CHP-229-nominas'
  | 'CHP-239-hospedaje'
  | 'CHP-243-vehiculos-usados'
  | 'CHP-251-juegos-rifas-sorteos'
  | 'CHP-256-servidumbre-minera'
  | 'CHP-261-salvamentos';

export const CLAVES_IMPUESTO: readonly ClaveImpuesto[] = [
  'CHP-229-nominas',
  'CHP-239-hospedaje',
  'CHP-243-vehiculos-usados',
  'CHP-251-juegos-rifas-sorteos',
  'CHP-256-servidumbre-minera',
  'CHP-261-salvamentos',
];

export interface ExcepcionDelAdicional {
  readonly fundamento: string;
  readonly descripcion: string;
  aplica(concepto: ConceptoDelPago): boolean;
}

const esDerecho = (c: ConceptoDelPago): c is { claveDerecho: string } => 'claveDerecho' in c;
const esImpuesto = (c: ConceptoDelPago): c is { claveImpuesto: ClaveImpuesto } => 'claveImpuesto' in c;

/**
 * CHP art. 265 A. "quienes sean sujetos a" is read per payment (decision 0201): the refrendo payment that
 * carries the salvamentos contribution (CHP arts. 261 A-261 C) is exempt; the same person's other payments are not.
 */
export const EXCEPCIONES_DEL_ADICIONAL: readonly ExcepcionDelAdicional[] = [
  {
    fundamento: 'CHP art. 265 A I',
    descripcion: 'Sujeto a la contribución para la atención de salvamentos y servicios médicos (refrendo anual de tarjeta de circulación, LD art. 25 IV a-c, numerales 1 y 2)',
    aplica: (c) =>
      (esDerecho(c) && causaSalvamentos(c.claveDerecho)) || (esImpuesto(c) && c.claveImpuesto === 'CHP-261-salvamentos'),
  },
  {
    fundamento: 'CHP art. 265 A II',
    descripcion: 'Impuesto Sobre Juegos Permitidos, Rifas, Sorteos, Loterías y Concursos',
    aplica: (c) => esImpuesto(c) && c.claveImpuesto === 'CHP-251-juegos-rifas-sorteos',
  },
  {
    fundamento: 'CHP art. 265 A III',
    descripcion: 'Servicios del Laboratorio Estatal de Salud (LD art. 44 Bis) y del Centro Estatal de Transfusión Sanguínea (LD art. 44 Ter)',
    // The catalog writes the article with a space (`LD-44 Bis-I`); older keys have none (`LD-44Bis-I`).
    aplica: (c) => esDerecho(c) && /^LD-44 ?(Bis|Ter)(-|$)/i.test(c.claveDerecho),
  },
];

export interface ResultadoAdicional {
  /** The base as received (CHP art. 264), two decimals. */
  readonly base: string;
  readonly tasa: string;
  /** The adicional, rounded once to centavos (decision 0001). */
  readonly adicional: string;
  readonly total: string;
  readonly exento: boolean;
  readonly fundamento: string;
  /** Spanish lines explaining the computation, in order. */
  readonly desglose: readonly string[];
}

/** CHP arts. 264-265 A: adicional on the whole amount of one payment, rounded once (decision 0201). */
export function calcularAdicional(base: string, concepto: ConceptoDelPago): ResultadoAdicional {
  const monto = importe(base);
  if (monto.isNegative()) throw valorInvalido('base-negativa', 'La base del adicional no puede ser negativa.', 'base');
  const baseTexto = aTexto(redondearACentavos(monto));
  const sinAdicional = (fundamento: string, motivo: string): ResultadoAdicional => ({
    base: baseTexto,
    tasa: TASA_ADICIONAL,
    adicional: '0.00',
    total: baseTexto,
    exento: true,
    fundamento,
    desglose: [`Base gravable: $${baseTexto}`, motivo, 'Adicional: $0.00', `Total: $${baseTexto}`],
  });

  if ('otroConcepto' in concepto) {
    return sinAdicional('CHP art. 264', `No forma parte de la base gravable: ${concepto.otroConcepto} no es impuesto ni derecho (CHP art. 264).`);
  }
  const excepcion = EXCEPCIONES_DEL_ADICIONAL.find((e) => e.aplica(concepto));
  if (excepcion) return sinAdicional(excepcion.fundamento, `Exento: ${excepcion.descripcion} (${excepcion.fundamento}).`);

  const adicional = redondearACentavos(monto.times(new Dec(TASA_ADICIONAL)));
  const total = redondearACentavos(monto).plus(adicional);
  return {
    base: baseTexto,
    tasa: TASA_ADICIONAL,
    adicional: aTexto(adicional),
    total: aTexto(total),
    exento: false,
    fundamento: 'CHP art. 265',
    desglose: [
      `Base gravable: $${baseTexto} (CHP art. 264)`,
      `Adicional: $${baseTexto} × 6 % = $${aTexto(adicional)} (CHP art. 265)`,
      `Total: $${aTexto(total)}`,
    ],
  };
}

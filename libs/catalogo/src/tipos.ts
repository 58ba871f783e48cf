// LD arts. 21–52: the shape of one tariff line of the Ley de Derechos del Estado de Chiapas, as data.
// Amounts are decimal strings (pesos, two decimals); a JS number never carries money.

/**
 * How the amount of a line is obtained (LD art. 2 V: "Tarifa: Precio unitario").
 * - `fija`: one amount per service.
 * - `por-unidad`: the amount times a quantity of `unidadDeCobro` (per word, sheet, hectare, day...).
 * - `rango`: one amount chosen by where a base (property value, hectares, vehicles...) falls.
 * - `porcentaje`: a percentage of a base named in `basePorcentaje` (no peso amount in the law).
 */
export type TipoTarifa = 'fija' | 'por-unidad' | 'porcentaje' | 'rango';

/** A bracket: the line applies when `mayorQue` < base <= `hasta` (a null bound is open). */
export interface Rango {
  /** What the base measures, e.g. "valor del inmueble (pesos)", "superficie (hectáreas)". */
  readonly variable: string;
  readonly mayorQue: string | null;
  readonly hasta: string | null;
  /** When the bounds are not plain numbers of `variable` (LD 21 Ter III a: multiples of a VIS value). */
  readonly unidadDeLimites?: string;
}

export interface LineaDeDerecho {
  /** Stable key: `LD-{artículo}-{fracción}-{inciso}-{numeral}[-{subnumeral}][-adicional][-dupN]`. */
  readonly clave: string;
  /** Article as the law writes it: "21", "21 Bis", "21 Quáter". */
  readonly articulo: string;
  readonly fraccion: string | null;
  readonly inciso: string | null;
  readonly numeral: string | null;
  readonly subnumeral: string | null;
  /** Id of the Dependencia (Capítulo) that provides the service. */
  readonly dependencia: string;
  /** Id of the unit (Sección), null when the article sits under no Sección. */
  readonly unidad: string | null;
  /** The line's own text, without its label and amount. */
  readonly descripcion: string;
  /** Own text preceded by the parent fracción/inciso/numeral texts, with their labels. */
  readonly descripcionCompleta: string;
  readonly derogado: boolean;
  /** Null only when `derogado`. */
  readonly tipoTarifa: TipoTarifa | null;
  /** Pesos, two decimals ("245.00"); null for derogated and percentage lines. */
  readonly tarifa: string | null;
  /** Unit of charge of a `por-unidad` line ("palabra", "hoja adicional", "hectárea"...). */
  readonly unidadDeCobro: string | null;
  /** Percent, as a decimal string ("50", "0.5" for cinco al millar), for `porcentaje` lines. */
  readonly porcentaje: string | null;
  /** What the percentage applies to, for `porcentaje` lines. */
  readonly basePorcentaje: string | null;
  readonly rango: Rango | null;
  /** Exemptions the law states for this line, quoted. */
  readonly exenciones: readonly string[];
  /** Rules the law attaches to the line (payment windows, alternatives), quoted or summarised. */
  readonly notas: readonly string[];
  /** First day this tariff is in force: P.O. 318 (15 Dec 2023), in force 1 Jan 2024. */
  readonly vigenteDesde: string;
  /** Last day in force, null while in force. */
  readonly vigenteHasta: string | null;
  /** Where the line and its amount sit in libs/catalogo/data/fuente/ley-de-derechos-chiapas.md (1-based). */
  readonly fuente: { readonly linea: number; readonly lineaImporte: number | null };
}

export interface UnidadAdministrativa {
  readonly id: string;
  readonly nombre: string;
  /** Sección ordinal as written ("Primera"). */
  readonly seccion: string;
}

export interface Dependencia {
  readonly id: string;
  readonly nombre: string;
  /** Capítulo of LD Título Segundo, in Roman numerals. */
  readonly capitulo: string;
  readonly unidades: readonly UnidadAdministrativa[];
}

/** A place of the law text left out of the catalog on purpose, with the reason. */
export interface Omision {
  readonly clave: string;
  readonly linea: number;
  readonly motivo: string;
}

export interface CatalogoDeDerechos {
  readonly ley: string;
  readonly reforma: string;
  readonly vigenteDesde: string;
  readonly dependencias: readonly Dependencia[];
  readonly lineas: readonly LineaDeDerecho[];
  readonly omitidas: readonly Omision[];
}

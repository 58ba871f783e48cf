// Every calculated figure travels with its explanation: which article, which table rows, and warnings in
// Spanish when a figure rests on a provisional (not verified) parameter.

export interface PartidaDeDesglose {
  /** What the line is: "Actualización", "Recargos", "Gastos de ejecución: requerimiento"… */
  concepto: string;
  /** The article that imposes it, e.g. `CHP art. 43`. */
  articulo: string;
  /** How it was obtained, in Spanish, with the figures used. */
  detalle: string;
  /** The resulting amount, when the line has one (string, two decimals). */
  importe?: string;
}

export interface ResultadoExplicado {
  advertencias: string[];
  desglose: PartidaDeDesglose[];
}

/** The sentence every result carries when it uses a row nobody verified against the official source. */
export function advertenciaDeParametroNoVerificado(tabla: string, descripcion: string, fuente: string): string {
  return `El valor de ${tabla} para ${descripcion} es provisional (no verificado contra la fuente oficial; fuente usada: ${fuente}); el importe que depende de él no debe presentarse como definitivo.`;
}

/** Joins warnings keeping the first occurrence of each one. */
export function unirAdvertencias(...listas: readonly (readonly string[])[]): string[] {
  return [...new Set(listas.flat())];
}

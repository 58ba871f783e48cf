// Dated parameter tables (INPC, recargos rates, fixed amounts): the value in force at a date is the row with the
// latest start on or before that date. Pure: the rows come from libs/parametros, never from a file here.
import { compararFechas, esFechaValida, type Fecha } from './fecha';
import { reglaIncumplida, valorInvalido } from './errores';

export interface FilaFechada<V> {
  /** First day the value is in force. */
  readonly desde: Fecha;
  /** Last day the value is in force; absent means until the next row starts (or forever). */
  readonly hasta?: Fecha;
  readonly valor: V;
  /** Where the value comes from: the law, the Periódico Oficial, INEGI… */
  readonly fuente: string;
  /** False when nobody checked the value against the official text (the result must say so). */
  readonly verificada: boolean;
}

export interface TablaFechada<V> {
  readonly nombre: string;
  /** Rows sorted by `desde`. */
  readonly filas: readonly FilaFechada<V>[];
  /** The row in force at `fecha`; a refusal when there is none (before the first row or in a gap). */
  filaEn(fecha: Fecha): FilaFechada<V>;
  valorEn(fecha: Fecha): V;
  /** Like filaEn, but undefined instead of a refusal. */
  buscarFilaEn(fecha: Fecha): FilaFechada<V> | undefined;
}

export function crearTablaFechada<V>(nombre: string, filas: readonly FilaFechada<V>[]): TablaFechada<V> {
  if (filas.length === 0) throw valorInvalido('tabla-vacia', `La tabla ${nombre} no tiene filas.`, nombre);
  filas.forEach((f, i) => {
    if (!esFechaValida(f.desde)) throw valorInvalido('tabla-fecha-invalida', `La tabla ${nombre}, fila ${i + 1}: el campo desde no es una fecha válida (${JSON.stringify(f.desde)}).`, 'desde');
    if (f.hasta !== undefined && !esFechaValida(f.hasta)) throw valorInvalido('tabla-fecha-invalida', `La tabla ${nombre}, fila ${i + 1}: el campo hasta no es una fecha válida (${JSON.stringify(f.hasta)}).`, 'hasta');
    if (f.hasta !== undefined && compararFechas(f.hasta, f.desde) < 0) throw valorInvalido('tabla-vigencia-invertida', `La tabla ${nombre}, fila ${i + 1}: hasta (${f.hasta}) es anterior a desde (${f.desde}).`, 'hasta');
    if (typeof f.fuente !== 'string' || f.fuente.trim() === '') throw valorInvalido('tabla-sin-fuente', `La tabla ${nombre}, fila ${i + 1}: falta la fuente del valor.`, 'fuente');
  });
  const ordenadas = [...filas].sort((a, b) => compararFechas(a.desde, b.desde));
  for (let i = 1; i < ordenadas.length; i++) {
    const anterior = ordenadas[i - 1], actual = ordenadas[i];
    if (anterior.desde === actual.desde) throw valorInvalido('tabla-traslape', `La tabla ${nombre} tiene dos filas que empiezan el ${actual.desde}.`, 'desde');
    if (anterior.hasta !== undefined && compararFechas(anterior.hasta, actual.desde) >= 0) {
      throw valorInvalido('tabla-traslape', `La tabla ${nombre}: la fila que empieza el ${anterior.desde} termina el ${anterior.hasta}, después de que empieza la siguiente (${actual.desde}).`, 'hasta');
    }
  }

  const buscarFilaEn = (fecha: Fecha): FilaFechada<V> | undefined => {
    if (!esFechaValida(fecha)) throw valorInvalido('fecha-invalida', `La fecha de consulta de la tabla ${nombre} no es válida: ${JSON.stringify(fecha)}.`, 'fecha');
    let lo = 0, hi = ordenadas.length - 1, encontrada = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (compararFechas(ordenadas[mid].desde, fecha) <= 0) { encontrada = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (encontrada < 0) return undefined;
    const fila = ordenadas[encontrada];
    if (fila.hasta !== undefined && compararFechas(fecha, fila.hasta) > 0) return undefined;
    return fila;
  };
  const filaEn = (fecha: Fecha): FilaFechada<V> => {
    const fila = buscarFilaEn(fecha);
    if (!fila) {
      throw reglaIncumplida('parametro-no-vigente', `La tabla ${nombre} no tiene un valor vigente al ${fecha}; la primera fila empieza el ${ordenadas[0].desde}.`, 'fecha', undefined, { tabla: nombre, fecha });
    }
    return fila;
  };
  return { nombre, filas: ordenadas, filaEn, buscarFilaEn, valorEn: (fecha) => filaEn(fecha).valor };
}

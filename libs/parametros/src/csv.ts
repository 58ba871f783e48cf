// Minimal RFC 4180 reader for the parameter files: commas, double quotes, "" inside quotes, LF or CRLF.

export interface FilaCsv {
  readonly numero: number;
  readonly campos: Record<string, string>;
}

function partirLinea(linea: string, archivo: string, numero: number): string[] {
  const campos: string[] = [];
  let actual = '', entreComillas = false;
  for (let i = 0; i < linea.length; i++) {
    const c = linea[i];
    if (entreComillas) {
      if (c === '"' && linea[i + 1] === '"') { actual += '"'; i++; }
      else if (c === '"') entreComillas = false;
      else actual += c;
    } else if (c === '"' && actual === '') entreComillas = true;
    else if (c === ',') { campos.push(actual); actual = ''; }
    else actual += c;
  }
  if (entreComillas) throw new Error(`${archivo}, línea ${numero}: comillas sin cerrar.`);
  campos.push(actual);
  return campos;
}

export function leerCsv(texto: string, archivo: string, columnas: readonly string[]): FilaCsv[] {
  const lineas = texto.replace(/^\uFEFF/, '').split(/\r?\n/);
  const encabezado = partirLinea(lineas[0] ?? '', archivo, 1);
  const faltan = columnas.filter((c) => !encabezado.includes(c));
  if (faltan.length) throw new Error(`${archivo}: faltan las columnas ${faltan.join(', ')}.`);
  const filas: FilaCsv[] = [];
  lineas.slice(1).forEach((linea, i) => {
    if (linea.trim() === '') return;
    const numero = i + 2;
    const valores = partirLinea(linea, archivo, numero);
    if (valores.length !== encabezado.length) throw new Error(`${archivo}, línea ${numero}: tiene ${valores.length} campos y el encabezado ${encabezado.length}.`);
    filas.push({ numero, campos: Object.fromEntries(encabezado.map((c, j) => [c, valores[j].trim()])) });
  });
  return filas;
}

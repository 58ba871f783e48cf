// LD arts. 21–52: no tariff line is lost silently. The law text is counted here with plain regular
// expressions, independently of the parser, and both counts must equal a table reviewed by hand.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cargarCatalogo } from '@tesoreria/catalogo';

const FUENTE = path.join(__dirname, '..', 'data', 'fuente', 'ley-de-derechos-chiapas.md');

/**
 * [artículo, rows ending in a peso amount, "Se deroga" markers, priced items with no amount at the end of a
 * row (percentages, a rate inside the sentence, the "curvas de nivel" paragraph)]. Reviewed against the law:
 * 21 Ter 73, 24 61, 36 56, 39 71 agree with analysis.md §2.3; 49 articles carry amounts, 884 rows in all.
 */
const ESPERADO: readonly [string, number, number, number][] = [
  ['21', 10, 0, 0], ['21 Bis', 24, 0, 0], ['21 Ter', 73, 0, 0], ['21 Quáter', 14, 0, 1], ['21 Quinquies', 0, 0, 0],
  ['21 Sexies', 28, 0, 0], ['21 Septies', 4, 0, 0], ['21 Octies', 96, 4, 1], ['21 Nonies', 4, 0, 0], ['21 Decies', 4, 0, 0],
  ['21 Undecies', 32, 0, 0], ['22', 2, 0, 0], ['23', 1, 0, 0], ['23 Bis', 2, 0, 0], ['23 Ter', 1, 1, 0], ['24', 61, 0, 0],
  ['25', 34, 0, 0], ['26', 7, 0, 0], ['27', 5, 1, 0], ['28', 1, 0, 0], ['29', 16, 0, 0], ['29 Bis', 3, 0, 0],
  ['29 Ter', 0, 1, 0], ['29 Quater', 3, 0, 0], ['29 Quinquies', 8, 0, 0], ['30', 2, 0, 0], ['31', 22, 0, 0],
  ['32', 13, 0, 1], ['33', 13, 0, 0], ['34', 6, 2, 0], ['35', 4, 0, 0], ['36', 56, 0, 0], ['37', 20, 0, 0],
  ['38', 8, 0, 0], ['38 Bis', 3, 0, 0], ['38 Ter', 2, 0, 0], ['39', 71, 2, 0], ['40', 17, 0, 0], ['41', 8, 0, 0],
  ['42', 0, 0, 0], ['43', 23, 2, 2], ['44', 4, 0, 0], ['44 Bis', 36, 0, 0], ['44 Ter', 20, 0, 0], ['45', 12, 0, 1],
  ['46', 34, 5, 0], ['47', 37, 7, 0], ['47 Bis', 20, 0, 0], ['47 A', 0, 1, 0], ['48', 11, 0, 0], ['49', 1, 0, 0],
  ['50', 7, 0, 0], ['51', 1, 0, 0], ['52', 0, 1, 0],
];

/** Counts per article straight from the text: no labels, no pairing, only line endings and "Se deroga". */
function contarEnElTexto(): Map<string, { importes: number; derogados: number }> {
  const conteo = new Map<string, { importes: number; derogados: number }>();
  let articulo: string | null = null;
  for (const cruda of fs.readFileSync(FUENTE, 'utf8').split('\n')) {
    const s = cruda.replace(/<[^>]+>/g, '').replace(/\*/g, '').replace(/\\\$/g, '$').trim();
    if (/^#*\s*T R A N S I T O R I O S/.test(s)) break;
    const m = /^#*\s*Art[ií]culo (\d+(?: (?:Bis|Ter|Qu[aá]ter|Quinquies|Sexies|Septies|Octies|Nonies|Decies|Undecies|A)\b)?)/.exec(s);
    if (m) {
      articulo = parseInt(m[1]!, 10) >= 21 ? m[1]! : null;
      if (articulo) conteo.set(articulo, { importes: 0, derogados: /Se deroga\.?$/i.test(s) ? 1 : 0 });
    }
    if (!articulo) continue;
    const c = conteo.get(articulo)!;
    if (/(\$\s?[\d,']+(\.\d+)?\+?|\d{1,3}(,\d{3})+\.\d{2})\s*\|?\s*$/.test(s)) c.importes += 1;
    if (/^[-\s]*(?:[IVXL]+\.|[a-z]\))\s*Se deroga/i.test(s)) c.derogados += 1;
  }
  return conteo;
}

describe('LD arts. 21–52: cuenta de renglones por artículo', () => {
  const texto = contarEnElTexto();
  const catalogo = cargarCatalogo();

  it('el texto de la ley tiene los artículos de la tabla revisada, en el mismo orden', () => {
    expect([...texto.keys()]).toEqual(ESPERADO.map(([a]) => a));
  });

  it.each(ESPERADO)('LD art. %s: el texto y el catálogo tienen %i importes, %i derogados y %i fórmulas', (articulo, importes, derogados, formulas) => {
    expect(texto.get(articulo)).toEqual({ importes, derogados });
    const lineas = catalogo.lineas.filter((l) => l.articulo === articulo);
    expect({
      importes: lineas.filter((l) => !l.derogado && l.fuente.lineaImporte !== null).length,
      derogados: lineas.filter((l) => l.derogado).length,
      formulas: lineas.filter((l) => !l.derogado && l.fuente.lineaImporte === null).length,
    }).toEqual({ importes, derogados, formulas });
  });

  it('el catálogo no tiene renglones de artículos fuera de la tabla', () => {
    const articulos = new Set(ESPERADO.map(([a]) => a));
    expect(catalogo.lineas.filter((l) => !articulos.has(l.articulo))).toEqual([]);
  });

  it('son 49 artículos con importe y 884 renglones con importe en pesos al final', () => {
    expect(ESPERADO.filter(([, i, , f]) => i + f > 0)).toHaveLength(49);
    expect(ESPERADO.reduce((s, [, i]) => s + i, 0)).toBe(884);
  });
});

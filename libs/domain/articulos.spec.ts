// "A reader finds each rule by its article number with one search": every article the domain code cites
// (`CHP art. 44`, `CHP arts. 262-265 A`, `LD art. 44 Bis`) has a row in ARTICULOS.md that starts with its exact
// citation, and every code file the index names exists, so `grep -rn "CHP art. 265 A" libs/domain` leads to it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RAIZ_DOMINIO = __dirname;
const SUFIJO = '(?: (?:Bis|Ter|Quáter|Quinquies|[A-D]))?';
const NUMERO = new RegExp(`\\d+${SUFIJO}`, 'g');
const CITA = new RegExp(`\\b(CHP|LD) arts?\\. (\\d+${SUFIJO}(?:(?:\\s*[-–,]\\s*|\\s+y\\s+)\\d+${SUFIJO})*)`, 'g');

function archivosDeReglas(carpeta: string): string[] {
  return readdirSync(carpeta).flatMap((nombre) => {
    const ruta = join(carpeta, nombre);
    if (statSync(ruta).isDirectory()) return archivosDeReglas(ruta);
    return nombre.endsWith('.ts') && !nombre.endsWith('.spec.ts') ? [ruta] : [];
  });
}

/** `CHP arts. 43-45` cites 43, 44 and 45; `CHP arts. 262-265 A` cites 262, 263, 264 and 265 A. */
function articulosCitados(texto: string): string[] {
  const citas: string[] = [];
  for (const m of texto.matchAll(CITA)) {
    const ley = m[1];
    const numeros: string[] = [];
    const partes = m[2].split(/\s*[-–]\s*/);
    partes.forEach((parte, i) => {
      const enLista = parte.match(NUMERO) ?? [];
      if (i > 0 && numeros.length > 0 && enLista.length > 0) {
        const desde = parseInt(numeros[numeros.length - 1] ?? '0', 10), hasta = parseInt(enLista[0] ?? '0', 10);
        for (let n = desde + 1; n < hasta && hasta - desde < 20; n++) numeros.push(String(n));
      }
      numeros.push(...enLista);
    });
    citas.push(...numeros.map((n) => `${ley} art. ${n}`));
  }
  return citas;
}

const indice = readFileSync(join(RAIZ_DOMINIO, 'ARTICULOS.md'), 'utf8');
const filasDelIndice = indice.split('\n').filter((l) => /^\| (CHP|LD) art/.test(l));
const tieneFila = (cita: string): boolean =>
  filasDelIndice.some((fila) => new RegExp(`^\\| ${cita.replace(/\./g, '\\.')}(?![\\d])(?! (?:Bis|Ter|Quáter|Quinquies|[A-D])\\b)`).test(fila));

describe('Índice de artículos (libs/domain/ARTICULOS.md)', () => {
  it('lee las citas sueltas, las listas y los rangos de artículos', () => {
    expect(articulosCitados('CHP arts. 43-45; LD art. 44 Bis; CHP arts. 25 y 26; CHP arts. 262-265 A, 268')).toEqual([
      'CHP art. 43', 'CHP art. 44', 'CHP art. 45', 'LD art. 44 Bis', 'CHP art. 25', 'CHP art. 26',
      'CHP art. 262', 'CHP art. 263', 'CHP art. 264', 'CHP art. 265 A', 'CHP art. 268',
    ]);
  });

  it('distingue un artículo de otro que empieza con los mismos dígitos o lleva sufijo', () => {
    expect(new RegExp(`^\\| CHP art\\. 26(?![\\d])`).test('| CHP art. 261 | x |')).toBe(false);
    expect(tieneFila('CHP art. 265')).toBe(true);
    expect(tieneFila('CHP art. 265 A')).toBe(true);
  });

  it('cada artículo que cita el código del dominio tiene una fila que empieza con esa cita exacta', () => {
    const sinFila = new Map<string, Set<string>>();
    for (const archivo of archivosDeReglas(join(RAIZ_DOMINIO, 'src'))) {
      for (const cita of articulosCitados(readFileSync(archivo, 'utf8'))) {
        if (tieneFila(cita)) continue;
        sinFila.set(cita, (sinFila.get(cita) ?? new Set()).add(archivo.slice(RAIZ_DOMINIO.length + 1)));
      }
    }
    expect(Object.fromEntries([...sinFila].map(([cita, archivos]) => [cita, [...archivos]]))).toEqual({});
  });

  it('cada archivo de código que nombra el índice existe', () => {
    const rutas = [...indice.matchAll(/`(src\/[^`]+\.ts)`/g)].map((m) => m[1]);
    expect(rutas.length).toBeGreaterThan(20);
    expect(rutas.filter((r) => !existsSync(join(RAIZ_DOMINIO, r)))).toEqual([]);
  });
});

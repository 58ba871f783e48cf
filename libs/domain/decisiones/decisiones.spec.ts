// The decisions the law leaves open live in one index (README.md), each with the tests that prove it: this test
// keeps the index and the files in step, so no decision is written without being listed and tested.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const CARPETA = __dirname;
const RAIZ = resolve(__dirname, '../../..');
const ARCHIVO_DE_DECISION = /^(\d{4})-[a-z0-9-]+\.md$/;

interface Fila {
  readonly numero: string;
  readonly archivo: string;
  readonly decision: string;
  readonly articulos: string;
  readonly pruebas: string[];
}

function filasDelIndice(): Fila[] {
  const texto = readFileSync(join(CARPETA, 'README.md'), 'utf8');
  return texto
    .split('\n')
    .filter((linea) => /^\| \[\d{4}\]/.test(linea))
    .map((linea) => {
      const celdas = linea.split('|').slice(1, -1).map((c) => c.trim());
      const enlace = /^\[(\d{4})\]\(([^)]+)\)$/.exec(celdas[0]);
      if (!enlace || celdas.length !== 4) throw new Error(`Fila mal formada en decisiones/README.md: ${linea}`);
      return {
        numero: enlace[1],
        archivo: enlace[2],
        decision: celdas[1],
        articulos: celdas[2],
        pruebas: [...celdas[3].matchAll(/`([^`]+)`/g)].map((m) => m[1]),
      };
    });
}

const archivosDeDecision = readdirSync(CARPETA).filter((f) => ARCHIVO_DE_DECISION.test(f)).sort();
const filas = filasDelIndice();
const specsDorados = readdirSync(join(RAIZ, 'test/golden'))
  .filter((f) => f.endsWith('.spec.ts'))
  .map((f) => readFileSync(join(RAIZ, 'test/golden', f), 'utf8'))
  .join('\n');

describe('Índice de decisiones (libs/domain/decisiones/README.md)', () => {
  it('lista cada archivo de decisión de la carpeta, una vez y en orden, con el número de su nombre', () => {
    expect(filas.map((f) => f.archivo)).toEqual(archivosDeDecision);
    for (const f of filas) expect(f.archivo.startsWith(`${f.numero}-`)).toBe(true);
  });

  it('da para cada decisión la elección en una frase, los artículos y al menos un archivo de prueba', () => {
    for (const f of filas) {
      const unaFrase = f.decision.endsWith('.') && !/\.\s+[A-ZÁÉÍÓÚÑ]/.test(f.decision);
      expect({ numero: f.numero, unaFrase }).toEqual({ numero: f.numero, unaFrase: true });
      expect(f.articulos).toMatch(/CHP|LD|ROS/);
      expect(f.pruebas.length).toBeGreaterThan(0);
    }
  });

  it('cada archivo de prueba que nombra existe', () => {
    const faltantes = filas.flatMap((f) => f.pruebas.filter((p) => !existsSync(join(RAIZ, p))).map((p) => `${f.numero}: ${p}`));
    expect(faltantes).toEqual([]);
  });

  it('cada prueba nombrada es una prueba: un *.spec.ts, o un caso dorado que corre alguna prueba de test/golden', () => {
    const sinCorrer = filas.flatMap((f) =>
      f.pruebas
        .filter((p) => !p.endsWith('.spec.ts'))
        .filter((p) => !(p.startsWith('test/golden/') && p.endsWith('.yaml') && specsDorados.includes(`'${basename(p)}'`)))
        .map((p) => `${f.numero}: ${p}`),
    );
    expect(sinCorrer).toEqual([]);
  });

  it('cada archivo de decisión tiene su título con el mismo número y una sección Decisión', () => {
    for (const archivo of archivosDeDecision) {
      const texto = readFileSync(join(CARPETA, archivo), 'utf8');
      expect({ archivo, titulo: texto.startsWith(`# ${archivo.slice(0, 4)}. `), seccion: /^## Decisión/m.test(texto) }).toEqual({ archivo, titulo: true, seccion: true });
    }
  });
});

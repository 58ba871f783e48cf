// One runner for every golden file: each case of a YAML file under test/golden becomes a jest test whose title
// is "<articulo>: <nombre>". `esperado` is compared exactly (strings stay strings: no tolerance) key by key
// against the result; `rechazo` expects a RechazoDeDominio with that code (and field, when given).
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parse } from 'yaml';
import { RechazoDeDominio } from '@tesoreria/domain';

export interface CasoDorado<E = unknown> {
  nombre: string;
  articulo: string;
  /** How the expected figures were worked out by hand from the law and the parameter tables. */
  razonamiento: string;
  fechaDeCorte?: string;
  entrada: E;
  esperado?: Record<string, unknown>;
  rechazo?: { codigo: string; campo?: string };
}

export interface ArchivoDorado<E = unknown> {
  descripcion?: string;
  casos: CasoDorado<E>[];
}

export function leerArchivoDorado<E = unknown>(archivo: string): ArchivoDorado<E> {
  const ruta = isAbsolute(archivo) ? archivo : join(__dirname, archivo);
  const datos = parse(readFileSync(ruta, 'utf8'), { intAsBigInt: false }) as ArchivoDorado<E>;
  if (!datos || !Array.isArray(datos.casos) || datos.casos.length === 0) throw new Error(`${archivo}: se esperaba una lista "casos" con al menos un caso.`);
  datos.casos.forEach((c, i) => {
    for (const campo of ['nombre', 'articulo', 'razonamiento'] as const) {
      if (typeof c[campo] !== 'string' || c[campo].trim() === '') throw new Error(`${archivo}, caso ${i + 1}: falta "${campo}".`);
    }
    if (c.entrada === undefined) throw new Error(`${archivo}, caso ${i + 1} (${c.nombre}): falta "entrada".`);
    if ((c.esperado === undefined) === (c.rechazo === undefined)) throw new Error(`${archivo}, caso ${i + 1} (${c.nombre}): debe tener "esperado" o "rechazo", uno de los dos.`);
  });
  return datos;
}

/** Registers one describe block with one test per case of `archivo` (a path relative to test/golden). */
export function runGolden<E = any>(archivo: string, calcular: (entrada: E, caso: CasoDorado<E>) => unknown): void {
  const datos = leerArchivoDorado<E>(archivo);
  describe(`Casos dorados ${archivo}${datos.descripcion ? `: ${datos.descripcion}` : ''}`, () => {
    for (const caso of datos.casos) {
      it(`${caso.articulo}: ${caso.nombre}`, () => {
        if (caso.rechazo) {
          let error: unknown;
          try {
            calcular(caso.entrada, caso);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(RechazoDeDominio);
          expect((error as RechazoDeDominio).codigo).toBe(caso.rechazo.codigo);
          if (caso.rechazo.campo !== undefined) expect((error as RechazoDeDominio).campo).toBe(caso.rechazo.campo);
          return;
        }
        const resultado = calcular(caso.entrada, caso) as Record<string, unknown>;
        const esperado = caso.esperado as Record<string, unknown>;
        const obtenido = Object.fromEntries(Object.keys(esperado).map((k) => [k, resultado?.[k]]));
        expect(obtenido).toStrictEqual(esperado);
      });
    }
  });
}

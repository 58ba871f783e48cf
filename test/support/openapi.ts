// The operations of the API as its OpenAPI document describes them, with a well-formed sample of each request
// body (built from the schemas' examples), for tests that send something to every operation.

interface Esquema {
  readonly $ref?: string;
  readonly allOf?: Esquema[];
  readonly type?: string;
  readonly enum?: unknown[];
  readonly example?: unknown;
  readonly default?: unknown;
  readonly properties?: Record<string, Esquema>;
  readonly items?: Esquema;
}

interface Parametro {
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly name: string;
}

export interface DocumentoOpenApi {
  readonly paths: Record<string, Record<string, { parameters?: Parametro[]; requestBody?: { content?: Record<string, { schema?: Esquema }> } }>>;
  readonly components?: { schemas?: Record<string, Esquema> };
}

export interface Operacion {
  readonly metodo: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** The path template, with {parameters}. */
  readonly ruta: string;
  readonly enRuta: string[];
  readonly enConsulta: string[];
  /** A sample body, or undefined when the operation takes none. */
  readonly cuerpo?: Record<string, unknown>;
}

function resolver(doc: DocumentoOpenApi, esquema: Esquema): Esquema {
  if (esquema.$ref) return resolver(doc, doc.components?.schemas?.[esquema.$ref.split('/').pop()!] ?? {});
  if (esquema.allOf?.length === 1) return resolver(doc, esquema.allOf[0]);
  return esquema;
}

function muestra(doc: DocumentoOpenApi, esquema: Esquema, nivel = 0): unknown {
  const e = resolver(doc, esquema);
  if (e.example !== undefined) return e.example;
  if (e.enum?.length) return e.enum[0];
  if (e.default !== undefined) return e.default;
  if (e.properties && nivel < 5) return Object.fromEntries(Object.entries(e.properties).map(([k, p]) => [k, muestra(doc, p, nivel + 1)]));
  if (e.type === 'array') return e.items ? [muestra(doc, e.items, nivel + 1)] : [];
  if (e.type === 'integer' || e.type === 'number') return 1;
  if (e.type === 'boolean') return true;
  return 'texto';
}

export function operaciones(doc: DocumentoOpenApi): Operacion[] {
  return Object.entries(doc.paths).flatMap(([ruta, metodos]) =>
    Object.entries(metodos).map(([metodo, op]) => {
      const esquema = op.requestBody?.content?.['application/json']?.schema;
      return {
        metodo: metodo.toUpperCase() as Operacion['metodo'],
        ruta,
        enRuta: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        enConsulta: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        cuerpo: esquema ? (muestra(doc, esquema) as Record<string, unknown>) : undefined,
      };
    }),
  );
}

/** The dotted path of every string in a sample body. */
export function camposDeTexto(valor: unknown, prefijo = ''): string[] {
  if (typeof valor === 'string') return [prefijo];
  if (typeof valor !== 'object' || valor === null || Array.isArray(valor)) return [];
  return Object.entries(valor).flatMap(([k, v]) => camposDeTexto(v, prefijo ? `${prefijo}.${k}` : k));
}

/** A copy of `cuerpo` with the string at `campo` (dotted) replaced. */
export function conCampo(cuerpo: Record<string, unknown>, campo: string, valor: unknown): Record<string, unknown> {
  const copia = structuredClone(cuerpo);
  const partes = campo.split('.');
  let actual = copia as Record<string, unknown>;
  for (const p of partes.slice(0, -1)) actual = actual[p] as Record<string, unknown>;
  actual[partes[partes.length - 1]] = valor;
  return copia;
}

/** The path with every {parameter} replaced by the raw (already escaped) text given for it, or `porDefecto`. */
export function rutaCon(op: Operacion, valores: Record<string, string>, porDefecto = 'ABC123'): string {
  return op.ruta.replace(/\{([^}]+)\}/g, (_, nombre: string) => valores[nombre] ?? porDefecto);
}

// Input refused at the edge, before validation or storage: JSON nested deeper than any operation needs (a 40 KB
// body of nested arrays overflowed class-transformer's recursion: a 500), and control characters or malformed
// Unicode in a body, a path parameter or the query (PostgreSQL refuses NUL and lone surrogates in text and jsonb:
// a 500). Each is a 400 problem+json naming the field. The walk is iterative, so no input can overflow it.
import { HttpException } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problema } from './problem';

/** No operation nests more than three levels; 32 leaves room without letting recursion run away. */
export const PROFUNDIDAD_MAXIMA = 32;

/** Tab, line feed and carriage return are ordinary in free text of a body; nothing else below U+0020, nor DEL. */
const CONTROL_EN_CUERPO = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROL_EN_URL = /[\u0000-\u001F\u007F]/;
const SUSTITUTO_SUELTO = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface DefectoDeEntrada {
  readonly campo: string;
  readonly codigo: 'anidamiento-excesivo' | 'caracter-de-control' | 'texto-mal-formado';
}

function defectoDeTexto(texto: string, control: RegExp): DefectoDeEntrada['codigo'] | null {
  if (control.test(texto)) return 'caracter-de-control';
  if (SUSTITUTO_SUELTO.test(texto)) return 'texto-mal-formado';
  return null;
}

/** A field name fit to be echoed in a message: control characters shown as \uXXXX. */
function visible(nombre: string): string {
  return nombre.replace(/[\u0000-\u001F\u007F\uD800-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The first defect found in a parsed value. A character defect names the dotted path of its field; excessive
 * nesting names the top-level field it starts in (`raiz` names the value itself, e.g. a top-level array).
 */
export function defectoEn(valor: unknown, raiz: string, control: RegExp = CONTROL_EN_CUERPO): DefectoDeEntrada | null {
  const pendientes: Array<{ valor: unknown; campo: string; superior: string; nivel: number }> = [{ valor, campo: raiz, superior: raiz, nivel: 0 }];
  while (pendientes.length > 0) {
    const actual = pendientes.pop()!;
    if (typeof actual.valor === 'string') {
      const codigo = defectoDeTexto(actual.valor, control);
      if (codigo) return { campo: actual.campo, codigo };
      continue;
    }
    if (typeof actual.valor !== 'object' || actual.valor === null) continue;
    if (actual.nivel >= PROFUNDIDAD_MAXIMA) return { campo: actual.superior, codigo: 'anidamiento-excesivo' };
    const esArreglo = Array.isArray(actual.valor);
    for (const [clave, hijo] of Object.entries(actual.valor)) {
      const campo = esArreglo ? `${actual.campo}[${clave}]` : actual.nivel === 0 ? visible(clave) : `${actual.campo}.${visible(clave)}`;
      const codigo = defectoDeTexto(clave, control);
      if (codigo) return { campo, codigo };
      pendientes.push({ valor: hijo, campo, superior: actual.nivel > 0 ? actual.superior : esArreglo ? raiz : campo, nivel: actual.nivel + 1 });
    }
  }
  return null;
}

const MENSAJES: Record<DefectoDeEntrada['codigo'], (campo: string) => string> = {
  'anidamiento-excesivo': (campo) => `El campo ${campo} anida más de ${PROFUNDIDAD_MAXIMA} niveles de objetos o arreglos; ninguna operación los admite.`,
  'caracter-de-control': (campo) => `El campo ${campo} contiene un carácter de control (como U+0000) que no se admite.`,
  'texto-mal-formado': (campo) => `El campo ${campo} contiene texto Unicode mal formado (un sustituto UTF-16 sin pareja).`,
};

export function entradaRechazada(defecto: DefectoDeEntrada): HttpException {
  const mensaje = MENSAJES[defecto.codigo](defecto.campo);
  return new HttpException(problema(400, mensaje, { codigo: defecto.codigo, campo: defecto.campo, errores: [{ campo: defecto.campo, mensaje }] }), 400);
}

/**
 * The only body parser: JSON, checked before any DTO sees it. Form-encoded bodies have no parser, so Fastify
 * answers 415 (a form posted from a foreign site never reaches an operation); text/plain keeps Fastify's parser
 * and is refused by the validation pipe as "not an object".
 */
export function registrarCuerpoJson(fastify: FastifyInstance): void {
  const json = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: fastify.initialConfig.bodyLimit }, (request, cuerpo, done) => {
    json(request, cuerpo as string, (error: Error | null, valor?: unknown) => {
      if (error) return done(error, undefined);
      const defecto = defectoEn(valor, 'cuerpo');
      return defecto ? done(entradaRechazada(defecto), undefined) : done(null, valor);
    });
  });
}

/** Path parameters and the query string, decoded by Fastify, with no control character at all. */
export function rechazarControlEnUrl(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request: FastifyRequest) => {
    for (const parte of [request.params, request.query]) {
      const defecto = defectoEn(parte, '', CONTROL_EN_URL);
      if (defecto) throw entradaRechazada(defecto);
    }
  });
}

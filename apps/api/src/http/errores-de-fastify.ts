// Errors Fastify answers on its own, outside every Nest route and filter, in English JSON: a URL whose %XX escapes
// are not UTF-8 (`%ZZ`, `%C0%AE`) or a path parameter over maxParamLength, answered by the router before any hook
// runs; and the few replies (an unsupported Content-Type, a body over the limit) that leave with a FST_ code.
// All of them become the same Spanish problem+json as every other error.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { aProblema } from './problem-details.filter';
import { problema, type Problema } from './problem';

const PROBLEMA_JSON = 'application/problem+json; charset=utf-8';

function problemaDelEnrutador(error: FastifyError): Problema {
  if (error.code === 'FST_ERR_BAD_URL') {
    return problema(400, 'La dirección de la solicitud no es válida: una secuencia %XX de la ruta no forma texto UTF-8.', { codigo: 'direccion-invalida', campo: 'ruta' });
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return problema(414, 'Un parámetro de la ruta es demasiado largo: ningún identificador de la API pasa de 100 caracteres.', { codigo: 'parametro-demasiado-largo', campo: 'ruta' });
  }
  return aProblema(error);
}

/**
 * Fastify's `frameworkErrors` option. These replies skip the onRequest hooks, so the headers every response
 * carries (see encabezados.ts) that matter for an error are set here.
 */
export function erroresDelEnrutador(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const cuerpo = { ...problemaDelEnrutador(error), instance: request.url };
  void reply
    .status(cuerpo.status)
    .header('content-type', PROBLEMA_JSON)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(JSON.stringify(cuerpo));
}

/** Rewrites a reply Fastify serialised itself, recognised by its FST_ code, into Spanish problem+json. */
export function respuestasDeFastifyComoProblema(app: NestFastifyApplication): void {
  app.getHttpAdapter().getInstance().addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400 || typeof payload !== 'string') return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('application/json')) return payload;
    let cuerpo: { statusCode?: unknown; code?: unknown; message?: unknown };
    try {
      cuerpo = JSON.parse(payload) as typeof cuerpo;
    } catch {
      return payload;
    }
    if (typeof cuerpo?.code !== 'string' || !cuerpo.code.startsWith('FST_') || typeof cuerpo.statusCode !== 'number') return payload;
    void reply.header('content-type', PROBLEMA_JSON);
    return JSON.stringify({ ...aProblema({ statusCode: cuerpo.statusCode, code: cuerpo.code, message: String(cuerpo.message ?? '') }), instance: request.url });
  });
}

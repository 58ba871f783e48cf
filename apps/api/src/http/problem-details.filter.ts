// Turns every error into application/problem+json in Spanish: domain refusals by kind (409/422/403/400/404),
// concurrency conflicts 409, validation 400, framework errors by their status. Only a real fault gives 500,
// and it never leaks internals.
import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NoAutenticado, VerificacionesSaturadas } from '@tesoreria/acceso';
import { RechazoDeDominio } from '@tesoreria/domain';
import { AppendOutcomeUnknownError, ConcurrencyError } from '@tesoreria/event-store';
import { problema, type Problema } from './problem';

const STATUS_POR_TIPO: Record<RechazoDeDominio['tipo'], number> = {
  regla: 422,
  conflicto: 409,
  invalido: 400,
  acceso: 403,
  'no-encontrado': 404,
};

export function aProblema(error: unknown): Problema {
  if (error instanceof RechazoDeDominio) {
    return problema(STATUS_POR_TIPO[error.tipo], error.message, {
      codigo: error.codigo,
      campo: error.campo,
      fundamento: error.fundamento,
      ...(error.detalles ?? {}),
    });
  }
  if (error instanceof NoAutenticado) return problema(401, error.message, { codigo: error.codigo });
  // Too many password checks in progress: the server's capacity, not this client's quota (that is the 429).
  if (error instanceof VerificacionesSaturadas) return problema(503, error.message, { codigo: error.codigo });
  if (error instanceof ConcurrencyError) {
    return problema(409, 'Otro usuario modificó este registro al mismo tiempo; consulte su estado y vuelva a intentarlo.', {
      codigo: 'conflicto-de-concurrencia',
    });
  }
  if (error instanceof AppendOutcomeUnknownError) {
    // The store did not confirm the write: it may still land. A retry with the same Idempotency-Key (or bank
    // reference) is safe and answers the first result if it did.
    return problema(503, 'El almacén de eventos no confirmó la operación a tiempo; puede haber quedado registrada. Repítala con la misma clave de idempotencia para conocer su resultado.', {
      codigo: 'resultado-desconocido',
    });
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    if (typeof body === 'object' && body !== null && 'detail' in body) return body as Problema;
    return problema(status, mensajeHttp(status, error.message));
  }
  const e = error as { statusCode?: number; code?: string; message?: string };
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    // Fastify's own errors: malformed JSON, wrong content type, body too large.
    return problema(e.statusCode, mensajeHttp(e.statusCode, e.message ?? ''), { codigo: e.code?.toLowerCase() });
  }
  return problema(500, 'Ocurrió un error interno; la operación no se registró. Intente de nuevo o avise a soporte.');
}

function mensajeHttp(status: number, original: string): string {
  if (status === 400 && /json/i.test(original)) return 'El cuerpo de la solicitud no es JSON válido.';
  if (status === 400) return 'La solicitud no es válida.';
  if (status === 401) return 'Inicie sesión para continuar.';
  if (status === 403) return 'No tiene permiso para esta operación.';
  if (status === 404) return 'El recurso solicitado no existe.';
  if (status === 413) return 'La solicitud es demasiado grande.';
  if (status === 415) return 'Tipo de contenido no admitido: envíe application/json.';
  if (status === 429) return 'Demasiadas solicitudes; espere un momento e intente de nuevo.';
  return 'La solicitud no pudo atenderse.';
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest>();
    const body = { ...aProblema(error), instance: request?.url };
    if (body.status >= 500) this.logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
    void reply.status(body.status).header('content-type', 'application/problem+json; charset=utf-8').send(body);
  }
}

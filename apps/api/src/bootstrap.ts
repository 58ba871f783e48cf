// Builds the HTTP application (Fastify) with the conventions every endpoint shares: problem+json errors,
// class-validator DTOs, pino logs, OpenAPI at /api/docs. Used by main.ts and by the e2e tests.
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import cookie from '@fastify/cookie';
import { AppModule } from './app.module';
import type { Configuracion } from './configuracion';
import { aProblema, ProblemDetailsFilter } from './http/problem-details.filter';
import { proxiesDeConfianza } from './http/proxies-de-confianza';
import { validationPipe } from './http/validation';

export async function crearAplicacion(config: Configuracion, opciones: { logs?: boolean } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: 1_048_576, trustProxy: proxiesDeConfianza() });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), adapter, {
    bufferLogs: true,
    logger: opciones.logs === false ? false : undefined,
  });
  if (opciones.logs !== false) app.useLogger(app.get(Logger));
  await app.register(cookie as never);
  respuestasDeFastifyComoProblema(app);
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();

  const documento = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tesorería Chiapas')
      .setDescription(
        'Libro de créditos fiscales y Registro de Otorgamiento de Servicios. Importes como cadenas decimales; ' +
          'errores como application/problem+json en español.',
      )
      .setVersion('0.1.0')
      .addCookieAuth('sesion')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, documento, { jsonDocumentUrl: 'api/docs/openapi.json' });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/**
 * Errors Fastify answers before any Nest route runs (an unsupported Content-Type, 415; a body over the limit, 413)
 * bypass the Nest filters and leave in Fastify's English JSON. This hook rewrites exactly those replies, recognised
 * by Fastify's FST_ error code, into the same Spanish problem+json as every other error.
 */
function respuestasDeFastifyComoProblema(app: NestFastifyApplication): void {
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
    void reply.header('content-type', 'application/problem+json; charset=utf-8');
    return JSON.stringify({ ...aProblema({ statusCode: cuerpo.statusCode, code: cuerpo.code, message: String(cuerpo.message ?? '') }), instance: request.url });
  });
}

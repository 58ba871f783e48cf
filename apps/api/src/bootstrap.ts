// Builds the HTTP application (Fastify) with the conventions every endpoint shares: problem+json errors,
// class-validator DTOs, pino logs, OpenAPI at /api/docs (logged-in users and this machine only), and the edge every
// request meets first (http/borde.ts). Used by main.ts and by the e2e tests.
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import cookie from '@fastify/cookie';
import { AppModule } from './app.module';
import type { Configuracion } from './configuracion';
import { prepararBorde } from './http/borde';
import { protegerDocumentacion, RUTA_DE_DOCUMENTACION } from './http/documentacion-protegida';
import { erroresDelEnrutador } from './http/errores-de-fastify';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { proxiesDeConfianza } from './http/proxies-de-confianza';
import { validationPipe } from './http/validation';
import { COOKIE_DE_SESION } from './acceso/sesion.guard';
import { servirWeb } from './web/servir-web';

export async function crearAplicacion(config: Configuracion, opciones: { logs?: boolean } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: 1_048_576, trustProxy: proxiesDeConfianza(), frameworkErrors: erroresDelEnrutador });
  // bodyParser: false, because the edge registers the only body parser (JSON, checked; no form-encoded bodies).
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), adapter, {
    bodyParser: false,
    bufferLogs: true,
    logger: opciones.logs === false ? false : undefined,
  });
  if (opciones.logs !== false) app.useLogger(app.get(Logger));
  await app.register(cookie as never);
  await prepararBorde(app, { redisUrl: config.redisUrl, cookieDeSesion: COOKIE_DE_SESION });
  await servirWeb(app);
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
  protegerDocumentacion(app);
  SwaggerModule.setup(RUTA_DE_DOCUMENTACION, app, documento, { jsonDocumentUrl: `${RUTA_DE_DOCUMENTACION}/openapi.json` });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

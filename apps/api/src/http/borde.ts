// What every request meets before any route: security headers, the CSRF check of cookie-authenticated writes,
// the only body parser (JSON, depth- and control-character-checked), control characters refused in the URL, the
// per-client limits, and Fastify's own errors in Spanish. Registered after @fastify/cookie, before Nest's init.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { encabezadosDeSeguridad } from './encabezados';
import { rechazarControlEnUrl, registrarCuerpoJson } from './entrada-segura';
import { respuestasDeFastifyComoProblema } from './errores-de-fastify';
import { registrarLimites } from './limites-por-cliente';
import { protegerContraCsrf } from './origen-y-csrf';

export async function prepararBorde(app: NestFastifyApplication, opciones: { redisUrl?: string; cookieDeSesion: string }): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await encabezadosDeSeguridad(app);
  await protegerContraCsrf(app, opciones.cookieDeSesion);
  registrarCuerpoJson(fastify);
  rechazarControlEnUrl(fastify);
  await registrarLimites(fastify, opciones.redisUrl);
  respuestasDeFastifyComoProblema(app);
}

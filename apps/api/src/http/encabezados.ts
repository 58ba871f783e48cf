// Security headers on every response (@fastify/helmet): nosniff, HSTS, Referrer-Policy, frame and opener
// isolation, and a Content-Security-Policy that allows only this origin's scripts and styles. Swagger UI at
// /api/docs writes inline styles, so its pages alone also allow them. API answers carry taxpayers' names, RFC and
// CURP (receipts, consultation, sessions, users): no browser or proxy may keep them (Cache-Control: no-store),
// except the public catalog of derechos and dependencias.
import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

const DIRECTIVAS = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

/** Swagger UI's page: the same policy plus inline styles (its template and React components use them). */
const CSP_DE_DOCUMENTACION = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

const CATALOGO_O_DOCUMENTACION = /^\/api\/(derechos|dependencias|docs)(\/|\?|$)/;

export async function encabezadosDeSeguridad(app: NestFastifyApplication): Promise<void> {
  // useDefaults: false, because the default upgrade-insecure-requests breaks the one-machine demo on http://localhost.
  await app.register(helmet as never, { contentSecurityPolicy: { useDefaults: false, directives: DIRECTIVAS } });
  app.getHttpAdapter().getInstance().addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    if (request.url.startsWith('/api/docs')) void reply.header('content-security-policy', CSP_DE_DOCUMENTACION);
    if (!CATALOGO_O_DOCUMENTACION.test(request.url)) void reply.header('cache-control', 'no-store');
  });
}

// /api/docs (the Swagger UI, its assets and the OpenAPI document) answers logged-in users and this machine only
// (issue 9 item 14): the full map of the API is no help to a citizen and a gift to whoever probes it. Swagger's
// routes are plain Fastify routes outside Nest's guards, hence a Fastify hook. Anyone else gets a Spanish 401.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AccesoInterno } from '../salud/acceso-interno';
import { problema } from './problem';

export const RUTA_DE_DOCUMENTACION = 'api/docs';

export function protegerDocumentacion(app: NestFastifyApplication): void {
  const acceso = app.get(AccesoInterno);
  const prefijo = `/${RUTA_DE_DOCUMENTACION}`;
  app.getHttpAdapter().getInstance().addHook('onRequest', async (request, reply) => {
    // The matched route, not the raw URL: an encoded or doubled path that reaches these routes is still caught.
    const ruta = request.routeOptions.url ?? '';
    if (ruta !== prefijo && !ruta.startsWith(`${prefijo}/`) && !ruta.startsWith(`${prefijo}-`)) return;
    if (await acceso.puedeVerDocumentacion(request)) return;
    const cuerpo = problema(401, 'Inicie sesión para consultar la documentación de la API.', { codigo: 'sesion-requerida', instance: request.url });
    return reply.code(401).header('content-type', 'application/problem+json; charset=utf-8').send(JSON.stringify(cuerpo));
  });
}

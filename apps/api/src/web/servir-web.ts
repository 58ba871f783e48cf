// Serves apps/web: the composed pages at their clean addresses, the style sheet and script modules under
// /recursos/, and the npm assets the views use under /vendor/ (Apache ECharts). Every answer gets the strict
// Content-Security-Policy of http/encabezados.ts: scripts and styles from this origin only.
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { componerPaginas, DIRECTORIO_WEB } from './paginas';

/** The files of each npm package the pages may load; nothing else of node_modules is reachable. */
const PROVEEDORES = [
  { prefijo: '/vendor/echarts/', raiz: path.dirname(require.resolve('echarts/dist/echarts.min.js')), archivos: ['echarts.min.js', 'echarts.esm.min.mjs'] },
];

export async function servirWeb(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  for (const { ruta, html, sinCache } of componerPaginas()) {
    fastify.get(ruta, async (_request, reply) => {
      if (sinCache) void reply.header('cache-control', 'no-store');
      return reply.type('text/html; charset=utf-8').send(html);
    });
  }
  // decorateReply: false, because swagger UI registers @fastify/static too and reply.sendFile can be decorated once.
  await fastify.register(fastifyStatic, { root: path.join(DIRECTORIO_WEB, 'recursos'), prefix: '/recursos/', decorateReply: false, index: false });
  for (const { prefijo, raiz, archivos } of PROVEEDORES) {
    await fastify.register(fastifyStatic, {
      root: raiz,
      prefix: prefijo,
      decorateReply: false,
      index: false,
      allowedPath: (ruta) => archivos.includes(ruta.replace(/^\//, '')),
    });
  }
}

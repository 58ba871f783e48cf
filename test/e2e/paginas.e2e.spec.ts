// Issue 10, item 6: apps/web served by the API: the pages at their clean addresses, the style sheet and script
// modules under /recursos/, and from npm only the listed files of Apache ECharts under /vendor/ (nothing else of
// node_modules, no directory listing, no way out of the folder).
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { crearAppDePrueba } from '../support/app';

describe('apps/web served by the API', () => {
  let app: NestFastifyApplication;
  const pedir = (url: string) => app.inject({ method: 'GET', url });

  beforeAll(async () => {
    app = await crearAppDePrueba();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('pages are HTML, the session pages no-store, the public ones cacheable as before', async () => {
    const servicios = await pedir('/dependencias/servicios');
    expect(servicios.statusCode).toBe(200);
    expect(servicios.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(servicios.headers['cache-control']).toBe('no-store');
    const inicio = await pedir('/');
    expect(inicio.body).toContain('<h1>Registro de Otorgamiento de Servicios</h1>');
    expect(inicio.headers['cache-control']).toBeUndefined();
    expect((await pedir('/orden-de-pago?serie=1&token=x')).statusCode).toBe(200);
  });

  it('the style sheet and the script modules are served as CSS and JavaScript', async () => {
    const css = await pedir('/recursos/registro.css');
    expect([css.statusCode, css.headers['content-type']]).toEqual([200, expect.stringContaining('text/css')]);
    const js = await pedir('/recursos/js/paginas/servicios.js');
    expect([js.statusCode, js.headers['content-type']]).toEqual([200, expect.stringMatching(/javascript/)]);
    expect(js.body).toContain("from '../comun.js'");
    expect((await pedir('/recursos/js/no-existe.js')).statusCode).toBe(404);
    const listado = await pedir('/recursos/');
    expect([listado.statusCode >= 400, listado.body]).toEqual([true, expect.not.stringContaining('registro.css')]);
  });

  it('ECharts is served from node_modules, and nothing else of it', async () => {
    const umd = await pedir('/vendor/echarts/echarts.min.js');
    expect([umd.statusCode, umd.headers['content-type']]).toEqual([200, expect.stringMatching(/javascript/)]);
    const esm = await pedir('/vendor/echarts/echarts.esm.min.mjs');
    expect([esm.statusCode, esm.headers['content-type']]).toEqual([200, expect.stringMatching(/javascript/)]);
    for (const url of ['/vendor/echarts/echarts.js', '/vendor/echarts/../package.json', '/vendor/echarts/%2e%2e/package.json', '/vendor/echarts/', '/vendor/decimal.js/decimal.js']) {
      const r = await pedir(url);
      expect([url, r.statusCode >= 400, r.headers['content-type']]).toEqual([url, true, expect.not.stringMatching(/javascript|^application\/json/)]);
    }
  });
});

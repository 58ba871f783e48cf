// Issue 9 item 14, through HTTP: /salud shows its internals to an admin session or to this machine only (anyone
// else gets the status), and /api/docs answers logged-in users or this machine only, also when a network caller
// forges X-Forwarded-For or encodes the path.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { crearAppDePrueba } from '../support/app';
import { cliente } from './registro.support';

const RED = '203.0.113.7';

describe('Valores por omisión del despliegue: /salud y /api/docs', () => {
  let app: NestFastifyApplication;
  let tokens: Awaited<ReturnType<ReturnType<typeof cliente>['prepararUsuarios']>>;

  beforeAll(async () => {
    app = await crearAppDePrueba();
    tokens = await cliente(app).prepararUsuarios();
  });

  afterAll(async () => {
    await app.close();
  });

  const pedir = (url: string, opciones: { ip?: string; token?: string; headers?: Record<string, string> } = {}) =>
    app.inject({
      method: 'GET',
      url,
      remoteAddress: opciones.ip ?? '127.0.0.1',
      headers: { ...(opciones.token ? { authorization: `Bearer ${opciones.token}` } : {}), ...opciones.headers },
    });

  it('answers an anonymous caller from the network with the status only, same status code', async () => {
    const r = await pedir('/salud', { ip: RED });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ estado: 'ok' });
  });

  it('does not take a forged X-Forwarded-For from the network as this machine', async () => {
    const r = await pedir('/salud', { ip: RED, headers: { 'x-forwarded-for': '127.0.0.1' } });
    expect(r.json()).toEqual({ estado: 'ok' });
  });

  it('gives a non-admin session from the network the status only', async () => {
    const r = await pedir('/salud', { ip: RED, token: tokens.banco });
    expect(r.json()).toEqual({ estado: 'ok' });
  });

  it('gives the whole report, intact, to an admin session from the network and to this machine', async () => {
    const local = (await pedir('/salud')).json();
    expect(local).toMatchObject({ estado: 'ok', almacen: { tipo: 'pglite', estado: 'ok' }, trabajos: { ok: true } });
    expect(Array.isArray(local.proyecciones)).toBe(true);
    const admin = (await pedir('/salud', { ip: RED, token: tokens.admin })).json();
    expect(Object.keys(admin).sort()).toEqual(Object.keys(local).sort());
    expect(admin.almacen.tipo).toBe('pglite');
  });

  it('refuses /api/docs, its assets and the OpenAPI document to anonymous network callers with a Spanish 401', async () => {
    for (const url of ['/api/docs', '/api/docs/', '/api/docs/openapi.json', '/api/docs-yaml', '/api/docs/swagger-ui-init.js', '/api/%64ocs/openapi.json']) {
      const r = await pedir(url, { ip: RED });
      expect({ url, status: r.statusCode }).toEqual({ url, status: 401 });
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json()).toMatchObject({ status: 401, codigo: 'sesion-requerida', detail: expect.stringContaining('Inicie sesión') });
    }
    const forjada = await pedir('/api/docs/openapi.json', { ip: RED, headers: { 'x-forwarded-for': '127.0.0.1' } });
    expect(forjada.statusCode).toBe(401);
  });

  it('serves /api/docs to any logged-in user from the network, and to this machine', async () => {
    const conSesion = await pedir('/api/docs/openapi.json', { ip: RED, token: tokens.sgg });
    expect(conSesion.statusCode).toBe(200);
    expect(conSesion.json().paths['/salud']).toBeDefined();
    expect((await pedir('/api/docs', { ip: RED, token: tokens.banco })).statusCode).toBe(200);
    expect((await pedir('/api/docs/openapi.json')).statusCode).toBe(200);
  });

  it('keeps every other public page and endpoint open to the network', async () => {
    expect((await pedir('/', { ip: RED })).statusCode).toBe(200);
    expect((await pedir('/api/derechos?q=acta', { ip: RED })).statusCode).toBe(200);
  });
});

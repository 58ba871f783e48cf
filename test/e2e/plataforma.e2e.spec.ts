// Issue 3 item 6: HTTP conventions shared by every endpoint, and the health report.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { crearAppDePrueba } from '../support/app';

describe('Plataforma HTTP', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await crearAppDePrueba();
  });

  afterAll(async () => {
    await app.close();
  });

  it('GET /salud reports the store, each projection with its lag, and the job backend', async () => {
    const r = await app.inject({ method: 'GET', url: '/salud' });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.estado).toBe('ok');
    expect(body.almacen).toMatchObject({ tipo: 'pglite', estado: 'ok' });
    expect(typeof body.almacen.posicionCabeza).toBe('number');
    expect(Array.isArray(body.proyecciones)).toBe(true);
    for (const p of body.proyecciones) {
      expect(p).toEqual(expect.objectContaining({ nombre: expect.any(String), rezago: expect.any(Number) }));
    }
    expect(body.trabajos).toMatchObject({ ok: true, tipo: 'in-process' });
  });

  it('serves the OpenAPI document at /api/docs', async () => {
    const html = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    const doc = await app.inject({ method: 'GET', url: '/api/docs/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(doc.json().paths['/salud']).toBeDefined();
  });

  it('answers an unknown route with a Spanish problem+json 404', async () => {
    const r = await app.inject({ method: 'GET', url: '/no-existe' });
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json()).toMatchObject({ status: 404, title: 'No encontrado' });
  });

  it('answers malformed JSON with a 400 problem+json in Spanish, never a 500', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/calculos/adeudo',
      headers: { 'content-type': 'application/json' },
      payload: '{"importe": ',
    });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json().detail).toBe('El cuerpo de la solicitud no es JSON válido.');
  });

  it('names the field when a DTO is invalid, and refuses unknown fields', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/calculos/adeudo',
      payload: { importe: 'mil', fechaLimitePago: '2023-03-17', fechaPago: '2025-06-02', extra: 1 },
    });
    expect(r.statusCode).toBe(400);
    const body = r.json();
    expect(body.headers).toBeUndefined();
    const campos = body.errores.map((e: { campo: string }) => e.campo);
    expect(campos).toEqual(expect.arrayContaining(['importe', 'extra']));
  });
});

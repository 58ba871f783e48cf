// POST /api/calculos/adeudo over HTTP (Fastify inject) on the whole application, booted the way every e2e test
// boots it (test/support/app.ts): the explained amount owed and Spanish problem+json errors.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { crearAppDePrueba } from '../support/app';

describe('POST /api/calculos/adeudo (CHP arts. 21, 43-45)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await crearAppDePrueba();
  });

  afterAll(async () => {
    await app?.close();
  });

  const post = (payload: unknown) => app.inject({ method: 'POST', url: '/api/calculos/adeudo', payload: payload as Record<string, unknown> });

  it('CHP arts. 43-45: devuelve el adeudo explicado con importes como cadenas y advierte la tasa provisional', async () => {
    const r = await post({ importe: '1000.00', fechaLimitePago: '2023-03-17', fechaPago: '2025-06-02' });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({
      importe: '1000.00', factorActualizacion: '1.0903', actualizacion: '90.30', recargos: '432.74', total: '1523.04', mesesDeMora: 27,
    });
    expect(body.tasasMensuales).toHaveLength(27);
    expect(body.tasasMensuales[0]).toMatchObject({ mes: '2023-03', tasa: '1.47', verificada: false });
    expect(body.advertencias.some((a: string) => /provisional/.test(a))).toBe(true);
    expect(body.advertencias.some((a: string) => /INPC de 2025-05 aún no estaba publicado/.test(a))).toBe(true);
    expect(body.desglose.map((d: { articulo: string }) => d.articulo)).toEqual(expect.arrayContaining(['CHP art. 43', 'CHP arts. 44 y 45']));
    expect(body.versionDeParametros).toMatch(/^[0-9a-f]{64}$/);
  });

  it('CHP arts. 44-45: una multa se actualiza sin recargos', async () => {
    const r = await post({ importe: '1000.00', fechaLimitePago: '2025-03-18', fechaPago: '2025-05-20', tipo: 'multa' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ actualizacion: '6.40', recargos: '0.00', total: '1006.40' });
  });

  it('rechaza con 400 y problem+json en español un importe numérico, nombrando el campo', async () => {
    const r = await post({ importe: 1000, fechaLimitePago: '2023-03-17', fechaPago: '2025-06-02' });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(r.json().detail).toMatch(/importe/);
  });

  it('rechaza con 400 una fecha inexistente, nombrando el campo', async () => {
    const r = await post({ importe: '1000.00', fechaLimitePago: '2023-02-30', fechaPago: '2025-06-02' });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ campo: 'fechaLimitePago' });
  });

  it('rechaza con 400 un tipo desconocido y un campo no permitido', async () => {
    const tipo = await post({ importe: '1000.00', fechaLimitePago: '2023-03-17', fechaPago: '2025-06-02', tipo: 'derecho' });
    expect(tipo.statusCode).toBe(400);
    expect(tipo.json().detail).toMatch(/tipo/);
    const extra = await post({ importe: '1000.00', fechaLimitePago: '2023-03-17', fechaPago: '2025-06-02', moneda: 'MXN' });
    expect(extra.statusCode).toBe(400);
  });

  it('responde 422 cuando no hay parámetro vigente para la fecha (regla del CHP art. 44)', async () => {
    const r = await post({ importe: '1000.00', fechaLimitePago: '2016-11-10', fechaPago: '2017-02-01' });
    expect(r.statusCode).toBe(422);
    expect(r.json().codigo).toBe('parametro-no-vigente');
  });
});

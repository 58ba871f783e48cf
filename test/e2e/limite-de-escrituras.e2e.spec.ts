// Issue 9, item 10: 300 anonymous payment orders in 6.8 s added 300 permanent events. Anonymous writes are limited
// per client (30 a minute by default): the 31st order from one address is 429 problem+json in Spanish with
// Retry-After and appends nothing, while another address still orders. Before: all 40 got 201.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { crearAppDePrueba } from '../support/app';

describe('anonymous writes rate-limited per client (issue 9, item 10)', () => {
  let app: NestFastifyApplication;

  const ordenar = (ip: string) => app.inject({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-21-III-a' }, remoteAddress: ip });
  const cabeza = async (): Promise<number> => (await app.inject({ method: 'GET', url: '/salud' })).json().almacen.posicionCabeza;

  beforeAll(async () => {
    app = await crearAppDePrueba();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('thirty orders a minute from one address; the rest are 429 with Retry-After and write nothing; other addresses are unaffected', async () => {
    const estados: number[] = [];
    for (let i = 0; i < 30; i++) estados.push((await ordenar('10.20.0.1')).statusCode);
    expect(estados).toEqual(Array(30).fill(201));
    const antes = await cabeza();
    const excedidas = await Promise.all(Array.from({ length: 10 }, () => ordenar('10.20.0.1')));
    for (const r of excedidas) {
      expect(r.statusCode).toBe(429);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      expect(r.json()).toMatchObject({ status: 429, codigo: 'demasiadas-solicitudes' });
      expect(r.json().detail).toMatch(/^Demasiadas solicitudes desde su conexión; espere \d+ segundos/);
    }
    expect(await cabeza()).toBe(antes);
    expect((await ordenar('10.20.0.2')).statusCode).toBe(201);
  });

  it('the limit is configurable (REGISTRO_ESCRITURAS_ANONIMAS_POR_MINUTO)', async () => {
    process.env.REGISTRO_ESCRITURAS_ANONIMAS_POR_MINUTO = '3';
    const otra = await crearAppDePrueba();
    try {
      const estados: number[] = [];
      for (let i = 0; i < 4; i++) estados.push((await otra.inject({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-21-III-a' } })).statusCode);
      expect(estados).toEqual([201, 201, 201, 429]);
    } finally {
      delete process.env.REGISTRO_ESCRITURAS_ANONIMAS_POR_MINUTO;
      await otra.close();
    }
  });
});

// Read-your-writes on PostgreSQL (issue 8, item 1): a command's response waits for the projections to reach
// that command's own events, at most REGISTRO_ESPERA_LECTURA_MS, and past it answers 503 problem+json rather
// than leave the next read stale. An unrelated open transaction delays nothing; an append left open holds the
// head back, and /salud says by how much and for how long.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PostgresEventStore } from '@tesoreria/event-store';
import { nuevoEvento } from '../../libs/event-store/test/contract.suite';
import { crearAppDePrueba } from '../support/app';
import { clientOf, conectar, createTemporaryDatabase, requireDatabaseUrl, type TemporaryDatabase } from '../support/postgres';

const ESPERA_MS = 500;



describe('read-your-writes on PostgreSQL', () => {
  let tmp: TemporaryDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    tmp = await createTemporaryDatabase('lectura');
    app = await crearAppDePrueba({ databaseUrl: tmp.url, esperaDeLecturaMs: ESPERA_MS });
  });

  afterAll(async () => {
    await app?.close();
    await tmp?.drop();
  });

  const emitir = (clave?: string) =>
    app.inject({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-21-III-a' }, headers: clave ? { 'idempotency-key': clave } : {} });
  // An order opens only through its public link (serie and token).
  const leer = (orden: { serie: number; token: string }) => app.inject({ method: 'GET', url: `/api/ordenes-de-pago/${orden.serie}?token=${orden.token}` });

  it('an open transaction in another database delays neither the response nor the next read', async () => {
    const ajena = await conectar(requireDatabaseUrl());
    try {
      await ajena.query('BEGIN');
      await ajena.query('SELECT pg_current_xact_id()');
      const inicio = Date.now();
      const r = await emitir();
      expect(r.statusCode).toBe(201);
      const ms = Date.now() - inicio;
      expect(ms).toBeLessThan(ESPERA_MS);
      process.stdout.write(`[lectura] con una transacción abierta en otra base, la orden se registró y proyectó en ${ms} ms\n`);
      const leida = await leer(r.json());
      expect(leida.statusCode).toBe(200);
      expect(leida.json()).toMatchObject({ serie: r.json().serie, lineaDeCaptura: r.json().lineaDeCaptura });
    } finally {
      await ajena.query('ROLLBACK').catch(() => undefined);
      await ajena.end();
    }
  });

  it('answers 503 in Spanish when an append left open holds its own write back past the bound; /salud says why', async () => {
    const lento = await conectar(tmp.url);
    const db = tmp.open(2);
    try {
      await lento.query('BEGIN');
      await new PostgresEventStore(db).appendWithin(clientOf(lento), 'Anexo-lento', [nuevoEvento('Otro')], { expectedRevision: 'no_stream' });
      const inicio = Date.now();
      const r = await emitir('retenida-1');
      expect(Date.now() - inicio).toBeGreaterThanOrEqual(ESPERA_MS);
      expect(r.statusCode).toBe(503);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.json()).toMatchObject({ status: 503, codigo: 'consulta-no-actualizada', registrada: true });
      expect(r.json().detail).toMatch(/^La operación quedó registrada, pero las consultas todavía no la reflejan después de 0[.,]5 s/);

      const salud = (await app.inject({ method: 'GET', url: '/salud' })).json();
      expect(salud.almacen.retencion).toMatchObject({ retenida: true, eventosRetenidos: 1, anexosAbiertos: 1, anexosPreparados: 0 });
      expect(salud.almacen.retencion.antiguedadDelMasAntiguoSegundos).toBeGreaterThanOrEqual(ESPERA_MS / 1000);
    } finally {
      await lento.query('COMMIT').catch(() => undefined);
      await lento.end();
    }
    // Once the open append ends, the order the 503 spoke of is there, and nothing is held back any more.
    const repetida = await emitir('retenida-1');
    expect(repetida.statusCode).toBeLessThan(300);
    const anterior = await leer(repetida.json());
    expect(anterior.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/salud' })).json().almacen.retencion).toMatchObject({ retenida: false, eventosRetenidos: 0, anexosAbiertos: 0 });
  });
});

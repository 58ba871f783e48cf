// Issue 3 item 2: every event records its correlation and causation ids (from the HTTP request), and a client's
// Idempotency-Key makes a repeated command append nothing the second time and answer the first result.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { EventStore } from '@tesoreria/event-store';
import { EVENT_STORE } from '../../apps/api/src/plataforma/tokens';
import { crearAppDePrueba } from '../support/app';
import { cliente } from './registro.support';
import { flujoDeServicio } from '@tesoreria/domain';

describe('Request context of commands', () => {
  let app: NestFastifyApplication;
  let store: EventStore;
  let api: ReturnType<typeof cliente>;
  let t: Awaited<ReturnType<ReturnType<typeof cliente>['prepararUsuarios']>>;

  beforeAll(async () => {
    app = await crearAppDePrueba();
    store = app.get(EVENT_STORE);
    api = cliente(app);
    t = await api.prepararUsuarios();
  });

  afterAll(async () => {
    await app.close();
  });

  const registrar = (folio: string, fecha: string, encabezados: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/api/servicios',
      headers: { authorization: `Bearer ${t.sgg}`, ...encabezados },
      payload: { folioRecibo: folio, claveDerecho: 'LD-21 Bis-II-a', fechaOtorgamiento: fecha, receptor: { nombre: 'Gloria Hernández García' } },
    });

  it('an event carries the caller X-Correlation-Id as correlationId and the request id as causationId', async () => {
    const { recibo } = await api.ordenPagada(t.banco, 'LD-21 Bis-II-a');
    const r = await registrar(recibo.folio, recibo.fechaPago, { 'x-correlation-id': 'tramite-42', 'x-request-id': 'solicitud-7' });
    expect(r.statusCode).toBe(201);
    const [evento] = await store.readStream(flujoDeServicio(recibo.folio));
    expect(evento.metadata).toMatchObject({ correlationId: 'tramite-42', causationId: 'solicitud-7', schemaVersion: 1 });
  });

  it('without headers the request id is both the correlation and the cause', async () => {
    const { recibo } = await api.ordenPagada(t.banco, 'LD-21 Bis-II-a');
    expect((await registrar(recibo.folio, recibo.fechaPago, {})).statusCode).toBe(201);
    const [evento] = await store.readStream(flujoDeServicio(recibo.folio));
    expect(evento.metadata.causationId).toEqual(expect.any(String));
    expect(evento.metadata.correlationId).toBe(evento.metadata.causationId);
  });

  it('the same Idempotency-Key twice appends one ServicioRegistrado and answers the first registration again', async () => {
    const { recibo } = await api.ordenPagada(t.banco, 'LD-21 Bis-II-a');
    const primera = await registrar(recibo.folio, recibo.fechaPago, { 'idempotency-key': 'srv-abc-1' });
    expect(primera.statusCode).toBe(201);
    const antes = await store.headPosition();
    const segunda = await registrar(recibo.folio, recibo.fechaPago, { 'idempotency-key': 'srv-abc-1' });
    expect(segunda.statusCode).toBeLessThan(300);
    expect(segunda.json()).toMatchObject({ folioRecibo: recibo.folio, dependencia: 'SGG' });
    expect(await store.headPosition()).toBe(antes);
    const eventos = await store.readStream(flujoDeServicio(recibo.folio));
    expect(eventos.map((e) => e.type)).toEqual(['ServicioRegistrado']);
    // Issue 9, item 6: the key is scoped to its caller, and the event keeps the fingerprint of the request.
    expect(eventos[0].metadata.idempotencyKey).toBe('POST /api/servicios:usuario:sgg.registro:srv-abc-1');
    expect((eventos[0].metadata as unknown as { huellaDeSolicitud: string }).huellaDeSolicitud).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

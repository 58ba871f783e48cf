// The log's vocabulary: the demo log written before the rename reads in today's words (through the event store,
// as handlers and projections read it), new appends are stamped with today's version, and a type is unique.
import { createEventStore, EventTypeRegistry, withEventTypes, type OpenedEventStore } from '@tesoreria/event-store';
import { pagoV1, servicioOtorgadoV1 } from '../../../../test/support/eventos-del-registro';
import { tiposDelRegistro } from './tipos-de-eventos';

const metadata = (schemaVersion?: number) => ({ actor: { userId: 'x', role: 'banco' }, correlationId: 'c', fechaEfecto: '2026-03-03', ...(schemaVersion ? { schemaVersion } : {}) });

describe('tipos de eventos del registro', () => {
  let abierto: OpenedEventStore;
  beforeAll(async () => {
    abierto = await createEventStore({ pgliteDataDir: 'memory' });
  });
  afterAll(() => abierto.close());

  it('events stored with the old types and versions are read as the new ones: streams, the log and a key\'s first result', async () => {
    const crudo = abierto.store;
    await crudo.appendToStream('pago-de-derecho-L', [{ type: 'PagoRecibido', data: pagoV1.data, metadata: metadata() }], { expectedRevision: 'no_stream', idempotencyKey: 'banco:B:1' });
    await crudo.appendToStream('servicio-otorgado-F', [{ type: 'ServicioOtorgado', data: servicioOtorgadoV1.data, metadata: metadata() }], { expectedRevision: 'no_stream' });
    const store = withEventTypes(crudo, new EventTypeRegistry(tiposDelRegistro));

    const [pago] = await store.readStream('pago-de-derecho-L');
    expect(pago).toMatchObject({ type: 'PagoRecibido', data: { paga: { tipo: 'orden-de-pago', serieOrden: 1, lineaDeCaptura: pagoV1.data.lineaDeCaptura }, folio: pagoV1.data.folio }, metadata: { schemaVersion: 2 } });
    expect((await store.readAll({ limit: 10 })).map((e) => e.type)).toEqual(['PagoRecibido', 'ServicioRegistrado']);
    expect((await store.findByIdempotencyKey('banco:B:1'))!.events[0]!.data).toHaveProperty('paga.tipo', 'orden-de-pago');
    // Stored as written: only readers see the new words.
    expect((await crudo.readStream('servicio-otorgado-F'))[0]!.type).toBe('ServicioOtorgado');
  });

  it('a new append is stamped with the current version, an old type is no longer written, and bad data is refused', async () => {
    const store = withEventTypes(abierto.store, new EventTypeRegistry(tiposDelRegistro));
    const r = await store.appendToStream('pago-de-derecho-M', [{ type: 'PagoRecibido', data: { paga: { tipo: 'orden-de-pago', serieOrden: 2, lineaDeCaptura: 'M' }, ...pagoV1.data }, metadata: metadata() }], {
      expectedRevision: 'no_stream',
    });
    expect(r.events[0]!.metadata.schemaVersion).toBe(2);
    await expect(store.appendToStream('x-1', [{ type: 'ServicioOtorgado', data: servicioOtorgadoV1.data, metadata: metadata() }], { expectedRevision: 'no_stream' })).rejects.toThrow('ya no se escribe');
    await expect(store.appendToStream('x-2', [{ type: 'PagoRecibido', data: { folio: 'F' }, metadata: metadata() }], { expectedRevision: 'no_stream' })).rejects.toThrow(/paga/);
  });

  it('every type is unique across the log: a repeated type, or an old name reused by a current type, is refused', () => {
    const tipos = new EventTypeRegistry(tiposDelRegistro).tipos();
    expect(new Set(tipos).size).toBe(tipos.length);
    expect(tipos).not.toContain('ServicioOtorgado');
    expect(() => new EventTypeRegistry([...tiposDelRegistro, tiposDelRegistro[0]!])).toThrow('repetido');
    expect(() => new EventTypeRegistry([...tiposDelRegistro, { type: 'ServicioOtorgado', schemaVersion: 1, check: () => null }])).toThrow('actual y a la vez antiguo');
  });
});

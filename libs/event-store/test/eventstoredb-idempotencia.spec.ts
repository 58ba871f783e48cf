// The EventStoreDB adapter's claim-first idempotency, proven on an in-memory client whose event-id dedup is only
// the server's durable one (same ids at the same concrete revision; its 'any' cache is not relied on): one claim per
// key decides who writes, losers wait for the winner's events, a crashed claim is completed by the next call, and a
// refused revision frees the key again.
import { ConcurrencyError, type AppendResult } from '../src/event-store.port';
import { EventStoreDbEventStore } from '../src/adapters/eventstoredb/eventstoredb-event-store';
import { eventIdsFor } from '../src/adapters/shared/event-ids';
import { nuevoEvento } from './contract.suite';
import { FakeKurrentDb } from './eventstoredb-fake-client';

const MARKER_PREFIX = 'tesoreria-idempotencia-';

function setup(claimWaitMs = 60) {
  const fake = new FakeKurrentDb();
  const store = new EventStoreDbEventStore(fake.asClient(), { claimWaitMs, pollIntervalMs: 5 });
  return { fake, store };
}

const pago = (importe = '150.00') => [nuevoEvento('PagoRecibido', { importe }), nuevoEvento('PagoAplicado', { importe })];
const ids = (r: AppendResult) => r.events.map((e) => e.eventId);
const markerTypes = (fake: FakeKurrentDb) =>
  [...fake.streams.entries()].filter(([name]) => name.startsWith(MARKER_PREFIX)).flatMap(([, events]) => events.map((e) => e.type));

describe('EventStoreDB: idempotencia con reclamo previo (sin servidor)', () => {
  it('appends once for a key seen twice; the second call answers the first result marked duplicate', async () => {
    const { fake, store } = setup();
    const first = await store.appendToStream('PagoBancario-1', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-001' });
    const again = await store.appendToStream('PagoBancario-1', pago(), { expectedRevision: 'any', idempotencyKey: 'ref-001' });
    expect(first.duplicate).toBe(false);
    expect(ids(first)).toEqual(eventIdsFor(2, 'ref-001'));
    expect(again).toEqual({ ...first, duplicate: true });
    expect(fake.eventsOf('PagoBancario-1')).toHaveLength(2);
    expect(await store.findByIdempotencyKey('ref-001')).toEqual({ ...first, duplicate: true });
    expect(markerTypes(fake)).toEqual(['IdempotenciaReclamada']);
  });

  it('lets exactly one of two racing appends with the same key to DIFFERENT streams write its events', async () => {
    for (const expectedRevision of ['no_stream', 'any'] as const) {
      const { fake, store } = setup();
      const key = `carrera-${expectedRevision}`;
      const results = await Promise.all([
        store.appendToStream('PagoBancario-a', pago('10.00'), { expectedRevision, idempotencyKey: key }),
        store.appendToStream('PagoBancario-b', pago('20.00'), { expectedRevision, idempotencyKey: key }),
      ]);
      expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
      const winner = results.find((r) => !r.duplicate)!;
      const loser = results.find((r) => r.duplicate)!;
      expect(ids(loser)).toEqual(ids(winner));
      expect(loser.events[0]!.streamId).toBe(winner.events[0]!.streamId);
      expect(fake.eventsOf('PagoBancario-a').length + fake.eventsOf('PagoBancario-b').length).toBe(2);
    }
  });

  it("writes once when five appends with the same key and 'any' race on one stream, with no dedup on the server", async () => {
    const { fake, store } = setup();
    const results = await Promise.all(
      [0, 1, 2, 3, 4].map(() => store.appendToStream('PagoBancario-c', pago(), { expectedRevision: 'any', idempotencyKey: 'ref-any' })),
    );
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    for (const r of results) expect(ids(r)).toEqual(ids(results[0]!));
    expect(fake.eventsOf('PagoBancario-c')).toHaveLength(2);
  });

  it('completes a claim whose writer crashed between the marker and the events when the key comes again', async () => {
    const { fake, store } = setup();
    let crashes = 1;
    fake.beforeAppend = (streamId) => {
      if (streamId === 'PagoBancario-d' && crashes-- > 0) throw new Error('conexión perdida con EventStoreDB');
    };
    await expect(store.appendToStream('PagoBancario-d', pago('75.50'), { expectedRevision: 'no_stream', idempotencyKey: 'ref-caida' })).rejects.toThrow(
      'conexión perdida',
    );
    expect(fake.eventsOf('PagoBancario-d')).toHaveLength(0);
    expect(markerTypes(fake)).toEqual(['IdempotenciaReclamada']);
    expect(await store.findByIdempotencyKey('ref-caida')).toBeNull();

    const retry = await store.appendToStream('PagoBancario-d', pago('75.50'), { expectedRevision: 'no_stream', idempotencyKey: 'ref-caida' });
    expect(ids(retry)).toEqual(eventIdsFor(2, 'ref-caida'));
    expect(retry.events.map((e) => [e.revision, e.type, e.data.importe])).toEqual([
      [0, 'PagoRecibido', '75.50'],
      [1, 'PagoAplicado', '75.50'],
    ]);
    expect(fake.eventsOf('PagoBancario-d')).toHaveLength(2);
    expect(await store.findByIdempotencyKey('ref-caida')).toEqual({ ...retry, duplicate: true });
  });

  it('lets only one of two racing completers of a crashed claim write: the other is fenced by the recorded revision', async () => {
    const { fake, store } = setup();
    let crashes = 1;
    fake.beforeAppend = (streamId) => {
      if (streamId === 'PagoBancario-e' && crashes-- > 0) throw new Error('proceso terminado');
    };
    await expect(store.appendToStream('PagoBancario-e', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-doble' })).rejects.toThrow();
    const [a, b] = await Promise.all(
      [0, 1].map(() => store.appendToStream('PagoBancario-e', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-doble' })),
    );
    expect(ids(a!)).toEqual(ids(b!));
    expect(fake.eventsOf('PagoBancario-e')).toHaveLength(2);
    const writes = fake.appendCalls.filter((c) => c.streamId === 'PagoBancario-e').map((c) => c.outcome);
    expect(writes.filter((o) => o === 'written')).toHaveLength(1);
  });

  it('keeps one set of events when a slow winner and a completer both write the same claim; the winner alone answers not duplicate', async () => {
    const { fake, store } = setup(30);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let stalled = false;
    fake.beforeAppend = async (streamId) => {
      if (streamId === 'PagoBancario-f' && !stalled) {
        stalled = true;
        await gate;
      }
    };
    const slow = store.appendToStream('PagoBancario-f', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-lento' });
    while (markerTypes(fake).length === 0) await new Promise((r) => setTimeout(r, 2));
    const completer = await store
      .appendToStream('PagoBancario-f', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-lento' })
      .finally(() => release());
    const winner = await slow;
    expect(completer.duplicate).toBe(true);
    expect(winner.duplicate).toBe(false);
    expect(ids(winner)).toEqual(ids(completer));
    expect(fake.eventsOf('PagoBancario-f')).toHaveLength(2);
    // The server recognises the winner's late write (same ids, same revision) and acknowledges it without writing.
    expect(fake.appendCalls.filter((c) => c.streamId === 'PagoBancario-f').map((c) => c.outcome)).toEqual(['written', 'idempotent']);
  });

  it('surfaces a genuine revision conflict as ConcurrencyError and frees the key for a later, correct retry', async () => {
    const { fake, store } = setup();
    await store.appendToStream('CreditoFiscal-g', [nuevoEvento('CreditoDeterminado')], { expectedRevision: 'no_stream' });
    const stale = store.appendToStream('CreditoFiscal-g', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-conflicto' });
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(stale).rejects.toMatchObject({ streamId: 'CreditoFiscal-g', expected: 'no_stream', actual: 0 });
    expect(fake.eventsOf('CreditoFiscal-g')).toHaveLength(1);
    expect(markerTypes(fake)).toEqual(['IdempotenciaReclamada', 'IdempotenciaFallida']);
    expect(await store.findByIdempotencyKey('ref-conflicto')).toBeNull();

    const retry = await store.appendToStream('CreditoFiscal-g', pago(), { expectedRevision: 0, idempotencyKey: 'ref-conflicto' });
    expect(retry).toMatchObject({ duplicate: false, nextExpectedRevision: 2 });
    expect(retry.events.map((e) => e.revision)).toEqual([1, 2]);
    const again = await store.appendToStream('CreditoFiscal-g', pago(), { expectedRevision: 0, idempotencyKey: 'ref-conflicto' });
    expect(again).toEqual({ ...retry, duplicate: true });
    expect(fake.eventsOf('CreditoFiscal-g')).toHaveLength(3);
    expect(markerTypes(fake)).toEqual(['IdempotenciaReclamada', 'IdempotenciaFallida', 'IdempotenciaReclamada']);
  });

  it('lets a waiting loser claim the key itself when the winner meets a genuine conflict', async () => {
    const { fake, store } = setup(500);
    await store.appendToStream('CreditoFiscal-j', [nuevoEvento('CreditoDeterminado')], { expectedRevision: 'no_stream' });
    const stale = store.appendToStream('CreditoFiscal-j', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-relevo' });
    stale.catch(() => undefined);
    while (markerTypes(fake).length === 0) await new Promise((r) => setTimeout(r, 1));
    const fresh = store.appendToStream('CreditoFiscal-j', pago(), { expectedRevision: 0, idempotencyKey: 'ref-relevo' });
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyError);
    const r = await fresh;
    expect(r.duplicate).toBe(false);
    expect(r.events.map((e) => e.revision)).toEqual([1, 2]);
    expect(fake.eventsOf('CreditoFiscal-j')).toHaveLength(3);
    expect(markerTypes(fake)).toEqual(['IdempotenciaReclamada', 'IdempotenciaFallida', 'IdempotenciaReclamada']);
  });

  it("never reports a conflict under 'any': when another writer moves the stream after the claim, it claims again at the new revision", async () => {
    const { fake, store } = setup();
    await store.appendToStream('CreditoFiscal-h', [nuevoEvento('CreditoDeterminado')], { expectedRevision: 'no_stream' });
    fake.beforeAppend = async (streamId) => {
      if (streamId !== 'CreditoFiscal-h') return;
      fake.beforeAppend = null;
      await store.appendToStream('CreditoFiscal-h', [nuevoEvento('RecargosCausados')], { expectedRevision: 'any' });
    };
    const r = await store.appendToStream('CreditoFiscal-h', pago(), { expectedRevision: 'any', idempotencyKey: 'ref-movido' });
    expect(r.duplicate).toBe(false);
    expect(r.events.map((e) => e.revision)).toEqual([2, 3]);
    expect((await store.readStream('CreditoFiscal-h')).map((e) => e.type)).toEqual(['CreditoDeterminado', 'RecargosCausados', 'PagoRecibido', 'PagoAplicado']);
    expect(markerTypes(fake)).toEqual(['IdempotenciaReclamada', 'IdempotenciaFallida', 'IdempotenciaReclamada']);
    expect(await store.findByIdempotencyKey('ref-movido')).toEqual({ ...r, duplicate: true });
  });

  it('keeps the idempotency markers out of readAll and headPosition', async () => {
    const { store } = setup();
    const r = await store.appendToStream('PagoBancario-i', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-oculta' });
    const all = await store.readAll({ limit: 100 });
    expect(all.map((e) => e.streamId)).toEqual(['PagoBancario-i', 'PagoBancario-i']);
    expect(await store.headPosition()).toBe(r.position);
  });
});

// What a real KurrentDB server and client answer, and what the adapter must make of it, proven without a server:
// `success: false` instead of an exception, reads served by a lagging follower, positions reported as the maximum
// uint64, a deadline exceeded on an append that may have committed, and non-JSON events in the global log.
import { binaryEvent, DeadlineExceededError, jsonEvent } from '@kurrent/kurrentdb-client';
import { ConcurrencyError, type AppendResult } from '../src/event-store.port';
import { EventStoreDbEventStore } from '../src/adapters/eventstoredb/eventstoredb-event-store';
import { nuevoEvento } from './contract.suite';
import { FakeKurrentDb, type FakeKurrentDbOptions } from './eventstoredb-fake-client';

const MARKER_PREFIX = 'tesoreria-idempotencia-';

function setup(options: FakeKurrentDbOptions = {}) {
  const fake = new FakeKurrentDb(options);
  const store = new EventStoreDbEventStore(fake.asClient(), { claimWaitMs: 60, pollIntervalMs: 5 });
  return { fake, store };
}

const pago = (importe = '150.00') => [nuevoEvento('PagoRecibido', { importe }), nuevoEvento('PagoAplicado', { importe })];
const ids = (r: AppendResult) => r.events.map((e) => e.eventId);
const markerTypes = (fake: FakeKurrentDb) =>
  [...fake.streams.entries()].filter(([name]) => name.startsWith(MARKER_PREFIX)).flatMap(([, events]) => events.map((e) => e.type));
const callsTo = (fake: FakeKurrentDb, streamId: string) => fake.appendCalls.filter((c) => c.streamId === streamId).map((c) => c.outcome);
/** Loses the response of the first append to `streamId`: the write may have committed, the caller cannot know. */
const loseResponse = (fake: FakeKurrentDb, streamId: string, when: 'before' | 'after') => {
  let pending = true;
  fake[when === 'before' ? 'beforeAppend' : 'afterAppend'] = (s) => {
    if (s.startsWith(streamId) && pending) {
      pending = false;
      throw new DeadlineExceededError();
    }
  };
};

describe('EventStoreDB con throwOnAppendFailure=false: el cliente resuelve { success: false }', () => {
  it('reports a refused revision as ConcurrencyError with the actual revision, and writes nothing', async () => {
    const { fake, store } = setup({ throwOnAppendFailure: false });
    await store.appendToStream('CreditoFiscal-1', [nuevoEvento('CreditoDeterminado'), nuevoEvento('RecargosCausados')], { expectedRevision: 'no_stream' });
    const stale = store.appendToStream('CreditoFiscal-1', pago(), { expectedRevision: 0 });
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(stale).rejects.toMatchObject({ expected: 0, actual: 1 });
    expect(fake.eventsOf('CreditoFiscal-1')).toHaveLength(2);
  });

  it('lets exactly one of two claimants of a key write its events', async () => {
    const { fake, store } = setup({ throwOnAppendFailure: false });
    const results = await Promise.all([
      store.appendToStream('PagoBancario-a', pago('10.00'), { expectedRevision: 'no_stream', idempotencyKey: 'ref-sf' }),
      store.appendToStream('PagoBancario-b', pago('20.00'), { expectedRevision: 'no_stream', idempotencyKey: 'ref-sf' }),
    ]);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(fake.eventsOf('PagoBancario-a').length + fake.eventsOf('PagoBancario-b').length).toBe(2);
    expect(markerTypes(fake)).toEqual(['IdempotenciaReclamada']);
  });

  it('reports a keyed conflict as ConcurrencyError and frees the key', async () => {
    const { fake, store } = setup({ throwOnAppendFailure: false });
    await store.appendToStream('CreditoFiscal-2', [nuevoEvento('CreditoDeterminado')], { expectedRevision: 'no_stream' });
    const stale = store.appendToStream('CreditoFiscal-2', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-sf-2' });
    await expect(stale).rejects.toMatchObject({ name: 'ConcurrencyError', actual: 0 });
    expect(markerTypes(fake)).toEqual(['IdempotenciaReclamada', 'IdempotenciaFallida']);
    expect(fake.eventsOf('CreditoFiscal-2')).toHaveLength(1);
  });
});

describe('EventStoreDB con un seguidor rezagado: las lecturas tras escribir van al líder', () => {
  it('returns the events of a plain append and reads them back at once', async () => {
    const { fake, store } = setup();
    fake.stallFollower();
    const r = await store.appendToStream('CreditoFiscal-3', pago(), { expectedRevision: 'no_stream' });
    expect(r.events.map((e) => e.revision)).toEqual([0, 1]);
    expect(await store.readStream('CreditoFiscal-3')).toEqual(r.events);
    expect(await store.headPosition()).toBe(r.position);
    expect(fake.followerReads).toBe(0);
  });

  it('answers a repeated key with the first result instead of claiming it again', async () => {
    const { fake, store } = setup();
    fake.stallFollower();
    const first = await store.appendToStream('PagoBancario-c', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-lider' });
    const again = await store.appendToStream('PagoBancario-c', pago(), { expectedRevision: 'any', idempotencyKey: 'ref-lider' });
    expect(again).toEqual({ ...first, duplicate: true });
    expect(markerTypes(fake)).toEqual(['IdempotenciaReclamada']);
  });
});

describe('EventStoreDB que informa posiciones como el máximo uint64', () => {
  it('returns the real $all position of a plain append, equal to what readAll reports', async () => {
    const { store } = setup({ legacyPositions: true });
    const r = await store.appendToStream('CreditoFiscal-4', pago(), { expectedRevision: 'no_stream' });
    const all = await store.readAll({ limit: 10 });
    expect(r.events).toEqual(all);
    expect(r.position).toBe(all[1]!.position);
    expect(Number.isSafeInteger(r.position)).toBe(true);
  });

  it('answers a duplicate key with the real position of the first append', async () => {
    const { store } = setup({ legacyPositions: true });
    await store.appendToStream('CreditoFiscal-5', [nuevoEvento('CreditoDeterminado')], { expectedRevision: 'no_stream' });
    const first = await store.appendToStream('CreditoFiscal-5', pago(), { expectedRevision: 0, idempotencyKey: 'ref-u64' });
    const again = await store.appendToStream('CreditoFiscal-5', pago(), { expectedRevision: 0, idempotencyKey: 'ref-u64' });
    expect(again).toEqual({ ...first, duplicate: true });
    expect(first.position).toBe((await store.headPosition()));
    expect(await store.findByIdempotencyKey('ref-u64')).toEqual(again);
  });
});

describe('EventStoreDB: un plazo vencido al escribir es un resultado desconocido', () => {
  it('returns the result when the events committed but the answer was lost, without writing them again', async () => {
    const { fake, store } = setup();
    loseResponse(fake, 'PagoBancario-d', 'after');
    const r = await store.appendToStream('PagoBancario-d', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-plazo' });
    expect(r.duplicate).toBe(false);
    expect(fake.eventsOf('PagoBancario-d')).toHaveLength(2);
    expect(callsTo(fake, 'PagoBancario-d')).toEqual(['written']);
    expect(await store.findByIdempotencyKey('ref-plazo')).toEqual({ ...r, duplicate: true });
  });

  it('goes on as the winner when its own claim committed but the answer was lost', async () => {
    const { fake, store } = setup();
    loseResponse(fake, MARKER_PREFIX, 'after');
    const r = await store.appendToStream('PagoBancario-e', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-reclamo' });
    expect(r.duplicate).toBe(false);
    expect(markerTypes(fake)).toEqual(['IdempotenciaReclamada']);
    expect(fake.eventsOf('PagoBancario-e')).toHaveLength(2);
  });

  it('writes the claim once when the events did not commit: same ids at the same revision, which the server dedups', async () => {
    const { fake, store } = setup();
    loseResponse(fake, 'PagoBancario-f', 'before');
    const r = await store.appendToStream('PagoBancario-f', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-no-llego' });
    expect(r.duplicate).toBe(false);
    expect(fake.eventsOf('PagoBancario-f')).toHaveLength(2);
    expect(fake.appendCalls.filter((c) => c.streamId === 'PagoBancario-f').map((c) => c.ids)).toEqual([ids(r), ids(r)]);
  });

  it('gives up after three unanswered sends with AppendOutcomeUnknownError, and the next call with the key completes the claim', async () => {
    const { fake, store } = setup();
    let down = true;
    fake.beforeAppend = (s) => {
      if (s === 'PagoBancario-g' && down) throw new DeadlineExceededError();
    };
    const lost = store.appendToStream('PagoBancario-g', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-caido' });
    await expect(lost).rejects.toMatchObject({ name: 'AppendOutcomeUnknownError', streamId: 'PagoBancario-g' });
    expect(callsTo(fake, 'PagoBancario-g')).toEqual(['crashed', 'crashed', 'crashed']);
    down = false;
    const retry = await store.appendToStream('PagoBancario-g', pago(), { expectedRevision: 'no_stream', idempotencyKey: 'ref-caido' });
    expect(retry.events.map((e) => e.revision)).toEqual([0, 1]);
    expect(fake.eventsOf('PagoBancario-g')).toHaveLength(2);
    expect(markerTypes(fake)).toEqual(['IdempotenciaReclamada']);
  });

  it('returns a plain append whose answer was lost once it finds its events, and never resends one it cannot find', async () => {
    const { fake, store } = setup();
    loseResponse(fake, 'CreditoFiscal-6', 'after');
    const r = await store.appendToStream('CreditoFiscal-6', pago(), { expectedRevision: 'no_stream' });
    expect(r.events.map((e) => e.revision)).toEqual([0, 1]);
    loseResponse(fake, 'CreditoFiscal-7', 'before');
    await expect(store.appendToStream('CreditoFiscal-7', pago(), { expectedRevision: 'any' })).rejects.toThrow('resultado desconocido');
    expect(callsTo(fake, 'CreditoFiscal-7')).toEqual(['crashed']);
  });
});

describe('EventStoreDB con eventos que no son JSON en el registro global', () => {
  async function withForeignEvents() {
    const { fake, store } = setup();
    const first = await store.appendToStream('CreditoFiscal-8', [nuevoEvento('CreditoDeterminado')], { expectedRevision: 'no_stream' });
    const bytes = Array.from({ length: 5 }, (_, i) => binaryEvent({ type: 'Adjunto', data: new Uint8Array([i]) }));
    await fake.appendToStream('Adjuntos-1', bytes);
    await fake.appendToStream('Adjuntos-1', jsonEvent({ type: '$sistema', data: { x: 1 } }));
    const last = await store.appendToStream('CreditoFiscal-8', [nuevoEvento('RecargosCausados')], { expectedRevision: 0 });
    await fake.appendToStream('Adjuntos-1', binaryEvent({ type: 'Adjunto', data: new Uint8Array([9]) }));
    return { store, first, last };
  }

  it('pages past them to the next event of the store instead of answering an empty page before the head', async () => {
    const { store, first, last } = await withForeignEvents();
    expect(await store.readAll({ after: first.position, limit: 2 })).toEqual(last.events);
    expect(await store.readAll({ limit: 2 })).toEqual([...first.events, ...last.events]);
  });

  it('reports as head the last event of the store, not a foreign one nor 0', async () => {
    const { store, last } = await withForeignEvents();
    expect(await store.headPosition()).toBe(last.position);
  });
});

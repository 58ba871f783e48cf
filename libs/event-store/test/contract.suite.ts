// One contract, every adapter: each adapter's spec calls describeEventStoreContract with a factory, and every
// behaviour below must hold identically on PGlite, PostgreSQL and EventStoreDB.
import { randomUUID } from 'node:crypto';
import {
  ConcurrencyError,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '../src/event-store.port';

export interface ContractStore {
  readonly store: EventStore;
  cleanup(): Promise<void>;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Tiempo agotado esperando: ${what}`);
    await sleep(10);
  }
}

export function nuevoEvento(type: string, data: Record<string, unknown> = {}, extra: Partial<NewEvent['metadata']> = {}): NewEvent {
  return {
    type,
    data,
    metadata: {
      actor: { userId: 'usr-cajero-01', role: 'cajero', dependencia: 'Secretaría de Hacienda' },
      correlationId: `corr-${randomUUID()}`,
      causationId: null,
      fechaEfecto: '2025-03-14',
      ...extra,
    },
  };
}

function expectStrictlyIncreasing(positions: readonly number[]): void {
  for (let i = 1; i < positions.length; i++) expect(positions[i]!).toBeGreaterThan(positions[i - 1]!);
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error('se esperaba un rechazo');
}

/**
 * On PostgreSQL a committed event becomes readable in the global log once every older transaction on the server
 * has ended (the high-water mark), so another test's open transaction can hide it for a moment. This waits until
 * the head has reached `position`, then returns the head.
 */
export async function visibleHead(store: EventStore, position: number): Promise<number> {
  let head = await store.headPosition();
  const deadline = Date.now() + 15_000;
  while (head < position) {
    if (Date.now() > deadline) throw new Error(`la posición ${position} no llegó a ser visible (cabeza ${head})`);
    await sleep(10);
    head = await store.headPosition();
  }
  return head;
}

/** Delegates to `store`, remembering the highest position it appended, so tests can wait for it to be visible. */
function tracking(store: EventStore): EventStore & { readonly highest: number } {
  let highest = 0;
  return {
    get kind() {
      return store.kind;
    },
    get highest() {
      return highest;
    },
    async appendToStream(streamId, events, options) {
      const r = await store.appendToStream(streamId, events, options);
      highest = Math.max(highest, r.position);
      return r;
    },
    readStream: (streamId, options) => store.readStream(streamId, options),
    readAll: (options) => store.readAll(options),
    subscribeToAll: (options, handler) => store.subscribeToAll(options, handler),
    headPosition: () => store.headPosition(),
    findByIdempotencyKey: (key) => store.findByIdempotencyKey(key),
    inUnitOfWork: (work) => store.inUnitOfWork(work),
    close: () => store.close(),
  };
}

export function describeEventStoreContract(name: string, factory: () => Promise<ContractStore>): void {
  describe(`Contrato del event store: ${name}`, () => {
    let store: EventStore & { readonly highest: number };
    let cleanup: () => Promise<void>;
    const run = randomUUID().slice(0, 8);
    let n = 0;
    const stream = (prefix = 'CreditoFiscal') => `${prefix}-${run}-${++n}`;

    beforeAll(async () => {
      const opened = await factory();
      store = tracking(opened.store);
      cleanup = opened.cleanup;
    });
    afterAll(async () => {
      await cleanup?.();
    });

    describe('append and readStream', () => {
      it('appends a batch to a new stream and reads it back in revision order with increasing positions', async () => {
        const s = stream();
        const r = await store.appendToStream(s, [nuevoEvento('CreditoDeterminado'), nuevoEvento('RecargosCausados'), nuevoEvento('PagoRecibido')], {
          expectedRevision: 'no_stream',
        });
        expect(r.duplicate).toBe(false);
        expect(r.nextExpectedRevision).toBe(2);
        expect(r.events.map((e) => e.revision)).toEqual([0, 1, 2]);
        expect(r.events.map((e) => e.type)).toEqual(['CreditoDeterminado', 'RecargosCausados', 'PagoRecibido']);
        expect(r.events.every((e) => e.streamId === s)).toBe(true);
        expectStrictlyIncreasing(r.events.map((e) => e.position));
        expect(r.position).toBe(r.events[2]!.position);
        expect(await store.readStream(s)).toEqual(r.events);
      });

      it('reads a stream that does not exist as empty', async () => {
        expect(await store.readStream(stream())).toEqual([]);
      });

      it('keeps every metadata field and stamps registradoEn and schemaVersion at append', async () => {
        const s = stream();
        const antes = Date.now();
        const r = await store.appendToStream(
          s,
          [
            nuevoEvento('PagoRecibido', {}, {
              actor: { userId: 'usr-7', role: 'dependencia', dependencia: 'Secretaría de Salud' },
              correlationId: 'corr-123',
              causationId: 'cmd-456',
              fechaEfecto: '2024-12-31',
            }),
            nuevoEvento('PagoAplicado', {}, { schemaVersion: 3, actor: { userId: 'usr-8', role: 'cajero', dependencia: null } }),
          ],
          { expectedRevision: 'no_stream', idempotencyKey: `banco-${s}` },
        );
        const despues = Date.now();
        const [e0, e1] = await store.readStream(s);
        expect(e0!.metadata).toMatchObject({
          actor: { userId: 'usr-7', role: 'dependencia', dependencia: 'Secretaría de Salud' },
          correlationId: 'corr-123',
          causationId: 'cmd-456',
          fechaEfecto: '2024-12-31',
          schemaVersion: 1,
          idempotencyKey: `banco-${s}`,
        });
        expect(e1!.metadata.schemaVersion).toBe(3);
        expect(e1!.metadata.actor).toEqual({ userId: 'usr-8', role: 'cajero', dependencia: null });
        for (const e of [e0!, e1!]) {
          expect(e.metadata.registradoEn).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
          const t = Date.parse(e.metadata.registradoEn);
          // The database clock may differ slightly from this process's clock.
          expect(t).toBeGreaterThanOrEqual(antes - 2000);
          expect(t).toBeLessThanOrEqual(despues + 2000);
        }
        expect(r.events.map((e) => e.metadata)).toEqual([e0!.metadata, e1!.metadata]);
      });

      it('round-trips amounts as exact decimal strings and nested data unchanged', async () => {
        const s = stream();
        const data = {
          importe: '123456789012345.67',
          recargos: ['0.01', '1000000.00', '0.10'],
          tasa: '0.0147',
          detalle: { concepto: 'Derechos LD art. 21 Bis', cantidad: 3, exento: false, nota: null, texto: 'Ñandú, acción' },
        };
        await store.appendToStream(s, [nuevoEvento('CreditoDeterminado', data)], { expectedRevision: 'no_stream' });
        const [e] = await store.readStream(s);
        expect(e!.data).toEqual(data);
        expect(typeof (e!.data as typeof data).importe).toBe('string');
      });
    });

    describe('unit of work', () => {
      it('appends through the unit; with SQL in it, a failure after the append rolls the append back with the SQL', async () => {
        const s = stream();
        const r = await store.inUnitOfWork(async (uow) => uow.appendToStream(s, [nuevoEvento('CreditoDeterminado')], { expectedRevision: 'no_stream' }));
        expect(r.events).toHaveLength(1);
        const t = stream();
        let conSql = false;
        await expect(
          store.inUnitOfWork(async (uow) => {
            conSql = uow.sql !== null;
            await uow.appendToStream(t, [nuevoEvento('CreditoDeterminado')], { expectedRevision: 'no_stream' });
            throw new Error('falla después del append');
          }),
        ).rejects.toThrow('falla después del append');
        // Without SQL in the unit (EventStoreDB) each append commits by itself: the port says so.
        expect(await store.readStream(t)).toHaveLength(conSql ? 0 : 1);
      });
    });

    describe('expected revision', () => {
      it('refuses no_stream on an existing stream with a ConcurrencyError naming the actual revision', async () => {
        const s = stream();
        await store.appendToStream(s, [nuevoEvento('A'), nuevoEvento('B')], { expectedRevision: 'no_stream' });
        const error = await rejection(store.appendToStream(s, [nuevoEvento('C')], { expectedRevision: 'no_stream' }));
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error).toMatchObject({ streamId: s, expected: 'no_stream', actual: 1 });
        expect(await store.readStream(s)).toHaveLength(2);
      });

      it('appends at the exact revision it read and refuses a stale or future one', async () => {
        const s = stream();
        const first = await store.appendToStream(s, [nuevoEvento('A')], { expectedRevision: 'no_stream' });
        const second = await store.appendToStream(s, [nuevoEvento('B'), nuevoEvento('C')], { expectedRevision: first.nextExpectedRevision });
        expect(second.nextExpectedRevision).toBe(2);
        expect(second.events.map((e) => e.revision)).toEqual([1, 2]);
        const stale = await rejection(store.appendToStream(s, [nuevoEvento('D')], { expectedRevision: 0 }));
        expect(stale).toBeInstanceOf(ConcurrencyError);
        expect(stale).toMatchObject({ streamId: s, expected: 0, actual: 2 });
        const future = await rejection(store.appendToStream(s, [nuevoEvento('D')], { expectedRevision: 5 }));
        expect(future).toMatchObject({ expected: 5, actual: 2 });
        expect((await store.readStream(s)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });

      it('refuses an exact revision on a stream that does not exist, with actual no_stream', async () => {
        const s = stream();
        const error = await rejection(store.appendToStream(s, [nuevoEvento('A')], { expectedRevision: 0 }));
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error).toMatchObject({ expected: 0, actual: 'no_stream' });
      });

      it('appends with any whether or not the stream exists', async () => {
        const s = stream();
        const a = await store.appendToStream(s, [nuevoEvento('A')], { expectedRevision: 'any' });
        const b = await store.appendToStream(s, [nuevoEvento('B')], { expectedRevision: 'any' });
        expect([a.nextExpectedRevision, b.nextExpectedRevision]).toEqual([0, 1]);
      });

      it('appends nothing for an empty decision but still refuses a wrong expected revision', async () => {
        const s = stream();
        const nada = await store.appendToStream(s, [], { expectedRevision: 'no_stream' });
        expect(nada).toMatchObject({ events: [], duplicate: false, nextExpectedRevision: -1 });
        expect(await store.readStream(s)).toEqual([]);
        await store.appendToStream(s, [nuevoEvento('A')], { expectedRevision: 'no_stream' });
        await expect(store.appendToStream(s, [], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(ConcurrencyError);
        expect((await store.appendToStream(s, [], { expectedRevision: 0 })).nextExpectedRevision).toBe(0);
        expect(await store.readStream(s)).toHaveLength(1);
      });

      it('lets exactly one of two racing writers at the same revision win; the other gets a ConcurrencyError', async () => {
        const s = stream();
        await store.appendToStream(s, [nuevoEvento('A')], { expectedRevision: 'no_stream' });
        const results = await Promise.allSettled(
          [1, 2, 3, 4].map((i) => store.appendToStream(s, [nuevoEvento(`B${i}`)], { expectedRevision: 0 })),
        );
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(3);
        for (const l of lost) {
          expect(l.reason).toBeInstanceOf(ConcurrencyError);
          expect(l.reason).toMatchObject({ expected: 0, actual: 1 });
        }
        expect(await store.readStream(s)).toHaveLength(2);
      });
    });

    describe('idempotent append', () => {
      it('appends once for a key seen twice and answers the second call with the first result, marked duplicate', async () => {
        const s = stream('PagoBancario');
        const key = `ref-bancaria-${s}`;
        const first = await store.appendToStream(s, [nuevoEvento('PagoRecibido', { importe: '150.00' })], { expectedRevision: 'no_stream', idempotencyKey: key });
        const again = await store.appendToStream(s, [nuevoEvento('PagoRecibido', { importe: '150.00' })], { expectedRevision: 'no_stream', idempotencyKey: key });
        expect(first.duplicate).toBe(false);
        expect(again.duplicate).toBe(true);
        expect(again.events).toEqual(first.events);
        expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(again.position).toBe(first.position);
        expect(await store.readStream(s)).toHaveLength(1);
        expect(await store.findByIdempotencyKey(key)).toEqual({ ...first, duplicate: true });
      });

      it('returns the first result even when the repeated command carries a revision that is now stale', async () => {
        const s = stream('PagoBancario');
        const key = `ref-${s}`;
        const first = await store.appendToStream(s, [nuevoEvento('PagoRecibido'), nuevoEvento('PagoAplicado')], { expectedRevision: 'no_stream', idempotencyKey: key });
        await store.appendToStream(s, [nuevoEvento('Otro')], { expectedRevision: 1 });
        const again = await store.appendToStream(s, [nuevoEvento('PagoRecibido')], { expectedRevision: 'any', idempotencyKey: key });
        expect(again).toMatchObject({ duplicate: true, nextExpectedRevision: 1, position: first.position });
        expect(again.events.map((e) => e.eventId)).toEqual(first.events.map((e) => e.eventId));
        expect(await store.readStream(s)).toHaveLength(3);
      });

      it('answers null for a key never used', async () => {
        expect(await store.findByIdempotencyKey(`nunca-${randomUUID()}`)).toBeNull();
      });

      it('writes once when two appends with the same key race, and the loser gets the winner result', async () => {
        for (const expectedRevision of ['no_stream', 'any'] as const) {
          const s = stream('PagoBancario');
          const key = `carrera-${s}`;
          const results = await Promise.all(
            [0, 1, 2].map(() => store.appendToStream(s, [nuevoEvento('PagoRecibido', { importe: '99.90' })], { expectedRevision, idempotencyKey: key })),
          );
          expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
          const winner = results.find((r) => !r.duplicate)!;
          for (const r of results) expect(r.events.map((e) => e.eventId)).toEqual(winner.events.map((e) => e.eventId));
          expect(await store.readStream(s)).toHaveLength(1);
        }
      });
    });

    describe('reading as of a revision or an instant', () => {
      it('reads a stream up to and including a revision', async () => {
        const s = stream();
        await store.appendToStream(s, ['A', 'B', 'C', 'D'].map((t) => nuevoEvento(t)), { expectedRevision: 'no_stream' });
        expect((await store.readStream(s, { toRevision: 1 })).map((e) => e.type)).toEqual(['A', 'B']);
        expect((await store.readStream(s, { toRevision: 0 })).map((e) => e.type)).toEqual(['A']);
        expect(await store.readStream(s, { toRevision: 10 })).toHaveLength(4);
      });

      it('reads a stream as it was recorded at an instant', async () => {
        const s = stream();
        const first = await store.appendToStream(s, [nuevoEvento('A'), nuevoEvento('B')], { expectedRevision: 'no_stream' });
        await sleep(30);
        await store.appendToStream(s, [nuevoEvento('C')], { expectedRevision: 1 });
        const instante = first.events[1]!.metadata.registradoEn;
        expect((await store.readStream(s, { recordedUpTo: instante })).map((e) => e.type)).toEqual(['A', 'B']);
        expect(await store.readStream(s, { recordedUpTo: '2000-01-01T00:00:00.000Z' })).toEqual([]);
        expect(await store.readStream(s, { recordedUpTo: new Date(Date.now() + 60_000).toISOString() })).toHaveLength(3);
      });
    });

    describe('global log', () => {
      it('pages through the global log after a position, in position order', async () => {
        const head = await visibleHead(store, store.highest);
        const a = stream();
        const b = stream();
        const r1 = await store.appendToStream(a, [nuevoEvento('A1'), nuevoEvento('A2')], { expectedRevision: 'no_stream' });
        const r2 = await store.appendToStream(b, [nuevoEvento('B1')], { expectedRevision: 'no_stream' });
        const r3 = await store.appendToStream(a, [nuevoEvento('A3'), nuevoEvento('A4')], { expectedRevision: 1 });
        const appended = [...r1.events, ...r2.events, ...r3.events];
        await visibleHead(store, r3.position);
        const pages: RecordedEvent[][] = [];
        let after = head;
        for (;;) {
          const page = await store.readAll({ after, limit: 2 });
          if (page.length === 0) break;
          expect(page.length).toBeLessThanOrEqual(2);
          pages.push(page);
          after = page[page.length - 1]!.position;
        }
        expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
        expect(pages.flat()).toEqual(appended);
        expect(await store.readAll({ after: r1.position, limit: 10 })).toEqual([...r2.events, ...r3.events]);
        expect((await store.readAll({ limit: 1 }))[0]!.position).toBeLessThanOrEqual(appended[0]!.position);
      });

      it('reports the head position as the position of the last committed event', async () => {
        const r = await store.appendToStream(stream(), [nuevoEvento('A'), nuevoEvento('B')], { expectedRevision: 'no_stream' });
        expect(await visibleHead(store, r.position)).toBe(r.position);
        expect(await store.readAll({ after: r.position, limit: 10 })).toEqual([]);
      });
    });

    describe('subscription', () => {
      it('catches up on history and then receives live appends, in order, once', async () => {
        const head = await visibleHead(store, store.highest);
        const s = stream();
        const history = await store.appendToStream(s, [nuevoEvento('A'), nuevoEvento('B'), nuevoEvento('C')], { expectedRevision: 'no_stream' });
        const received: RecordedEvent[] = [];
        const sub = store.subscribeToAll({ after: head, batchSize: 2 }, async (e) => {
          received.push(e);
        });
        await waitFor(() => received.length >= 3, 'historia');
        const live = await store.appendToStream(s, [nuevoEvento('D'), nuevoEvento('E')], { expectedRevision: 2 });
        await waitFor(() => received.length >= 5, 'eventos en vivo');
        await sleep(50);
        await sub.stop();
        await expect(sub.done).resolves.toBeUndefined();
        expect(received).toEqual([...history.events, ...live.events]);
      });

      it('calls the handler no more after stop()', async () => {
        const head = await visibleHead(store, store.highest);
        const received: RecordedEvent[] = [];
        const sub = store.subscribeToAll({ after: head }, async (e) => {
          received.push(e);
        });
        const s = stream();
        await store.appendToStream(s, [nuevoEvento('A')], { expectedRevision: 'no_stream' });
        await waitFor(() => received.length >= 1, 'primer evento');
        await sub.stop();
        await store.appendToStream(s, [nuevoEvento('B')], { expectedRevision: 0 });
        await sleep(300);
        expect(received.map((e) => e.type)).toEqual(['A']);
      });

      it('ends the subscription with the handler error: done rejects and no later event is delivered', async () => {
        const head = await visibleHead(store, store.highest);
        const s = stream();
        await store.appendToStream(s, [nuevoEvento('A'), nuevoEvento('Falla'), nuevoEvento('C')], { expectedRevision: 'no_stream' });
        const seen: string[] = [];
        const sub = store.subscribeToAll({ after: head }, async (e) => {
          seen.push(e.type);
          if (e.type === 'Falla') throw new Error('proyección rota');
        });
        await expect(sub.done).rejects.toThrow('proyección rota');
        expect(seen).toEqual(['A', 'Falla']);
        await sub.stop();
      });
    });

    describe('concurrency', () => {
      it('delivers every event of 8 concurrent writers to a live subscriber exactly once, in strictly increasing position order', async () => {
        const head = await visibleHead(store, store.highest);
        const received: RecordedEvent[] = [];
        const sub = store.subscribeToAll({ after: head, batchSize: 50 }, async (e) => {
          received.push(e);
        });
        const shared = [stream('Compartido'), stream('Compartido')];
        const writers = 8;
        const appendsPerWriter = 50;
        let conflicts = 0;
        const appended: AppendResult[] = [];
        const writer = async (w: number) => {
          const own = stream(`Escritor${w}`);
          let ownRevision: number | 'no_stream' = 'no_stream';
          for (let i = 0; i < appendsPerWriter; i++) {
            if (i % 2 === 0) {
              const r = await store.appendToStream(own, [nuevoEvento('Propio', { w, i })], { expectedRevision: ownRevision });
              ownRevision = r.nextExpectedRevision;
              appended.push(r);
              continue;
            }
            const target = shared[(w + i) % shared.length]!;
            for (;;) {
              const current = await store.readStream(target);
              const expected = current.length === 0 ? ('no_stream' as const) : current[current.length - 1]!.revision;
              try {
                appended.push(await store.appendToStream(target, [nuevoEvento('Compartido', { w, i })], { expectedRevision: expected }));
                break;
              } catch (error) {
                if (!(error instanceof ConcurrencyError)) throw error;
                conflicts++;
              }
            }
          }
        };
        await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
        const total = writers * appendsPerWriter;
        expect(appended).toHaveLength(total);
        await waitFor(() => received.length >= total, `${total} eventos en el suscriptor`, 30_000);
        await sleep(100);
        await sub.stop();
        expect(received).toHaveLength(total);
        expectStrictlyIncreasing(received.map((e) => e.position));
        const expectedIds = new Set(appended.flatMap((r) => r.events.map((e) => e.eventId)));
        expect(new Set(received.map((e) => e.eventId))).toEqual(expectedIds);
        for (const s of shared) {
          const revisions = (await store.readStream(s)).map((e) => e.revision);
          expect(revisions).toEqual(revisions.map((_, i) => i));
        }
        // Racing on the shared streams must have produced conflicts, or the test did not test a race.
        expect(conflicts).toBeGreaterThan(0);
      });
    });
  });
}

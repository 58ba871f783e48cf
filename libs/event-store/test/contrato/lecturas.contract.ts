// Reads: a stream as of a revision or an instant, the global log in pages and its head, and the catch-up subscription.
import type { RecordedEvent } from '../../src/event-store.port';
import { nuevoEvento, sleep, visibleHead, waitFor, type ContextoDeContrato } from './apoyo';

export function contratoDeLecturas(ctx: ContextoDeContrato): void {
  describe('reading as of a revision or an instant', () => {
    it('reads a stream up to and including a revision', async () => {
      const s = ctx.stream();
      await ctx.store.appendToStream(s, ['A', 'B', 'C', 'D'].map((t) => nuevoEvento(t)), { expectedRevision: 'no_stream' });
      expect((await ctx.store.readStream(s, { toRevision: 1 })).map((e) => e.type)).toEqual(['A', 'B']);
      expect((await ctx.store.readStream(s, { toRevision: 0 })).map((e) => e.type)).toEqual(['A']);
      expect(await ctx.store.readStream(s, { toRevision: 10 })).toHaveLength(4);
    });

    it('reads a stream as it was recorded at an instant', async () => {
      const s = ctx.stream();
      const first = await ctx.store.appendToStream(s, [nuevoEvento('A'), nuevoEvento('B')], { expectedRevision: 'no_stream' });
      await sleep(30);
      await ctx.store.appendToStream(s, [nuevoEvento('C')], { expectedRevision: 1 });
      const instante = first.events[1]!.metadata.registradoEn;
      expect((await ctx.store.readStream(s, { recordedUpTo: instante })).map((e) => e.type)).toEqual(['A', 'B']);
      expect(await ctx.store.readStream(s, { recordedUpTo: '2000-01-01T00:00:00.000Z' })).toEqual([]);
      expect(await ctx.store.readStream(s, { recordedUpTo: new Date(Date.now() + 60_000).toISOString() })).toHaveLength(3);
    });
  });

  describe('global log', () => {
    it('pages through the global log after a position, in position order', async () => {
      const head = await visibleHead(ctx.store, ctx.store.highest);
      const a = ctx.stream();
      const b = ctx.stream();
      const r1 = await ctx.store.appendToStream(a, [nuevoEvento('A1'), nuevoEvento('A2')], { expectedRevision: 'no_stream' });
      const r2 = await ctx.store.appendToStream(b, [nuevoEvento('B1')], { expectedRevision: 'no_stream' });
      const r3 = await ctx.store.appendToStream(a, [nuevoEvento('A3'), nuevoEvento('A4')], { expectedRevision: 1 });
      const appended = [...r1.events, ...r2.events, ...r3.events];
      await visibleHead(ctx.store, r3.position);
      const pages: RecordedEvent[][] = [];
      let after = head;
      for (;;) {
        const page = await ctx.store.readAll({ after, limit: 2 });
        if (page.length === 0) break;
        expect(page.length).toBeLessThanOrEqual(2);
        pages.push(page);
        after = page[page.length - 1]!.position;
      }
      expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
      expect(pages.flat()).toEqual(appended);
      expect(await ctx.store.readAll({ after: r1.position, limit: 10 })).toEqual([...r2.events, ...r3.events]);
      expect((await ctx.store.readAll({ limit: 1 }))[0]!.position).toBeLessThanOrEqual(appended[0]!.position);
    });

    it('reports the head position as the position of the last committed event', async () => {
      const r = await ctx.store.appendToStream(ctx.stream(), [nuevoEvento('A'), nuevoEvento('B')], { expectedRevision: 'no_stream' });
      expect(await visibleHead(ctx.store, r.position)).toBe(r.position);
      expect(await ctx.store.readAll({ after: r.position, limit: 10 })).toEqual([]);
    });
  });

  describe('subscription', () => {
    it('catches up on history and then receives live appends, in order, once', async () => {
      const head = await visibleHead(ctx.store, ctx.store.highest);
      const s = ctx.stream();
      const history = await ctx.store.appendToStream(s, [nuevoEvento('A'), nuevoEvento('B'), nuevoEvento('C')], { expectedRevision: 'no_stream' });
      const received: RecordedEvent[] = [];
      const sub = ctx.store.subscribeToAll({ after: head, batchSize: 2 }, async (e) => {
        received.push(e);
      });
      await waitFor(() => received.length >= 3, 'historia');
      const live = await ctx.store.appendToStream(s, [nuevoEvento('D'), nuevoEvento('E')], { expectedRevision: 2 });
      await waitFor(() => received.length >= 5, 'eventos en vivo');
      await sleep(50);
      await sub.stop();
      await expect(sub.done).resolves.toBeUndefined();
      expect(received).toEqual([...history.events, ...live.events]);
    });

    it('calls the handler no more after stop()', async () => {
      const head = await visibleHead(ctx.store, ctx.store.highest);
      const received: RecordedEvent[] = [];
      const sub = ctx.store.subscribeToAll({ after: head }, async (e) => {
        received.push(e);
      });
      const s = ctx.stream();
      await ctx.store.appendToStream(s, [nuevoEvento('A')], { expectedRevision: 'no_stream' });
      await waitFor(() => received.length >= 1, 'primer evento');
      await sub.stop();
      await ctx.store.appendToStream(s, [nuevoEvento('B')], { expectedRevision: 0 });
      await sleep(300);
      expect(received.map((e) => e.type)).toEqual(['A']);
    });

    it('ends the subscription with the handler error: done rejects and no later event is delivered', async () => {
      const head = await visibleHead(ctx.store, ctx.store.highest);
      const s = ctx.stream();
      await ctx.store.appendToStream(s, [nuevoEvento('A'), nuevoEvento('Falla'), nuevoEvento('C')], { expectedRevision: 'no_stream' });
      const seen: string[] = [];
      const sub = ctx.store.subscribeToAll({ after: head }, async (e) => {
        seen.push(e.type);
        if (e.type === 'Falla') throw new Error('proyección rota');
      });
      await expect(sub.done).rejects.toThrow('proyección rota');
      expect(seen).toEqual(['A', 'Falla']);
      await sub.stop();
    });
  });
}

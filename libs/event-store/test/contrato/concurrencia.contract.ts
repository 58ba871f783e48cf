// Many writers at once: every event reaches a live subscriber once, in strictly increasing positions, with
// real conflicts on the shared streams.
import { ConcurrencyError, type AppendResult, type RecordedEvent } from '../../src/event-store.port';
import { expectStrictlyIncreasing, nuevoEvento, sleep, visibleHead, waitFor, type ContextoDeContrato } from './apoyo';

export function contratoDeConcurrencia(ctx: ContextoDeContrato): void {
  describe('concurrency', () => {
    it('delivers every event of 8 concurrent writers to a live subscriber exactly once, in strictly increasing position order', async () => {
      const head = await visibleHead(ctx.store, ctx.store.highest);
      const received: RecordedEvent[] = [];
      const sub = ctx.store.subscribeToAll({ after: head, batchSize: 50 }, async (e) => {
        received.push(e);
      });
      const shared = [ctx.stream('Compartido'), ctx.stream('Compartido')];
      const writers = 8;
      const appendsPerWriter = 50;
      let conflicts = 0;
      const appended: AppendResult[] = [];
      const writer = async (w: number) => {
        const own = ctx.stream(`Escritor${w}`);
        let ownRevision: number | 'no_stream' = 'no_stream';
        for (let i = 0; i < appendsPerWriter; i++) {
          if (i % 2 === 0) {
            const r = await ctx.store.appendToStream(own, [nuevoEvento('Propio', { w, i })], { expectedRevision: ownRevision });
            ownRevision = r.nextExpectedRevision;
            appended.push(r);
            continue;
          }
          const target = shared[(w + i) % shared.length]!;
          for (;;) {
            const current = await ctx.store.readStream(target);
            const expected = current.length === 0 ? ('no_stream' as const) : current[current.length - 1]!.revision;
            try {
              appended.push(await ctx.store.appendToStream(target, [nuevoEvento('Compartido', { w, i })], { expectedRevision: expected }));
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
        const revisions = (await ctx.store.readStream(s)).map((e) => e.revision);
        expect(revisions).toEqual(revisions.map((_, i) => i));
      }
      // Racing on the shared streams must have produced conflicts, or the test did not test a race.
      expect(conflicts).toBeGreaterThan(0);
    });
  });
}

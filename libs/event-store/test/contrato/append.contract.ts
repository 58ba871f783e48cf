// Appending: a batch read back in revision order with its metadata and exact amounts, and the expected revision
// that makes the optimistic check (no_stream, exact, any, an empty decision, racing writers).
import { ConcurrencyError } from '../../src/event-store.port';
import { expectStrictlyIncreasing, nuevoEvento, rejection, type ContextoDeContrato } from './apoyo';

export function contratoDeAppend(ctx: ContextoDeContrato): void {
  describe('append and readStream', () => {
    it('appends a batch to a new stream and reads it back in revision order with increasing positions', async () => {
      const s = ctx.stream();
      const r = await ctx.store.appendToStream(s, [nuevoEvento('CreditoDeterminado'), nuevoEvento('RecargosCausados'), nuevoEvento('PagoRecibido')], {
        expectedRevision: 'no_stream',
      });
      expect(r.duplicate).toBe(false);
      expect(r.nextExpectedRevision).toBe(2);
      expect(r.events.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(r.events.map((e) => e.type)).toEqual(['CreditoDeterminado', 'RecargosCausados', 'PagoRecibido']);
      expect(r.events.every((e) => e.streamId === s)).toBe(true);
      expectStrictlyIncreasing(r.events.map((e) => e.position));
      expect(r.position).toBe(r.events[2]!.position);
      expect(await ctx.store.readStream(s)).toEqual(r.events);
    });

    it('reads a stream that does not exist as empty', async () => {
      expect(await ctx.store.readStream(ctx.stream())).toEqual([]);
    });

    it('keeps every metadata field and stamps registradoEn and schemaVersion at append', async () => {
      const s = ctx.stream();
      const antes = Date.now();
      const r = await ctx.store.appendToStream(
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
      const [e0, e1] = await ctx.store.readStream(s);
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
      const s = ctx.stream();
      const data = {
        importe: '123456789012345.67',
        recargos: ['0.01', '1000000.00', '0.10'],
        tasa: '0.0147',
        detalle: { concepto: 'Derechos LD art. 21 Bis', cantidad: 3, exento: false, nota: null, texto: 'Ñandú, acción' },
      };
      await ctx.store.appendToStream(s, [nuevoEvento('CreditoDeterminado', data)], { expectedRevision: 'no_stream' });
      const [e] = await ctx.store.readStream(s);
      expect(e!.data).toEqual(data);
      expect(typeof (e!.data as typeof data).importe).toBe('string');
    });
  });

  describe('expected revision', () => {
    it('refuses no_stream on an existing stream with a ConcurrencyError naming the actual revision', async () => {
      const s = ctx.stream();
      await ctx.store.appendToStream(s, [nuevoEvento('A'), nuevoEvento('B')], { expectedRevision: 'no_stream' });
      const error = await rejection(ctx.store.appendToStream(s, [nuevoEvento('C')], { expectedRevision: 'no_stream' }));
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ streamId: s, expected: 'no_stream', actual: 1 });
      expect(await ctx.store.readStream(s)).toHaveLength(2);
    });

    it('appends at the exact revision it read and refuses a stale or future one', async () => {
      const s = ctx.stream();
      const first = await ctx.store.appendToStream(s, [nuevoEvento('A')], { expectedRevision: 'no_stream' });
      const second = await ctx.store.appendToStream(s, [nuevoEvento('B'), nuevoEvento('C')], { expectedRevision: first.nextExpectedRevision });
      expect(second.nextExpectedRevision).toBe(2);
      expect(second.events.map((e) => e.revision)).toEqual([1, 2]);
      const stale = await rejection(ctx.store.appendToStream(s, [nuevoEvento('D')], { expectedRevision: 0 }));
      expect(stale).toBeInstanceOf(ConcurrencyError);
      expect(stale).toMatchObject({ streamId: s, expected: 0, actual: 2 });
      const future = await rejection(ctx.store.appendToStream(s, [nuevoEvento('D')], { expectedRevision: 5 }));
      expect(future).toMatchObject({ expected: 5, actual: 2 });
      expect((await ctx.store.readStream(s)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
    });

    it('refuses an exact revision on a stream that does not exist, with actual no_stream', async () => {
      const s = ctx.stream();
      const error = await rejection(ctx.store.appendToStream(s, [nuevoEvento('A')], { expectedRevision: 0 }));
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ expected: 0, actual: 'no_stream' });
    });

    it('appends with any whether or not the stream exists', async () => {
      const s = ctx.stream();
      const a = await ctx.store.appendToStream(s, [nuevoEvento('A')], { expectedRevision: 'any' });
      const b = await ctx.store.appendToStream(s, [nuevoEvento('B')], { expectedRevision: 'any' });
      expect([a.nextExpectedRevision, b.nextExpectedRevision]).toEqual([0, 1]);
    });

    it('appends nothing for an empty decision but still refuses a wrong expected revision', async () => {
      const s = ctx.stream();
      const nada = await ctx.store.appendToStream(s, [], { expectedRevision: 'no_stream' });
      expect(nada).toMatchObject({ events: [], duplicate: false, nextExpectedRevision: -1 });
      expect(await ctx.store.readStream(s)).toEqual([]);
      await ctx.store.appendToStream(s, [nuevoEvento('A')], { expectedRevision: 'no_stream' });
      await expect(ctx.store.appendToStream(s, [], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await ctx.store.appendToStream(s, [], { expectedRevision: 0 })).nextExpectedRevision).toBe(0);
      expect(await ctx.store.readStream(s)).toHaveLength(1);
    });

    it('lets exactly one of two racing writers at the same revision win; the other gets a ConcurrencyError', async () => {
      const s = ctx.stream();
      await ctx.store.appendToStream(s, [nuevoEvento('A')], { expectedRevision: 'no_stream' });
      const results = await Promise.allSettled(
        [1, 2, 3, 4].map((i) => ctx.store.appendToStream(s, [nuevoEvento(`B${i}`)], { expectedRevision: 0 })),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(3);
      for (const l of lost) {
        expect(l.reason).toBeInstanceOf(ConcurrencyError);
        expect(l.reason).toMatchObject({ expected: 0, actual: 1 });
      }
      expect(await ctx.store.readStream(s)).toHaveLength(2);
    });
  });
}

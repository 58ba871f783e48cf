// Idempotent append: one write per key, the first result for a repeated key, even when two appends race.
import { randomUUID } from 'node:crypto';
import { nuevoEvento, type ContextoDeContrato } from './apoyo';

export function contratoDeIdempotencia(ctx: ContextoDeContrato): void {
  describe('idempotent append', () => {
    it('appends once for a key seen twice and answers the second call with the first result, marked duplicate', async () => {
      const s = ctx.stream('PagoBancario');
      const key = `ref-bancaria-${s}`;
      const first = await ctx.store.appendToStream(s, [nuevoEvento('PagoRecibido', { importe: '150.00' })], { expectedRevision: 'no_stream', idempotencyKey: key });
      const again = await ctx.store.appendToStream(s, [nuevoEvento('PagoRecibido', { importe: '150.00' })], { expectedRevision: 'no_stream', idempotencyKey: key });
      expect(first.duplicate).toBe(false);
      expect(again.duplicate).toBe(true);
      expect(again.events).toEqual(first.events);
      expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
      expect(again.position).toBe(first.position);
      expect(await ctx.store.readStream(s)).toHaveLength(1);
      expect(await ctx.store.findByIdempotencyKey(key)).toEqual({ ...first, duplicate: true });
    });

    it('returns the first result even when the repeated command carries a revision that is now stale', async () => {
      const s = ctx.stream('PagoBancario');
      const key = `ref-${s}`;
      const first = await ctx.store.appendToStream(s, [nuevoEvento('PagoRecibido'), nuevoEvento('PagoAplicado')], { expectedRevision: 'no_stream', idempotencyKey: key });
      await ctx.store.appendToStream(s, [nuevoEvento('Otro')], { expectedRevision: 1 });
      const again = await ctx.store.appendToStream(s, [nuevoEvento('PagoRecibido')], { expectedRevision: 'any', idempotencyKey: key });
      expect(again).toMatchObject({ duplicate: true, nextExpectedRevision: 1, position: first.position });
      expect(again.events.map((e) => e.eventId)).toEqual(first.events.map((e) => e.eventId));
      expect(await ctx.store.readStream(s)).toHaveLength(3);
    });

    it('answers null for a key never used', async () => {
      expect(await ctx.store.findByIdempotencyKey(`nunca-${randomUUID()}`)).toBeNull();
    });

    it('writes once when two appends with the same key race, and the loser gets the winner result', async () => {
      for (const expectedRevision of ['no_stream', 'any'] as const) {
        const s = ctx.stream('PagoBancario');
        const key = `carrera-${s}`;
        const results = await Promise.all(
          [0, 1, 2].map(() => ctx.store.appendToStream(s, [nuevoEvento('PagoRecibido', { importe: '99.90' })], { expectedRevision, idempotencyKey: key })),
        );
        expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
        const winner = results.find((r) => !r.duplicate)!;
        for (const r of results) expect(r.events.map((e) => e.eventId)).toEqual(winner.events.map((e) => e.eventId));
        expect(await ctx.store.readStream(s)).toHaveLength(1);
      }
    });
  });
}

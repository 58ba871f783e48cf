// The port's unit of work: an append inside it, rolled back with the SQL when the unit fails (where there is SQL).
import { nuevoEvento, type ContextoDeContrato } from './apoyo';

export function contratoDeUnidadDeTrabajo(ctx: ContextoDeContrato): void {
  describe('unit of work', () => {
    it('appends through the unit; with SQL in it, a failure after the append rolls the append back with the SQL', async () => {
      const s = ctx.stream();
      const r = await ctx.store.inUnitOfWork(async (uow) => uow.appendToStream(s, [nuevoEvento('CreditoDeterminado')], { expectedRevision: 'no_stream' }));
      expect(r.events).toHaveLength(1);
      const t = ctx.stream();
      let conSql = false;
      await expect(
        ctx.store.inUnitOfWork(async (uow) => {
          conSql = uow.sql !== null;
          await uow.appendToStream(t, [nuevoEvento('CreditoDeterminado')], { expectedRevision: 'no_stream' });
          throw new Error('falla después del append');
        }),
      ).rejects.toThrow('falla después del append');
      // Without SQL in the unit (EventStoreDB) each append commits by itself: the port says so.
      expect(await ctx.store.readStream(t)).toHaveLength(conSql ? 0 : 1);
    });
  });
}

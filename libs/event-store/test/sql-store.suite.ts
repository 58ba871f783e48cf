// What the SQL adapters (PGlite and PostgreSQL) promise beyond the port's contract: a COMMIT that the server
// turned into a rollback is an error, registradoEn never decreases along the log, and a store whose sequences
// are behind its log (a restore without them) refuses to open until event_store_after_restore has run.
import { randomUUID } from 'node:crypto';
import { assertSequencesCoverLog, StoreNeedsRestoreStepError, TransactionRolledBackError, type SqlDatabase, type SqlEventStore } from '../src';
import { nuevoEvento } from './contract.suite';

export interface SqlStoreUnderTest {
  readonly store: SqlEventStore;
  readonly db: SqlDatabase;
}

export function describeSqlEventStore(name: string, factory: () => Promise<SqlStoreUnderTest>): void {
  describe(`SQL event store: ${name}`, () => {
    it('refuses to report a COMMIT that the server answered with ROLLBACK, and nothing is written', async () => {
      const { store, db } = await factory();
      const stream = `Commit-abortado-${randomUUID()}`;
      const outcome = db.transaction(async (tx) => {
        await store.appendWithin(tx, stream, [nuevoEvento('PagoRecibido')], { expectedRevision: 'no_stream' });
        // A failed statement the caller swallows leaves the transaction aborted; COMMIT then rolls it back.
        await tx.query('SELECT 1 / 0').catch(() => undefined);
        return 'escrito';
      });
      await expect(outcome).rejects.toBeInstanceOf(TransactionRolledBackError);
      await expect(outcome).rejects.toThrow(/se revirtió/);
      expect(await store.readStream(stream)).toEqual([]);
    });

    it('never records an event earlier than the one before it, even when the clock goes back', async () => {
      const { store, db } = await factory();
      const first = await store.appendToStream(`Reloj-${randomUUID()}`, [nuevoEvento('A')], { expectedRevision: 'no_stream' });
      // The clock stepped back an hour since the previous append (NTP correction, failover to a skewed host).
      const ahead = Date.parse(first.events[0]!.metadata.registradoEn) + 3_600_000;
      await db.query("SELECT setval('event_store_clock_ms', $1)", [ahead]);
      const next = await store.appendToStream(`Reloj-${randomUUID()}`, [nuevoEvento('B'), nuevoEvento('C')], { expectedRevision: 'no_stream' });
      expect(next.events.map((e) => Date.parse(e.metadata.registradoEn))).toEqual([ahead, ahead]);
      expect((await store.readStream(next.events[0]!.streamId))[0]!.metadata.registradoEn).toBe(new Date(ahead).toISOString());
      const later = await store.appendToStream(`Reloj-${randomUUID()}`, [nuevoEvento('D')], { expectedRevision: 'no_stream' });
      expect(Date.parse(later.events[0]!.metadata.registradoEn)).toBeGreaterThanOrEqual(ahead);
    });

    it('refuses to open on a log its position sequence is behind, saying what to do; after_restore repairs it', async () => {
      const { store, db } = await factory();
      const last = await store.appendToStream(`Restaurado-${randomUUID()}`, [nuevoEvento('A')], { expectedRevision: 'no_stream' });
      await assertSequencesCoverLog(db);
      await db.query("SELECT setval('events_position_seq', 1, false)");
      const error = await assertSequencesCoverLog(db).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(StoreNeedsRestoreStepError);
      expect(String((error as Error).message)).toMatch(/restaurar-almacen\.sh --reparar.*event_store_after_restore/);
      await db.query('SELECT * FROM event_store_after_restore()');
      await assertSequencesCoverLog(db);
      const next = await store.appendToStream(`Restaurado-${randomUUID()}`, [nuevoEvento('B')], { expectedRevision: 'no_stream' });
      expect(next.position).toBeGreaterThan(last.position);
    });
  });
}

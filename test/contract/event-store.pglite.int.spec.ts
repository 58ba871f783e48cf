// The event-store contract on PGlite in memory (one instance for the whole file: each costs 2-3 s to create).
import { createEventStore, EVENT_STORE_MIGRATIONS, migrateEventStore, type OpenedEventStore, type PgliteEventStore } from '@tesoreria/event-store';
import { describeEventStoreContract, nuevoEvento } from '../../libs/event-store/test/contract.suite';
import { describeSqlEventStore } from '../../libs/event-store/test/sql-store.suite';

let opened: Promise<OpenedEventStore> | undefined;
const shared = () => (opened ??= createEventStore({ pgliteDataDir: 'memory', pollIntervalMs: 50 }));

afterAll(async () => {
  if (opened) await (await opened).close();
});

describeEventStoreContract('PGlite', async () => ({ store: (await shared()).store, cleanup: async () => undefined }));
describeSqlEventStore('PGlite', async () => {
  const { store, db } = await shared();
  return { store: store as PgliteEventStore, db };
});

describe('PGlite event-store schema', () => {
  it('migrates again without error and without touching the events already stored', async () => {
    const { store, db } = await shared();
    const before = await store.headPosition();
    await migrateEventStore(db);
    await migrateEventStore(db);
    expect(await store.headPosition()).toBe(before);
    const versions = await db.query<{ version: number }>('SELECT version FROM event_store_migrations ORDER BY version');
    expect(versions.rows.map((r) => Number(r.version))).toEqual(EVENT_STORE_MIGRATIONS.map((m) => m.version));
  });
});

describe('PGlite append inside a caller transaction', () => {
  it('commits the events with the transaction and discards them when it rolls back', async () => {
    const { store, db } = await shared();
    const pglite = store as PgliteEventStore;
    await expect(
      db.transaction(async (tx) => {
        await pglite.appendWithin(tx, 'Transaccion-revertida', [nuevoEvento('PagoRecibido')], { expectedRevision: 'no_stream' });
        throw new Error('falla después de anexar');
      }),
    ).rejects.toThrow('falla después de anexar');
    expect(await store.readStream('Transaccion-revertida')).toEqual([]);
    const r = await db.transaction((tx) =>
      pglite.appendWithin(tx, 'Transaccion-confirmada', [nuevoEvento('PagoRecibido')], { expectedRevision: 'no_stream', idempotencyKey: 'tx-1' }),
    );
    expect(await store.readStream('Transaccion-confirmada')).toEqual(r.events);
    expect(await store.findByIdempotencyKey('tx-1')).toEqual({ ...r, duplicate: true });
  });
});

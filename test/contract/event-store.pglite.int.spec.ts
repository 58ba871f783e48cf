// The event-store contract on PGlite in memory (one instance for the whole file: each costs 2-3 s to create).
import { createEventStore, migrateEventStore, type OpenedEventStore } from '@tesoreria/event-store';
import { describeEventStoreContract } from '../../libs/event-store/test/contract.suite';

let opened: Promise<OpenedEventStore> | undefined;
const shared = () => (opened ??= createEventStore({ pgliteDataDir: 'memory', pollIntervalMs: 50 }));

afterAll(async () => {
  if (opened) await (await opened).close();
});

describeEventStoreContract('PGlite', async () => ({ store: (await shared()).store, cleanup: async () => undefined }));

describe('PGlite event-store schema', () => {
  it('migrates again without error and without touching the events already stored', async () => {
    const { store, db } = await shared();
    const before = await store.headPosition();
    await migrateEventStore(db);
    await migrateEventStore(db);
    expect(await store.headPosition()).toBe(before);
    const versions = await db.query<{ version: number }>('SELECT version FROM event_store_migrations ORDER BY version');
    expect(versions.rows.map((r) => Number(r.version))).toEqual([1]);
  });
});

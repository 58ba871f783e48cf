// The event-store contract on a PostgreSQL server (a throw-away database; FAILS without DATABASE_URL), plus the
// horizon: a reader never passes an event whose append is still open (event-store.horizonte.int.spec.ts: and
// nothing else holds it back).
import {
  createEventStore,
  EVENT_STORE_MIGRATIONS,
  migrateEventStore,
  type OpenedEventStore,
  type PgDatabase,
  type PostgresEventStore,
  type RecordedEvent,
} from '@tesoreria/event-store';
import { describeEventStoreContract, nuevoEvento, sleep, waitFor } from '../../libs/event-store/test/contract.suite';
import { describeSqlEventStore } from '../../libs/event-store/test/sql-store.suite';
import { clientOf, createTemporaryDatabase, type TemporaryDatabase } from '../support/postgres';

let tmp: TemporaryDatabase | undefined;
let opened: Promise<OpenedEventStore> | undefined;
const shared = () =>
  (opened ??= (async () => {
    tmp = await createTemporaryDatabase('es');
    return createEventStore({ databaseUrl: tmp.url, pollIntervalMs: 50 });
  })());

afterAll(async () => {
  if (opened) await (await opened).close().catch(() => undefined);
  await tmp?.drop();
});

describeEventStoreContract('PostgreSQL', async () => ({ store: (await shared()).store, cleanup: async () => undefined }));
describeSqlEventStore('PostgreSQL', async () => {
  const { store, db } = await shared();
  return { store: store as PostgresEventStore, db };
});


describe('PostgreSQL high-water mark', () => {
  it('never lets a reader pass an event whose transaction is still open, then delivers both, none skipped', async () => {
    const { store, db } = await shared();
    const pg = store as PostgresEventStore;
    const head = await store.headPosition();
    const received: RecordedEvent[] = [];
    const sub = store.subscribeToAll({ after: head }, async (e) => {
      received.push(e);
    });
    const slow = await (db as PgDatabase).pool.connect();
    try {
      await slow.query('BEGIN');
      const first = await pg.appendWithin(clientOf(slow), 'Lento-1', [nuevoEvento('PagoRecibido')], { expectedRevision: 'any' });
      const later = await store.appendToStream('Rapido-1', [nuevoEvento('PagoRecibido')], { expectedRevision: 'any' });
      expect(later.position).toBeGreaterThan(first.position);
      // The later event is committed, but reading it would let a checkpoint pass the open one.
      expect(await store.readAll({ after: head, limit: 10 })).toEqual([]);
      expect(await store.headPosition()).toBe(head);
      await sleep(300);
      expect(received).toEqual([]);
      await slow.query('COMMIT');
      await waitFor(() => received.length >= 2, 'los dos eventos');
      expect(received.map((e) => e.position)).toEqual([first.position, later.position]);
      expect((await store.readAll({ after: head, limit: 10 })).map((e) => e.streamId)).toEqual(['Lento-1', 'Rapido-1']);
    } finally {
      await slow.query('ROLLBACK').catch(() => undefined);
      slow.release();
      await sub.stop();
    }
  });

  it('lets an append follow another write in its transaction, and readers still wait for that transaction', async () => {
    // Version 1 refused this (its horizon needed transaction ids in position order); the in-flight mark does not.
    const { store, db } = await shared();
    const pg = store as PostgresEventStore;
    const conn = await (db as PgDatabase).pool.connect();
    try {
      await conn.query('BEGIN');
      await conn.query('CREATE TEMPORARY TABLE escritura_previa (x int)');
      const r = await pg.appendWithin(clientOf(conn), 'Orden-1', [nuevoEvento('A')], { expectedRevision: 'any' });
      const later = await store.appendToStream('Orden-2', [nuevoEvento('B')], { expectedRevision: 'any' });
      expect(await store.headPosition()).toBeLessThan(r.position);
      await conn.query('COMMIT');
      expect((await store.readAll({ after: r.position - 1, limit: 10 })).map((e) => e.position)).toEqual([r.position, later.position]);
    } finally {
      await conn.query('ROLLBACK').catch(() => undefined);
      conn.release();
    }
  });

  it('migrates concurrently and repeatedly without error', async () => {
    const { db } = await shared();
    await Promise.all([migrateEventStore(db), migrateEventStore(db), migrateEventStore(db)]);
    const versions = await db.query<{ version: number }>('SELECT version FROM event_store_migrations ORDER BY version');
    expect(versions.rows.map((r) => Number(r.version))).toEqual(EVENT_STORE_MIGRATIONS.map((m) => m.version));
  });
});

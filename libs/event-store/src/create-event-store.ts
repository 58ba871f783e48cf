// Chooses and opens the event store from configuration, migrated and ready. The SqlDatabase returned is where
// read models and checkpoints live: the same PGlite or PostgreSQL as the events, or, in the EventStoreDB mode,
// the PostgreSQL named by databaseUrl.
import { PgliteEventStore } from './adapters/pglite/pglite-event-store';
import { PostgresEventStore } from './adapters/postgresql/postgres-event-store';
import { assertSequencesCoverLog } from './adapters/sql/restore-check';
import { migrateEventStore } from './adapters/sql/schema';
import type { SqlEventStoreOptions } from './adapters/sql/sql-event-store';
import type { EventStore } from './event-store.port';
import type { SqlDatabase } from './sql-database';
import { PgDatabase } from './sql/pg-database';
import { PgliteDatabase } from './sql/pglite-database';

export interface EventStoreConfig {
  /** EventStoreDB/KurrentDB connection string; when set, events go there and databaseUrl is required. */
  readonly eventstoreUrl?: string;
  /** PostgreSQL connection string: events (unless eventstoreUrl) and read models. */
  readonly databaseUrl?: string;
  /** PGlite folder, or 'memory' (the default when neither URL is given). */
  readonly pgliteDataDir?: string | 'memory';
  /** Pool size for PostgreSQL (default 20). */
  readonly poolSize?: number;
  /** How often an idle SQL subscription polls for appends from other processes (default 200 ms). */
  readonly pollIntervalMs?: number;
}

export interface OpenedEventStore {
  readonly store: EventStore;
  readonly db: SqlDatabase;
  /** Stops subscriptions, closes the store and the database. */
  close(): Promise<void>;
}

export async function createEventStore(config: EventStoreConfig): Promise<OpenedEventStore> {
  const sqlOptions: SqlEventStoreOptions = { pollIntervalMs: config.pollIntervalMs, ownsDatabase: true };
  if (config.eventstoreUrl) {
    if (!config.databaseUrl) {
      throw new Error('databaseUrl: con EventStoreDB se requiere PostgreSQL para las proyecciones y los puntos de control');
    }
    const db = PgDatabase.open(config.databaseUrl, { max: config.poolSize ?? 20 });
    // Loaded on demand: the gRPC client costs start-up time that the SQL modes do not need.
    const { EventStoreDbEventStore } = await import('./adapters/eventstoredb/eventstoredb-event-store');
    const store = EventStoreDbEventStore.connect(config.eventstoreUrl);
    return {
      store,
      db,
      async close() {
        await store.close();
        await db.close();
      },
    };
  }
  if (config.databaseUrl) {
    const db = await prepared(PgDatabase.open(config.databaseUrl, { max: config.poolSize ?? 20 }));
    const store = new PostgresEventStore(db, sqlOptions);
    return { store, db, close: () => store.close() };
  }
  const dir = config.pgliteDataDir && config.pgliteDataDir !== 'memory' ? config.pgliteDataDir : undefined;
  const db = await prepared(await PgliteDatabase.open(dir));
  const store = new PgliteEventStore(db, sqlOptions);
  return { store, db, close: () => store.close() };
}

/** The SQL stores' schema migrated and their sequences checked against the log; the database closed on failure. */
async function prepared<D extends SqlDatabase>(db: D): Promise<D> {
  try {
    await migrateEventStore(db);
    await assertSequencesCoverLog(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

// Event store on PGlite (PostgreSQL in WASM, one connection, one process): the default for `npm start`. Its
// statements run one at a time; the readers' horizon of the shared SQL only matters inside a transaction.
import type { PgliteDatabase } from '../../sql/pglite-database';
import { SqlEventStore, type SqlEventStoreOptions } from '../sql/sql-event-store';

export class PgliteEventStore extends SqlEventStore {
  readonly kind = 'pglite' as const;

  /** The schema must exist: run migrateEventStore(db) first (createEventStore does). */
  constructor(db: PgliteDatabase, options: SqlEventStoreOptions = {}) {
    super(db, options);
  }
}

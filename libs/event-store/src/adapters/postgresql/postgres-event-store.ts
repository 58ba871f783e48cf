// Event store on a PostgreSQL server through a `pg` pool. Many writers run at once; readers see the log only up
// to the horizon of this store's own open appends (README.md), so they never pass an event still to commit.
import type { PgDatabase } from '../../sql/pg-database';
import { SqlEventStore, type SqlEventStoreOptions } from '../sql/sql-event-store';

export class PostgresEventStore extends SqlEventStore {
  readonly kind = 'postgresql' as const;

  /** The schema must exist: run migrateEventStore(db) first (createEventStore does). */
  constructor(db: PgDatabase, options: SqlEventStoreOptions = {}) {
    super(db, options);
  }
}

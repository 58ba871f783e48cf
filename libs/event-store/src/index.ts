export * from './event-store.port';
export * from './sql-database';
export * from './sql/pglite-database';
export * from './sql/pg-database';

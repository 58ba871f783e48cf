export * from './event-store.port';
export * from './sql-database';

// Injection tokens of the event store and of the SQL database of read models and checkpoints (plain symbols: the
// Nest wiring that provides them is libs/plataforma/src/nest/plataforma.module.ts).
export const EVENT_STORE = Symbol('EVENT_STORE');
export const SQL_DATABASE = Symbol('SQL_DATABASE');

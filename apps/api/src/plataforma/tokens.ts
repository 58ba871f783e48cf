// Injection tokens of the platform: the event store, the SQL database of read models and checkpoints,
// the job scheduler and the projection daemon.
export const CONFIGURACION = Symbol('CONFIGURACION');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const SQL_DATABASE = Symbol('SQL_DATABASE');
export const JOB_SCHEDULER = Symbol('JOB_SCHEDULER');
export const PROJECTION_DAEMON = Symbol('PROJECTION_DAEMON');

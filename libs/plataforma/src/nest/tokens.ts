// Injection tokens of the platform: its configuration, the job scheduler and the projection daemon (the event
// store's and the SQL database's are libs/event-store/src/nest/tokens.ts).
export { EVENT_STORE, SQL_DATABASE } from '@tesoreria/event-store/nest/tokens';
export const CONFIGURACION = Symbol('CONFIGURACION');
export const JOB_SCHEDULER = Symbol('JOB_SCHEDULER');
export const PROJECTION_DAEMON = Symbol('PROJECTION_DAEMON');
/** The users the demo seed creates (AltaDeUsuarios, puertos.ts). */
export const ALTA_DE_USUARIOS = Symbol('ALTA_DE_USUARIOS');

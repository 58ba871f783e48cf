// Configuration from the environment. With nothing set the product runs on one machine: PGlite in ./data,
// jobs and projections in-process, listening on loopback only, demo data seeded. Setting DATABASE_URL /
// EVENTSTORE_URL / REDIS_URL moves each piece to its server; HOST opens it to the network.
import { esLoopback } from './http/loopback';

export type Rol = 'todo' | 'api' | 'worker';

export interface Configuracion {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl?: string;
  readonly eventstoreUrl?: string;
  readonly redisUrl?: string;
  /** PGlite data folder, or 'memory'. Used only when neither DATABASE_URL nor EVENTSTORE_URL is set. */
  readonly pgliteDir: string;
  /** 'todo' runs the projection daemon and the jobs inside the api process (one-machine default). */
  readonly rol: Rol;
  readonly sembrarDemo: boolean;
  readonly logLevel: string;
  /** How long a read after a write in the same request waits for the projections to reach that write (then 503). */
  readonly esperaDeLecturaMs: number;
  /** After how many seconds an append still open (holding every projection back) is warned about in the log. */
  readonly alertaDeRetencionS: number;
}

function enteroPositivo(env: NodeJS.ProcessEnv, nombre: string, omision: number): number {
  const v = Number(env[nombre] ?? omision);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${nombre} inválido: ${env[nombre]} (un entero positivo)`);
  return v;
}

export function leerConfiguracion(env: NodeJS.ProcessEnv = process.env): Configuracion {
  const rol = (env.TESORERIA_ROL ?? 'todo') as Rol;
  if (!['todo', 'api', 'worker'].includes(rol)) throw new Error(`TESORERIA_ROL inválido: ${rol} (todo | api | worker)`);
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT inválido: ${env.PORT}`);
  // Loopback unless asked: a demo started with `npm start` is not reachable from the network by accident.
  const host = env.HOST || '127.0.0.1';
  return {
    port,
    host,
    databaseUrl: env.DATABASE_URL || undefined,
    eventstoreUrl: env.EVENTSTORE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    pgliteDir: env.PGLITE_DIR ?? './data/pglite',
    rol,
    sembrarDemo: debeSembrarDemo(env, host),
    logLevel: env.LOG_LEVEL ?? 'info',
    esperaDeLecturaMs: enteroPositivo(env, 'REGISTRO_ESPERA_LECTURA_MS', 5_000),
    alertaDeRetencionS: enteroPositivo(env, 'REGISTRO_ALERTA_RETENCION_S', 30),
  };
}

/**
 * The demo users share a published password, so they are seeded by default only where nobody else can reach them:
 * the embedded store on a loopback host. SEMBRAR_DEMO=si or no decides explicitly.
 */
function debeSembrarDemo(env: NodeJS.ProcessEnv, host: string): boolean {
  const explicito = env.SEMBRAR_DEMO?.trim().toLowerCase();
  if (explicito === 'si' || explicito === 'sí') return true;
  if (explicito === 'no') return false;
  if (explicito) throw new Error(`SEMBRAR_DEMO inválido: ${env.SEMBRAR_DEMO} (si | no)`);
  const embebido = !env.DATABASE_URL && !env.EVENTSTORE_URL;
  return embebido && esLoopback(host);
}

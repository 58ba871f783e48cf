// Configuration from the environment. With nothing set the product runs on one machine: PGlite in ./data,
// jobs and projections in-process, demo data seeded. Setting DATABASE_URL / EVENTSTORE_URL / REDIS_URL
// moves each piece to its server.

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
}

export function leerConfiguracion(env: NodeJS.ProcessEnv = process.env): Configuracion {
  const rol = (env.TESORERIA_ROL ?? 'todo') as Rol;
  if (!['todo', 'api', 'worker'].includes(rol)) throw new Error(`TESORERIA_ROL inválido: ${rol} (todo | api | worker)`);
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT inválido: ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    eventstoreUrl: env.EVENTSTORE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    pgliteDir: env.PGLITE_DIR ?? './data/pglite',
    rol,
    sembrarDemo: (env.SEMBRAR_DEMO ?? (env.DATABASE_URL || env.EVENTSTORE_URL ? 'no' : 'si')) === 'si',
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}

// What the api and the worker both read from the environment: where the events, the read models and the jobs
// live, which part of the work this process does, and the bounds of read-your-writes and of a held-back append.
// With nothing set the product runs on one machine: PGlite in ./data, jobs and projections in-process.

/** Which part of the work a process runs (glossary: proceso; a user's role is `rol`). */
export type Proceso = 'todo' | 'api' | 'worker';

export interface ConfiguracionDePlataforma {
  readonly databaseUrl?: string;
  readonly eventstoreUrl?: string;
  readonly redisUrl?: string;
  /** PGlite data folder, or 'memory'. Used only when neither DATABASE_URL nor EVENTSTORE_URL is set. */
  readonly pgliteDir: string;
  /** 'todo' runs the projection daemon and the jobs inside the api process (one-machine default). */
  readonly rol: Proceso;
  readonly logLevel: string;
  /** How long a read after a write in the same request waits for the projections to reach that write (then 503). */
  readonly esperaDeLecturaMs: number;
  /** After how many seconds an append still open (holding every projection back) is warned about in the log. */
  readonly alertaDeRetencionS: number;
}

export function enteroPositivo(env: NodeJS.ProcessEnv, nombre: string, omision: number): number {
  const v = Number(env[nombre] ?? omision);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${nombre} inválido: ${env[nombre]} (un entero positivo)`);
  return v;
}

export function leerConfiguracionDePlataforma(env: NodeJS.ProcessEnv = process.env): ConfiguracionDePlataforma {
  const rol = (env.TESORERIA_ROL ?? 'todo') as Proceso;
  if (!['todo', 'api', 'worker'].includes(rol)) throw new Error(`TESORERIA_ROL inválido: ${rol} (todo | api | worker)`);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    eventstoreUrl: env.EVENTSTORE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    pgliteDir: env.PGLITE_DIR ?? './data/pglite',
    rol,
    logLevel: env.LOG_LEVEL ?? 'info',
    esperaDeLecturaMs: enteroPositivo(env, 'REGISTRO_ESPERA_LECTURA_MS', 5_000),
    alertaDeRetencionS: enteroPositivo(env, 'REGISTRO_ALERTA_RETENCION_S', 30),
  };
}

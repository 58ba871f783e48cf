// Configuration of the api process: the platform's (libs/plataforma/src/configuracion.ts, shared with the worker)
// plus what only HTTP needs. With nothing set the product runs on one machine, listening on loopback only, demo
// data seeded. Setting DATABASE_URL / EVENTSTORE_URL / REDIS_URL moves each piece to its server; HOST opens it to
// the network.
import { leerConfiguracionDePlataforma, type ConfiguracionDePlataforma, type Proceso } from '@tesoreria/plataforma';
import { esLoopback } from './http/loopback';

export type Rol = Proceso;

export interface Configuracion extends ConfiguracionDePlataforma {
  readonly port: number;
  readonly host: string;
  readonly sembrarDemo: boolean;
}

export function leerConfiguracion(env: NodeJS.ProcessEnv = process.env): Configuracion {
  const plataforma = leerConfiguracionDePlataforma(env);
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT inválido: ${env.PORT}`);
  // Loopback unless asked: a demo started with `npm start` is not reachable from the network by accident.
  const host = env.HOST || '127.0.0.1';
  return {
    ...plataforma,
    port,
    host,
    sembrarDemo: debeSembrarDemo(env, host),
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

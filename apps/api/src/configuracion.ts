// Configuration of the api process: the platform's (libs/plataforma/src/configuracion.ts, shared with the worker)
// plus what only HTTP needs. With nothing set the product runs on one machine, demo data seeded. Setting
// DATABASE_URL / EVENTSTORE_URL / REDIS_URL moves each piece to its server.
import { leerConfiguracionDePlataforma, type ConfiguracionDePlataforma, type Proceso } from '@tesoreria/plataforma';

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
  return {
    ...plataforma,
    port,
    host: env.HOST ?? '0.0.0.0',
    sembrarDemo: (env.SEMBRAR_DEMO ?? (env.DATABASE_URL || env.EVENTSTORE_URL ? 'no' : 'si')) === 'si',
  };
}

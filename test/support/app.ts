// Boots the whole HTTP application for e2e tests: in-memory PGlite, in-process jobs, projections running,
// no demo seed, no request logs. Use `app.inject()` (Fastify's light-my-request) to call it.
import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { crearAplicacion } from '../../apps/api/src/bootstrap';
import { leerConfiguracion, type Configuracion } from '../../apps/api/src/configuracion';

export async function crearAppDePrueba(cambios: Partial<Configuracion> = {}): Promise<NestFastifyApplication> {
  const config: Configuracion = {
    ...leerConfiguracion({}),
    pgliteDir: 'memory',
    sembrarDemo: false,
    logLevel: 'silent',
    ...cambios,
  };
  return crearAplicacion(config, { logs: false });
}

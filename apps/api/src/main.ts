import '../../../infra/runtime/register-paths';
import 'reflect-metadata';
import { crearAplicacion } from './bootstrap';
import { leerConfiguracion } from './configuracion';

async function main(): Promise<void> {
  const config = leerConfiguracion();
  const app = await crearAplicacion(config);
  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`Tesorería Chiapas en http://localhost:${config.port} (salud: /salud, API: /api/docs)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`No se pudo iniciar: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

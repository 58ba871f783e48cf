import '../../../infra/runtime/register-paths';
import 'reflect-metadata';
import { sembrarDemo } from '../../../infra/seeds/sembrar-demo';
import { crearAplicacion } from './bootstrap';
import { leerConfiguracion } from './configuracion';

async function main(): Promise<void> {
  const config = leerConfiguracion();
  const app = await crearAplicacion(config);
  if (config.sembrarDemo) {
    const r = await sembrarDemo(app);
    process.stdout.write(
      r.sembrado
        ? `Datos de demostración: ${r.usuarios} usuarios, ${r.recibos} recibos, ${r.servicios} servicios (${r.milisegundos} ms)\n`
        : 'El almacén ya tenía eventos: no se sembraron datos de demostración\n',
    );
  }
  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`Tesorería Chiapas en http://localhost:${config.port} (salud: /salud, API: /api/docs)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`No se pudo iniciar: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

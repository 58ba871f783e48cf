import '../../../infra/runtime/register-paths';
import 'reflect-metadata';
import { sembrarDemo } from '../../../infra/seeds/sembrar-demo';
import { crearAplicacion } from './bootstrap';
import { leerConfiguracion } from './configuracion';
import { esLoopback } from './http/loopback';
import { UsuariosService } from '@tesoreria/acceso';

async function main(): Promise<void> {
  const config = leerConfiguracion();
  const app = await crearAplicacion(config);
  if (config.sembrarDemo) {
    const r = await sembrarDemo(app);
    process.stdout.write(
      r.sembrado
        ? `Datos de demostración: ${r.usuarios} usuarios, ${r.recibos} recibos, ${r.servicios} servicios, ${r.creditos} créditos fiscales (${r.milisegundos} ms)\n`
        : 'El almacén ya tenía eventos: no se sembraron datos de demostración\n',
    );
    if (r.creditosOmitidos.length > 0) process.stderr.write(`AVISO: créditos de demostración omitidos (revise las tablas de parámetros): ${r.creditosOmitidos.join('; ')}\n`);
    if (!esLoopback(config.host)) {
      process.stderr.write(`AVISO: usuarios de demostración con contraseña publicada, escuchando en ${config.host} (SEMBRAR_DEMO=si)\n`);
    }
  } else if ((await app.get(UsuariosService).contar()) === 0) {
    process.stdout.write('No hay usuarios: defina REGISTRO_ADMIN_CONTRASENA para crear el usuario admin al arrancar\n');
  }
  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  process.stdout.write(`Tesorería Chiapas en ${url} (salud: /salud, API: /api/docs)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`No se pudo iniciar: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

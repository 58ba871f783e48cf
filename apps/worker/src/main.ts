// The worker process of the many-machine stack: runs the projection daemon and the scheduled jobs, no HTTP.
// Several workers may run side by side: each projection runs in one of them at a time (advisory lock).
import '../../../infra/runtime/register-paths';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { leerConfiguracionDePlataforma } from '@tesoreria/plataforma';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = { ...leerConfiguracionDePlataforma(), rol: 'worker' as const };
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  process.stdout.write('Worker de Tesorería Chiapas en marcha (proyecciones y trabajos programados)\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`No se pudo iniciar el worker: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

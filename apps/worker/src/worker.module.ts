// The worker: the same platform without HTTP; it runs the projection daemon and the scheduled jobs.
import { Module, type DynamicModule } from '@nestjs/common';
import { modulosDeRegistro } from '../../api/src/app.module';
import type { Configuracion } from '../../api/src/configuracion';

@Module({})
export class WorkerModule {
  static register(config: Configuracion): DynamicModule {
    return { module: WorkerModule, imports: modulosDeRegistro(config) };
  }
}

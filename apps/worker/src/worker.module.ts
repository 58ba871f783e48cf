// The worker: the platform without HTTP, built from the libs' nest/ modules only (never apps/api). It runs the
// projection daemon and the scheduled jobs, and has the registry's command handlers at hand for jobs that send
// commands (the due-date sweep of the next issues) through the same cycle as the api.
import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { CommandHandlingModule } from '@tesoreria/command-handling/nest/command-handling.module';
import { opcionesDeLog, type ConfiguracionDePlataforma } from '@tesoreria/plataforma';
import { PlataformaModule } from '@tesoreria/plataforma/nest/plataforma.module';
import { proyeccionesDeCreditos } from '@tesoreria/creditos';
import { CreditosModule } from '@tesoreria/creditos/nest/creditos.module';
import { proyeccionesRegistro, tiposDelRegistro } from '@tesoreria/registro';
import { RegistroModule } from '@tesoreria/registro/nest/registro.module';

@Module({})
export class WorkerModule {
  static register(config: ConfiguracionDePlataforma): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot(opcionesDeLog(config.logLevel)),
        PlataformaModule.forRoot(config, [...proyeccionesRegistro, ...proyeccionesDeCreditos], [...tiposDelRegistro]),
        CommandHandlingModule.forRoot(),
        RegistroModule.forRoot(),
        CreditosModule,
      ],
    };
  }
}

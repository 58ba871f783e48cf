// The command cycle in Nest: one EjecutorDeComandos over the application's event store, with the gap-free
// consecutives in its SQL database. The api passes its read-your-writes hook; the worker and the seed need none.
import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { EventStore, RecordedEvent, SqlDatabase } from '@tesoreria/event-store';
import { EVENT_STORE, SQL_DATABASE } from '@tesoreria/event-store/nest/tokens';
import { Consecutivos } from '../consecutivos';
import { EjecutorDeComandos } from '../ejecutor-de-comandos';

export interface OpcionesDeCommandHandling {
  readonly alEscribir?: (eventos: readonly RecordedEvent[]) => void;
}

@Global()
@Module({})
export class CommandHandlingModule {
  static forRoot(opciones: OpcionesDeCommandHandling = {}): DynamicModule {
    return {
      module: CommandHandlingModule,
      providers: [
        {
          provide: Consecutivos,
          useFactory: async (db: SqlDatabase) => {
            const consecutivos = new Consecutivos(db);
            await consecutivos.preparar();
            return consecutivos;
          },
          inject: [SQL_DATABASE],
        },
        {
          provide: EjecutorDeComandos,
          useFactory: (store: EventStore, consecutivos: Consecutivos) => new EjecutorDeComandos(store, { consecutivos, alEscribir: opciones.alEscribir }),
          inject: [EVENT_STORE, Consecutivos],
        },
      ],
      exports: [Consecutivos, EjecutorDeComandos],
    };
  }
}

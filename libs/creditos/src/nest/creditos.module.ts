// The credits' application layer in Nest: the decider's tables from libs/parametros, the one use case for every act
// on a credit and the sweep, each behind its @nestjs/cqrs bus command, the queries (read-your-writes through the
// registry's AlcanceDeLectura), the fecha de negocio, and the daily sweep on the job scheduler in the process that
// runs jobs. The credits' projections go to the platform's daemon with the registry's (apps' proyecciones lists).
import { Inject, Injectable, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EjecutorDeComandos } from '@tesoreria/command-handling';
import { delBus } from '@tesoreria/command-handling/nest/del-bus';
import type { EntornoDeCredito } from '@tesoreria/domain';
import type { SqlDatabase } from '@tesoreria/event-store';
import type { JobScheduler } from '@tesoreria/jobs';
import type { Parametros } from '@tesoreria/parametros';
import { PARAMETROS, ParametrosModule } from '@tesoreria/parametros/nest/parametros.module';
import type { ConfiguracionDePlataforma } from '@tesoreria/plataforma';
import { CONFIGURACION, JOB_SCHEDULER, SQL_DATABASE } from '@tesoreria/plataforma/nest/tokens';
import { AlcanceDeLectura, relojDelSistema } from '@tesoreria/registro';
import { BarridoDeVencimientosHandler } from '../barrido/barrido-de-vencimientos.handler';
import { BarridosRegistrados } from '../barrido/barridos-registrados';
import { FechaDeNegocio } from '../barrido/fecha-de-negocio';
import { registrarTrabajoDeBarrido } from '../barrido/trabajo-de-barrido';
import { ComandoSobreCreditoHandler, entornoDeCredito } from '../comando-sobre-credito/comando-sobre-credito.handler';
import { ConsultasDeCreditos } from '../consultas/consultas-de-creditos';
import { BarrerVencimientosCommand, ComandoSobreCreditoCommand } from './comandos';
import { ENTORNO_DE_CREDITO } from './tokens';

@Injectable()
class TrabajoDeBarrido implements OnModuleInit {
  private readonly logger = new Logger('Barrido de vencimientos');

  constructor(
    @Inject(JOB_SCHEDULER) private readonly trabajos: JobScheduler,
    @Inject(CONFIGURACION) private readonly config: ConfiguracionDePlataforma,
    private readonly barrido: BarridoDeVencimientosHandler,
    private readonly fechaDeNegocio: FechaDeNegocio,
  ) {}

  /** Before the platform starts the scheduler (its bootstrap hook); the api of the many-machine stack runs no jobs. */
  async onModuleInit(): Promise<void> {
    if (this.config.rol === 'api') return;
    await registrarTrabajoDeBarrido(this.trabajos, this.barrido, this.fechaDeNegocio, {
      programar: true,
      alTerminar: (r) => this.logger.log(`Barrido al ${r.fecha}: ${r.diasBarridos.length} día(s), ${r.creditosRevisados} crédito(s), ${r.eventos.length} evento(s)`),
    });
  }
}

@Module({
  imports: [CqrsModule, ParametrosModule],
  providers: [
    { provide: ENTORNO_DE_CREDITO, useFactory: (p: Parametros) => entornoDeCredito(p), inject: [PARAMETROS] },
    { provide: FechaDeNegocio, useFactory: () => FechaDeNegocio.desdeEntorno(relojDelSistema, process.env) },
    { provide: BarridosRegistrados, useFactory: (db: SqlDatabase) => new BarridosRegistrados(db), inject: [SQL_DATABASE] },
    {
      provide: ComandoSobreCreditoHandler,
      useFactory: (ejecutor: EjecutorDeComandos, entorno: EntornoDeCredito) => new ComandoSobreCreditoHandler({ ejecutor, entorno }),
      inject: [EjecutorDeComandos, ENTORNO_DE_CREDITO],
    },
    {
      provide: BarridoDeVencimientosHandler,
      useFactory: (creditos: ComandoSobreCreditoHandler, db: SqlDatabase, entorno: EntornoDeCredito, registrados: BarridosRegistrados, alcance: AlcanceDeLectura) =>
        new BarridoDeVencimientosHandler({ creditos, db, entorno, registrados, alcanzar: () => alcance.alcanzar() }),
      inject: [ComandoSobreCreditoHandler, SQL_DATABASE, ENTORNO_DE_CREDITO, BarridosRegistrados, AlcanceDeLectura],
    },
    {
      provide: ConsultasDeCreditos,
      useFactory: (db: SqlDatabase, entorno: EntornoDeCredito, p: Parametros, alcance: AlcanceDeLectura) => new ConsultasDeCreditos(db, entorno, p.version, alcance),
      inject: [SQL_DATABASE, ENTORNO_DE_CREDITO, PARAMETROS, AlcanceDeLectura],
    },
    delBus(ComandoSobreCreditoCommand, ComandoSobreCreditoHandler),
    delBus(BarrerVencimientosCommand, BarridoDeVencimientosHandler),
    TrabajoDeBarrido,
  ],
  exports: [ENTORNO_DE_CREDITO, FechaDeNegocio, ComandoSobreCreditoHandler, BarridoDeVencimientosHandler, ConsultasDeCreditos],
})
export class CreditosModule {}

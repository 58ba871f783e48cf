// Wires the platform to Nest, for the api and the worker alike: the event store chosen by configuration (PGlite, PostgreSQL or EventStoreDB),
// the SQL database of read models and checkpoints, the projection daemon and the job scheduler. In the
// one-machine default (rol 'todo') the daemon and the jobs run inside the api process.
import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { createEventStore, EventTypeRegistry, SqlEventStore, watchHeldBack, withEventTypes, type EventTypeDefinition, type OpenedEventStore } from '@tesoreria/event-store';
import { createJobScheduler, type JobScheduler } from '@tesoreria/jobs';
import { createProjectionDaemon, type Projection, type ProjectionDaemon, type ProjectionStatus } from '@tesoreria/projections';
import type { ConfiguracionDePlataforma as Configuracion } from '../configuracion';
import type { DaemonDeProyecciones, EstadoDeProyeccion, LiderazgoDeProyeccion, PlanificadorDeTrabajos } from './puertos';
import { CONFIGURACION, EVENT_STORE, JOB_SCHEDULER, PROJECTION_DAEMON, SQL_DATABASE } from './tokens';

const ALMACEN_ABIERTO = Symbol('ALMACEN_ABIERTO');
const DAEMON = Symbol('DAEMON');
const TRABAJOS = Symbol('TRABAJOS');

const ESTADOS: Record<string, EstadoDeProyeccion['estado']> = {
  starting: 'en-curso',
  running: 'al-dia',
  standby: 'en-otro-proceso',
  stopped: 'detenida',
  failed: 'fallida',
};

const MOTIVOS = { 'lock-lost': 'candado-perdido', 'taken-over': 'tomada-por-otro', 'newer-version': 'version-mas-nueva' } as const;

function liderazgoDe(s: ProjectionStatus): LiderazgoDeProyeccion {
  const l = s.leadership;
  return {
    enEsteProceso: l.here,
    epoca: l.epoch,
    lider: l.owner,
    versionEnBase: l.storedVersion,
    reconstruccionPendiente: s.rebuildPending,
    perdido: l.lost && { motivo: MOTIVOS[l.lost.reason], en: l.lost.at, posicion: l.lost.position, detalle: l.lost.message },
  };
}

/** The daemon seen from HTTP: status in Spanish and read-your-writes waiting. */
export class DaemonParaHttp implements DaemonDeProyecciones {
  /** `enEsteProceso` is false for the api of the many-machine stack: the worker runs the projections. */
  constructor(readonly daemon: ProjectionDaemon, private readonly enEsteProceso = true) {}

  async estado(): Promise<EstadoDeProyeccion[]> {
    return (await this.daemon.status()).map((s) => ({
      nombre: s.name,
      version: s.version,
      posicion: s.checkpoint,
      posicionCabeza: s.head,
      rezago: s.lag,
      estado: this.estadoDe(s.state, s.lag),
      error: s.lastError,
      liderazgo: liderazgoDe(s),
    }));
  }

  private estadoDe(state: string, rezago: number): EstadoDeProyeccion['estado'] {
    if (state === 'failed') return 'fallida';
    if (!this.enEsteProceso) return rezago > 0 ? 'en-otro-proceso' : 'al-dia';
    if (state === 'running' && rezago > 0) return 'en-curso';
    return ESTADOS[state] ?? 'detenida';
  }

  alcanzar(posicion: number | undefined, timeoutMs: number): Promise<void> {
    return this.daemon.waitForCatchUp(timeoutMs, { position: posicion });
  }
}

export class TrabajosParaHttp implements PlanificadorDeTrabajos {
  constructor(readonly trabajos: JobScheduler) {}

  async salud() {
    const h = await this.trabajos.health();
    return {
      ok: h.ok,
      tipo: h.kind,
      enMarcha: h.running,
      detalle: h.detail,
      conteos: h.counts,
      programados: h.schedules.map((s) => ({ nombre: s.name, patron: s.pattern, zona: s.tz, siguiente: s.nextRunAt })),
      fallasRecientes: h.recentFailures,
    };
  }
}

const PLAZO_DE_ARRANQUE_MS = 20_000;

async function conPlazo<T>(promesa: Promise<T>, ms: number, mensaje: string): Promise<T> {
  let temporizador: NodeJS.Timeout | undefined;
  const vencido = new Promise<never>((_, rechazar) => {
    temporizador = setTimeout(() => rechazar(new Error(mensaje)), ms);
  });
  try {
    return await Promise.race([promesa, vencido]);
  } finally {
    clearTimeout(temporizador);
  }
}

@Injectable()
class CicloDeVida implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Plataforma');
  private dejarDeVigilar: (() => void) | null = null;

  constructor(
    @Inject(CONFIGURACION) private readonly config: Configuracion,
    @Inject(ALMACEN_ABIERTO) private readonly almacen: OpenedEventStore,
    @Inject(DAEMON) private readonly daemon: ProjectionDaemon,
    @Inject(TRABAJOS) private readonly trabajos: JobScheduler,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.rol !== 'api') {
      const store = this.almacen.store;
      // An append left open stops every projection (nothing may pass it); say so before anyone asks why.
      if (store instanceof SqlEventStore) {
        this.dejarDeVigilar = watchHeldBack(store, { warnAfterSeconds: this.config.alertaDeRetencionS, warn: (m) => this.logger.warn(m) });
      }
      await this.daemon.start();
      this.trabajos.define('verificacion-diaria-de-proyecciones', async () => {
        for (const s of await this.daemon.status()) {
          if (s.state === 'failed' || s.lag > 0) this.logger.warn(`Proyección ${s.name}: estado ${s.state}, rezago ${s.lag}`);
        }
      });
      // A Redis that does not answer would make BullMQ wait forever: fail the start with a clear message instead.
      await conPlazo(
        (async () => {
          await this.trabajos.scheduleDaily('verificacion-diaria-de-proyecciones', { hour: 6, minute: 0, tz: 'America/Mexico_City' });
          await this.trabajos.start();
        })(),
        PLAZO_DE_ARRANQUE_MS,
        `Los trabajos programados (${this.trabajos.kind}) no arrancaron en ${PLAZO_DE_ARRANQUE_MS / 1000} s: revise REDIS_URL y que Redis esté en marcha`,
      );
    }
    this.logger.log(
      `Almacén ${this.almacen.store.kind}, modelos de lectura en ${this.almacen.db.dialect}, trabajos ${this.trabajos.kind}, rol ${this.config.rol}`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.dejarDeVigilar?.();
    await this.trabajos.stop().catch((e: unknown) => this.logger.error(String(e)));
    await this.daemon.stop().catch((e: unknown) => this.logger.error(String(e)));
    await this.almacen.close().catch((e: unknown) => this.logger.error(String(e)));
  }
}

@Global()
@Module({})
export class PlataformaModule {
  /** `config` may carry more than the platform reads (the api's whole configuration): it is provided as given. */
  /** `tipos`: every event type of the log with its upcasters; readers (handlers, projections) see today's vocabulary. */
  static forRoot(config: Configuracion, proyecciones: readonly Projection[], tipos: readonly EventTypeDefinition[] = []): DynamicModule {
    const registro = new EventTypeRegistry(tipos);
    return {
      module: PlataformaModule,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: CONFIGURACION, useValue: config },
        {
          provide: ALMACEN_ABIERTO,
          useFactory: () =>
            createEventStore({
              eventstoreUrl: config.eventstoreUrl,
              databaseUrl: config.databaseUrl,
              pgliteDataDir: config.pgliteDir,
            }),
        },
        { provide: EVENT_STORE, useFactory: (a: OpenedEventStore) => withEventTypes(a.store, registro), inject: [ALMACEN_ABIERTO] },
        { provide: SQL_DATABASE, useFactory: (a: OpenedEventStore) => a.db, inject: [ALMACEN_ABIERTO] },
        {
          provide: DAEMON,
          useFactory: (a: OpenedEventStore) => {
            const logger = new Logger('Proyecciones');
            return createProjectionDaemon({
              store: withEventTypes(a.store, registro),
              db: a.db,
              projections: proyecciones,
              onIncident: (i) => logger.error(`Incidente en ${i.projection}: ${i.error}`),
              onError: (p, e) => logger.warn(`${p}: ${e instanceof Error ? e.message : String(e)}`),
            });
          },
          inject: [ALMACEN_ABIERTO],
        },
        { provide: PROJECTION_DAEMON, useFactory: (d: ProjectionDaemon) => new DaemonParaHttp(d, config.rol !== 'api'), inject: [DAEMON] },
        { provide: TRABAJOS, useFactory: () => createJobScheduler({ redisUrl: config.redisUrl }) },
        { provide: JOB_SCHEDULER, useExisting: TRABAJOS },
        CicloDeVida,
      ],
      exports: [CONFIGURACION, EVENT_STORE, SQL_DATABASE, PROJECTION_DAEMON, JOB_SCHEDULER, CqrsModule],
    };
  }
}

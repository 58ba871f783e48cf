// GET /salud: the event store and its head position, each projection's checkpoint and lag, the job backend.
// Anonymous callers from the network get the status only (SoloEstadoParaAnonimos).
import { Controller, Get, Inject, Res, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SqlEventStore, type EventStore } from '@tesoreria/event-store';
import { EVENT_STORE, JOB_SCHEDULER, PROJECTION_DAEMON } from '../plataforma/tokens';
import type { JobScheduler } from '@tesoreria/jobs';
import type { DaemonDeProyecciones } from '../plataforma/puertos';
import { TrabajosParaHttp } from '../plataforma/plataforma.module';
import { SoloEstadoParaAnonimos } from './acceso-interno';

@ApiTags('salud')
@Controller('salud')
@UseInterceptors(SoloEstadoParaAnonimos)
export class SaludController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_DAEMON) private readonly daemon: DaemonDeProyecciones,
    @Inject(JOB_SCHEDULER) private readonly planificador: JobScheduler,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Estado del almacén de eventos, rezago de cada proyección y motor de trabajos' })
  async salud(@Res({ passthrough: true }) reply: FastifyReply) {
    let almacen: Record<string, unknown>;
    let sano = true;
    try {
      almacen = { tipo: this.store.kind, estado: 'ok', posicionCabeza: await this.store.headPosition(), ...(await this.retencion()) };
    } catch (error) {
      sano = false;
      almacen = { tipo: this.store.kind, estado: 'error', error: error instanceof Error ? error.message : String(error) };
    }
    const proyecciones = await this.daemon.estado();
    if (proyecciones.some((p) => p.estado === 'fallida')) sano = false;
    const trabajos = await new TrabajosParaHttp(this.planificador).salud();
    if (!trabajos.ok) sano = false;
    void reply.status(sano ? 200 : 503);
    return { estado: sano ? 'ok' : 'degradado', almacen, proyecciones, trabajos };
  }

  /** SQL stores: whether an append still open holds the head back, by how many events, and for how long. */
  private async retencion(): Promise<{ retencion?: Record<string, unknown> }> {
    if (!(this.store instanceof SqlEventStore)) return {};
    const h = await this.store.heldBack();
    return {
      retencion: {
        retenida: h.heldEvents > 0,
        eventosRetenidos: h.heldEvents,
        horizonte: h.horizon,
        anexosAbiertos: h.inFlight,
        anexosPreparados: h.prepared,
        antiguedadDelMasAntiguoSegundos: h.oldestSeconds,
      },
    };
  }
}

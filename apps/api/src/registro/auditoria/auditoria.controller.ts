// Auditors replay the ledger as it stood at an instant (ROS; decision 0205): the events of one stream recorded up
// to `hasta`, each with who recorded it, when, and the legal date of the fact, read straight from the event store
// (store.readStream with recordedUpTo), never from a read model that may have been rebuilt since.
import { Controller, Get, Inject, Param, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { esFechaValida, flujoDeOrdenDePago, flujoDePagoDeDerecho, flujoDeServicio, noEncontrado, valorInvalido } from '@tesoreria/domain';
import type { EventStore, RecordedEvent } from '@tesoreria/event-store';
import { EVENT_STORE } from '../../plataforma/tokens';
import { Roles, SesionGuard } from '../../acceso/sesion.guard';
import { RecibosQueries } from '@tesoreria/registro';

// An instant with date, time and zone (Z or ±hh:mm), as registradoEn is written.
const INSTANTE_ISO = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;
const FLUJO = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

/** The instant of the replay; absent means now. 400 naming hasta when it is not an ISO-8601 instant. */
export function instanteHasta(hasta: string | undefined, ahora: () => Date = () => new Date()): string {
  if (hasta === undefined || hasta === '') return ahora().toISOString();
  // Date() would roll 2026-02-30 over to March 2: the calendar date is checked on its own first.
  const fecha = INSTANTE_ISO.test(hasta) && esFechaValida(hasta.slice(0, 10)) ? new Date(hasta) : null;
  if (!fecha || Number.isNaN(fecha.getTime())) {
    throw valorInvalido('instante-invalido', 'El campo hasta debe ser un instante ISO 8601 con hora y zona, p. ej. 2026-03-31T23:59:59Z (hasta).', 'hasta');
  }
  return fecha.toISOString();
}

export function eventoAuditado(e: RecordedEvent) {
  return {
    tipo: e.type,
    revision: e.revision,
    posicion: e.position,
    datos: e.data,
    registradoPor: { usuario: e.metadata.actor.userId, rol: e.metadata.actor.role, dependencia: e.metadata.actor.dependencia ?? null },
    registradoEn: e.metadata.registradoEn,
    fechaEfecto: e.metadata.fechaEfecto,
    correlationId: e.metadata.correlationId,
    causationId: e.metadata.causationId ?? null,
  };
}

@ApiTags('registro: auditoría')
@ApiCookieAuth('sesion')
@ApiBearerAuth()
@Controller('api/auditoria')
@UseGuards(SesionGuard)
@Roles('auditor', 'direccion', 'admin')
export class AuditoriaController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly recibos: RecibosQueries,
  ) {}

  @Get('flujos/:flujo')
  @ApiQuery({ name: 'hasta', required: false, example: '2026-03-31T23:59:59Z' })
  @ApiOperation({ summary: 'Los eventos de un flujo registrados hasta un instante, con quién, cuándo y la fecha legal (auditor, dirección, admin)' })
  async flujo(@Param('flujo') flujo: string, @Query('hasta') hasta?: string) {
    const instante = instanteHasta(hasta);
    if (!FLUJO.test(flujo) || !(await this.existe(flujo))) {
      throw noEncontrado('flujo-no-encontrado', `No existe el flujo ${flujo} en el registro (flujo).`, 'flujo');
    }
    return { flujo, hasta: instante, eventos: await this.historia(flujo, instante) };
  }

  @Get('recibos/:folio')
  @ApiQuery({ name: 'hasta', required: false, example: '2026-03-31T23:59:59Z' })
  @ApiOperation({ summary: 'La historia de un recibo (su orden de pago, el pago y el servicio) tal como estaba en un instante (auditor, dirección, admin)' })
  async recibo(@Param('folio') folio: string, @Query('hasta') hasta?: string) {
    const instante = instanteHasta(hasta);
    const f = await this.recibos.reciboAlDia(folio);
    if (!f) throw noEncontrado('recibo-no-encontrado', `No existe un recibo oficial con folio ${folio} (folio).`, 'folio');
    const [orden, pago, servicio] = await Promise.all([
      this.historia(flujoDeOrdenDePago(f.serie_orden), instante),
      this.historia(flujoDePagoDeDerecho(f.linea_de_captura), instante),
      this.historia(flujoDeServicio(f.folio), instante),
    ]);
    return { folio: f.folio, lineaDeCaptura: f.linea_de_captura, hasta: instante, ordenDePago: orden, pago, servicio };
  }

  private async existe(flujo: string): Promise<boolean> {
    return (await this.store.readStream(flujo, { toRevision: 0 })).length > 0;
  }

  private async historia(flujo: string, hasta: string) {
    return (await this.store.readStream(flujo, { recordedUpTo: hasta })).map(eventoAuditado);
  }
}

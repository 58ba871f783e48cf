// The credit's own resources (issue 11 item 5; these paths are fixed): determination (CHP art. 37; LD arts. 4, 6 II),
// notification (arts. 107-108), the credit as of a date with its stage, deadlines, clocks and balance, the list for
// cobranza, the timeline, the explained amount owed, the convenio (arts. 41-42), prescription (art. 24) and
// cancellation (arts. 25-26). Reads answer as of `?fecha=` or the fecha de negocio.
import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { flujoDeCredito, type ComandoDeCredito, type EtapaDelCredito } from '@tesoreria/domain';
import { ConsultasDeCreditos, FechaDeNegocio } from '@tesoreria/creditos';
import type { FastifyReply } from 'fastify';
import { Roles, Sesion, SesionGuard } from '../registro/auth/sesion.guard';
import type { SesionActiva } from '../registro/comun/contexto';
import { ESCRIBEN, LEEN, creditoNoEncontrado, enviarActo } from './comun';
import {
  AutorizarConvenioDto, CancelarCreditoDto, DeclararPrescripcionDto, DeterminarCreditoDto, FechaDeConsultaDto, ListarCreditosDto, NotificarDto,
} from './dto/credito.dto';

@ApiTags('créditos fiscales')
@ApiCookieAuth('sesion')
@ApiBearerAuth()
@Controller('api/creditos')
@UseGuards(SesionGuard)
export class CreditosController {
  constructor(
    private readonly bus: CommandBus,
    private readonly consultas: ConsultasDeCreditos,
    private readonly fechaDeNegocio: FechaDeNegocio,
  ) {}

  private enviar(comando: ComandoDeCredito, sesion: SesionActiva, fecha: string, reply: FastifyReply) {
    return enviarActo(this.bus, this.consultas, comando, sesion, fecha, reply);
  }

  @Post()
  @Roles(...ESCRIBEN)
  @ApiOperation({ summary: 'Determina un crédito fiscal (CreditoDeterminado; CHP art. 37, LD arts. 4 y 6 II; rol cobranza)' })
  determinar(@Body() dto: DeterminarCreditoDto, @Sesion() sesion: SesionActiva, @Res({ passthrough: true }) reply: FastifyReply) {
    const creditoId = dto.creditoId ?? `CF-${dto.fechaDeterminacion.slice(0, 4)}-${randomUUID().slice(0, 8).toUpperCase()}`;
    const { creditoId: _, ...datos } = dto;
    return this.enviar({ type: 'DeterminarCredito', data: { ...datos, creditoId, contribuyente: { ...dto.contribuyente } } as never }, sesion, dto.fechaDeterminacion, reply);
  }

  @Get()
  @Roles(...LEEN)
  @ApiOperation({ summary: 'Los créditos, con filtros (delegación, etapa, RFC, exigible) y páginas (roles cobranza, auditor, dirección)' })
  async listar(@Query() q: ListarCreditosDto) {
    const limite = q.limite ?? 50, desplazamiento = q.desplazamiento ?? 0;
    const filtros = {
      delegacion: q.delegacion, etapa: q.etapa as EtapaDelCredito | undefined, rfc: q.rfc?.toUpperCase(),
      exigible: q.exigible === undefined ? undefined : q.exigible === 'true',
    };
    const r = await this.consultas.listar(filtros, { limite, desplazamiento });
    return { total: r.total, limite, desplazamiento, creditos: r.creditos };
  }

  @Get(':id')
  @Roles(...LEEN)
  @ApiOperation({ summary: 'El crédito a una fecha: etapa, exigible, firme, fecha límite de pago, saldo por concepto, relojes y próximo plazo legal' })
  async credito(@Param('id') id: string, @Query() q: FechaDeConsultaDto) {
    flujoDeCredito(id);
    const fecha = q.fecha ?? this.fechaDeNegocio.hoy();
    const c = await this.consultas.credito(id, fecha);
    if (!c) throw creditoNoEncontrado(id);
    const { adeudo, relojes, proximoPlazo, ...resto } = c;
    return {
      ...resto,
      saldoPorConcepto: adeudo && {
        contribucion: adeudo.contribucion, multas: adeudo.multas, actualizacion: adeudo.actualizacion, recargos: adeudo.recargos,
        gastosDeEjecucion: adeudo.gastosDeEjecucion, indemnizacionCheque: adeudo.indemnizacionCheque, total: adeudo.total,
      },
      relojes: {
        prescripcion: { vence: relojes.prescripcion.vence, inicioDelComputo: relojes.prescripcion.inicioDelComputo, prescrito: relojes.prescripcion.prescrito, articulo: 'CHP arts. 24 y 30' },
        caducidad: { vence: relojes.caducidad.vence, ejercidaEl: relojes.caducidad.ejercidaEl, articulo: 'CHP art. 67' },
      },
      proximoPlazo: proximoPlazo && { fecha: proximoPlazo.fecha, articulo: proximoPlazo.articulo, descripcion: proximoPlazo.descripcion },
    };
  }

  @Get(':id/eventos')
  @Roles(...LEEN)
  @ApiOperation({ summary: 'La historia del crédito: cada hecho con su fecha legal, quién lo registró y cuándo' })
  async eventos(@Param('id') id: string) {
    flujoDeCredito(id);
    const hechos = await this.consultas.eventos(id);
    if (!hechos) throw creditoNoEncontrado(id);
    return { creditoId: id, eventos: hechos };
  }

  @Get(':id/adeudo')
  @Roles(...LEEN)
  @ApiOperation({ summary: 'Lo que se adeuda a una fecha, explicado (factor de actualización, recargos mes por mes, gastos, multas, total; CHP arts. 43-45, 113)' })
  async adeudo(@Param('id') id: string, @Query() q: FechaDeConsultaDto) {
    flujoDeCredito(id);
    const fecha = q.fecha ?? this.fechaDeNegocio.hoy();
    const a = await this.consultas.adeudo(id, fecha);
    if (!a) throw creditoNoEncontrado(id);
    return a;
  }

  @Post(':id/notificaciones')
  @Roles(...ESCRIBEN)
  @ApiOperation({ summary: 'Notifica el crédito (NotificacionPracticada; CHP arts. 107-108, plazo de pago del art. 37; rol cobranza)' })
  notificar(@Param('id') id: string, @Body() dto: NotificarDto, @Sesion() sesion: SesionActiva, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.enviar({ type: 'PracticarNotificacion', data: { creditoId: id, ...dto } as never }, sesion, dto.fecha, reply);
  }

  @Post(':id/convenios')
  @Roles(...ESCRIBEN)
  @ApiOperation({ summary: 'Autoriza el pago en parcialidades (ConvenioAutorizado; CHP arts. 41-42; rol cobranza). Las parcialidades se pagan con formato de pago.' })
  convenio(@Param('id') id: string, @Body() dto: AutorizarConvenioDto, @Sesion() sesion: SesionActiva, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.enviar({ type: 'AutorizarConvenioDeCredito', data: { creditoId: id, ...dto } as never }, sesion, dto.fechaDeAutorizacion, reply);
  }

  @Post(':id/prescripcion')
  @Roles(...ESCRIBEN)
  @ApiOperation({ summary: 'Declara la prescripción a solicitud del contribuyente (PrescripcionDeclarada; CHP art. 24; rol cobranza)' })
  prescripcion(@Param('id') id: string, @Body() dto: DeclararPrescripcionDto, @Sesion() sesion: SesionActiva, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.enviar({ type: 'DeclararPrescripcion', data: { creditoId: id, fechaSolicitud: dto.fechaSolicitud } }, sesion, dto.fechaSolicitud, reply);
  }

  @Post(':id/cancelacion')
  @Roles(...ESCRIBEN)
  @ApiOperation({
    summary: 'Cancela el crédito por incosteable o insolvencia (CreditoCancelado; CHP arts. 25-26; rol cobranza)',
    description: 'Los demás créditos del deudor (art. 25 último párrafo) se toman de su estado de cuenta a la fecha.',
  })
  async cancelacion(@Param('id') id: string, @Body() dto: CancelarCreditoDto, @Sesion() sesion: SesionActiva, @Res({ passthrough: true }) reply: FastifyReply) {
    flujoDeCredito(id);
    const c = await this.consultas.credito(id, dto.fecha);
    if (!c) throw creditoNoEncontrado(id);
    const { rfc, curp } = c.contribuyente;
    const cuenta = await this.consultas.estadoDeCuenta({ rfc: rfc ?? undefined, curp: curp ?? undefined }, dto.fecha);
    const otrosCreditos = cuenta.creditos.filter((x) => x.creditoId !== id && x.total !== '0.00').map((x) => ({ id: x.creditoId, importe: x.total }));
    return this.enviar({ type: 'CancelarCredito', data: { creditoId: id, ...dto, otrosCreditos } as never }, sesion, dto.fecha, reply);
  }
}

// ROS: only the state agencies register the services they granted, against a paid recibo oficial; each one
// sees only its own registrations. LD art. 6: constancia de no prestación, refund request, orden de
// autorización de cobro and the payment of the difference.
import { Body, Controller, Get, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EnviaComando, Roles, Sesion, SesionGuard } from '../../acceso/sesion.guard';
import { AlcanceDeLectura, ServiciosQueries, type ResultadoDeActo } from '@tesoreria/registro';
import type { SesionActiva } from '@tesoreria/acceso';
import { contextoDe } from '../../http/contexto-de-comando';
import {
  EmitirConstanciaDto,
  EmitirOrdenDeCobroDto,
  RegistrarPagoDeDiferenciaDto,
  RegistrarServicioDto,
  SolicitarDevolucionDto,
} from './dto/servicios.dto';
import {
  EmitirConstanciaCommand,
  EmitirOrdenDeCobroCommand,
  RegistrarPagoDeDiferenciaCommand,
  RegistrarServicioCommand,
  SolicitarDevolucionCommand,
} from '@tesoreria/registro/nest/comandos';

@ApiTags('registro: servicios otorgados')
@ApiCookieAuth('sesion')
@ApiBearerAuth()
@Controller('api/servicios')
@UseGuards(SesionGuard)
export class ServiciosController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly servicios: ServiciosQueries,
    private readonly alcance: AlcanceDeLectura,
  ) {}

  private async enviar(comando: object, reply: FastifyReply): Promise<ResultadoDeActo> {
    const r = await this.commandBus.execute<object, ResultadoDeActo>(comando);
    await this.alcance.alcanzar();
    if (r.duplicado) void reply.status(200);
    return r;
  }

  @Post()
  @EnviaComando('RegistrarServicio')
  @ApiOperation({ summary: 'Registra un servicio otorgado contra un recibo oficial pagado (rol dependencia)' })
  @ApiCreatedResponse({ description: 'El servicio registrado.' })
  @ApiConflictResponse({ description: 'El recibo ya se utilizó: la respuesta nombra el primer registro (recibo-ya-utilizado).' })
  @ApiForbiddenResponse({ description: 'El derecho no es del catálogo de la dependencia.' })
  @ApiUnprocessableEntityResponse({ description: 'Folio inexistente o no pagado, o recibo de otro derecho (nombra el campo).' })
  async registrar(@Body() dto: RegistrarServicioDto, @Sesion() sesion: SesionActiva, @Res({ passthrough: true }) reply: FastifyReply) {
    const r = await this.enviar(new RegistrarServicioCommand(
        { folioRecibo: dto.folioRecibo, claveDerecho: dto.claveDerecho, fechaOtorgamiento: dto.fechaOtorgamiento, receptor: { nombre: dto.receptor.nombre, identificacion: dto.receptor.identificacion } },
        contextoDe(sesion, dto.fechaOtorgamiento),
      ), reply);
    return { ...r.estado.servicio!, duplicado: r.duplicado };
  }

  @Get()
  @Roles('dependencia')
  @ApiOperation({ summary: 'Los registros de la dependencia de la sesión (y solo los suyos)' })
  async listar(@Sesion() sesion: SesionActiva) {
    const filas = await this.servicios.deDependencia(sesion.dependencia ?? '');
    return {
      dependencia: sesion.dependencia,
      registros: filas.map((f) => ({
        folioRecibo: f.folio_recibo,
        tipo: f.tipo,
        claveDerecho: f.clave_derecho,
        cantidad: f.cantidad,
        fecha: f.fecha,
        fechaPago: f.fecha_pago,
        receptor: f.receptor_nombre ? { nombre: f.receptor_nombre, identificacion: f.receptor_identificacion } : null,
        motivo: f.motivo,
        importe: f.importe,
        registradoPor: f.registrado_por,
        registradoEn: f.registrado_en,
      })),
    };
  }

  @Post('constancias-de-no-prestacion')
  @EnviaComando('EmitirConstanciaDeNoPrestacion')
  @ApiOperation({ summary: 'Constancia de no prestación del servicio y no utilización del recibo (LD art. 6 I; rol dependencia)' })
  async constancia(@Body() dto: EmitirConstanciaDto, @Sesion() sesion: SesionActiva, @Res({ passthrough: true }) reply: FastifyReply) {
    const r = await this.enviar(new EmitirConstanciaCommand({ ...dto }, contextoDe(sesion, dto.fechaEmision)), reply);
    return { ...r.estado.constancia!, duplicado: r.duplicado };
  }

  @Post('devoluciones')
  @EnviaComando('SolicitarDevolucion')
  @ApiOperation({ summary: 'Solicitud de devolución del pago con la constancia de no prestación (LD art. 6 I; CHP art. 53; rol cobranza)' })
  async devolucion(@Body() dto: SolicitarDevolucionDto, @Sesion() sesion: SesionActiva, @Res({ passthrough: true }) reply: FastifyReply) {
    const r = await this.enviar(new SolicitarDevolucionCommand({ ...dto }, contextoDe(sesion, dto.fechaSolicitud)), reply);
    return { ...r.estado.devolucion!, duplicado: r.duplicado };
  }

  @Post('ordenes-de-autorizacion-de-cobro')
  @EnviaComando('EmitirOrdenDeAutorizacionDeCobro')
  @ApiOperation({
    summary: 'Orden de autorización de cobro de la diferencia de tarifa y sus accesorios (LD art. 6 II; rol dependencia)',
    description: 'Actualización y recargos de la diferencia desde la fecha de pago hasta la de prestación (CHP arts. 43-45); las tasas provisionales se avisan en advertencias.',
  })
  async ordenDeCobro(@Body() dto: EmitirOrdenDeCobroDto, @Sesion() sesion: SesionActiva, @Res({ passthrough: true }) reply: FastifyReply) {
    const r = await this.enviar(new EmitirOrdenDeCobroCommand({ ...dto }, contextoDe(sesion, dto.fechaPrestacion)), reply);
    return { ...r.estado.ordenDeCobro!, duplicado: r.duplicado, advertencias: r.advertencias };
  }

  @Post('pagos-de-diferencia')
  @EnviaComando('RegistrarPagoDeDiferencia')
  @ApiOperation({ summary: 'Registra el pago de la diferencia autorizada (LD art. 6 II; rol banco o cobranza)' })
  async pagoDeDiferencia(@Body() dto: RegistrarPagoDeDiferenciaDto, @Sesion() sesion: SesionActiva, @Res({ passthrough: true }) reply: FastifyReply) {
    const r = await this.enviar(new RegistrarPagoDeDiferenciaCommand({ ...dto }, contextoDe(sesion, dto.fechaPago)), reply);
    return { ...r.estado.pagoDeDiferencia!, duplicado: r.duplicado };
  }
}

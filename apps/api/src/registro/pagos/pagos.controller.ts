// Payments posted by banks (role banco) and what the Treasury's staff reads from them: a receipt by folio and
// the collection by Delegación de Finanzas (CHP art. 101).
import { Body, Controller, Get, Inject, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { delegacionPorClave, esFechaValida, noEncontrado, valorInvalido } from '@tesoreria/domain';
import { derechoPorClave, type CatalogoDeDerechos } from '@tesoreria/catalogo';
import type { FastifyReply } from 'fastify';
import { EnviaComando, Roles, Sesion, SesionGuard } from '../../acceso/sesion.guard';
import { AlcanceDeLectura, claveDePagoBancario, RecaudacionPorDelegacionQueries, RecibosQueries, reciboCompleto, type FilaRecibo, type ReciboEmitido } from '@tesoreria/registro';
import { RecibirPagoCommand } from '@tesoreria/registro/nest/comandos';
import { CATALOGO } from '@tesoreria/registro/nest/tokens';
import type { SesionActiva } from '@tesoreria/acceso';
import { contextoDe } from '../../http/contexto-de-comando';
import { RecibirPagoDto } from './dto/recibir-pago.dto';

@ApiTags('registro: pagos')
@ApiCookieAuth('sesion')
@ApiBearerAuth()
@Controller('api')
@UseGuards(SesionGuard)
export class PagosController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly recibos: RecibosQueries,
    private readonly recaudacionPorDelegacion: RecaudacionPorDelegacionQueries,
    private readonly alcance: AlcanceDeLectura,
    @Inject(CATALOGO) private readonly catalogo: CatalogoDeDerechos,
  ) {}

  @Post('pagos')
  @EnviaComando('RecibirPago')
  @ApiOperation({
    summary: 'Registra el pago de una línea de captura y emite el recibo oficial (rol banco)',
    description:
      'La misma referenciaBancaria de la misma institución otra vez, con la misma solicitud, no registra nada y responde 200 con el mismo recibo; ' +
      'con otra solicitud es 422 (referenciaBancaria). Otra institución puede usar el mismo texto de referencia para su propio pago. ' +
      'Un importe distinto del de la orden es 422 (importe). La fechaPago puede ser a lo más 3 días hábiles anterior a hoy (decisión 0207).',
  })
  @ApiCreatedResponse({ description: 'El recibo oficial con su folio.' })
  @ApiOkResponse({ description: 'La referencia ya se había registrado: el mismo recibo, sin registrar nada.' })
  async recibir(@Body() dto: RecibirPagoDto, @Sesion() sesion: SesionActiva, @Res({ passthrough: true }) reply: FastifyReply) {
    const institucion = sesion.institucion ?? sesion.nombre;
    const contexto = contextoDe(sesion, dto.fechaPago, {
      clave: claveDePagoBancario(institucion, dto.referenciaBancaria),
      identidad: `banco:${institucion}`,
      campo: 'referenciaBancaria',
    });
    const { contribuyente: c } = dto;
    const pago = {
      lineaDeCaptura: dto.lineaDeCaptura,
      referenciaBancaria: dto.referenciaBancaria,
      institucion,
      claveDerecho: dto.claveDerecho,
      cantidad: dto.cantidad,
      contribuyente: { ...(c.rfc !== undefined ? { rfc: c.rfc } : {}), ...(c.curp !== undefined ? { curp: c.curp } : {}), nombre: c.nombre },
      fechaPago: dto.fechaPago,
      importe: dto.importe,
      medioDePago: dto.medioDePago,
      delegacion: dto.delegacion,
    };
    const r = await this.commandBus.execute<RecibirPagoCommand, ReciboEmitido>(new RecibirPagoCommand(pago, contexto));
    await this.alcance.alcanzar();
    if (r.duplicado) void reply.status(200);
    return { ...r.recibo, duplicado: r.duplicado };
  }

  @Get('recibos/:folio')
  @Roles('dependencia', 'banco', 'cobranza', 'auditor', 'direccion', 'admin')
  @ApiOperation({
    summary: 'Un recibo oficial por folio, con el estado de su servicio (usuarios registrados; una dependencia, sólo los de su catálogo; un banco, sólo los que registró su institución)',
    description: 'Un recibo fuera del alcance de la sesión responde 404, igual que un folio inexistente.',
  })
  async recibo(@Param('folio') folio: string, @Sesion() sesion: SesionActiva) {
    // ROS: an agency sees only what concerns its own catalog, and a bank (which posts payments, it does not browse
    // the Treasury's receipts) only those its institution posted. Another's receipt answers exactly as an unknown
    // folio does, so no one learns which folios exist (issue 9, item 11).
    const f = await this.recibos.reciboVisible(
      folio,
      (r) =>
        !(sesion.rol === 'dependencia' && derechoPorClave(this.catalogo, r.clave_derecho)?.dependencia !== sesion.dependencia) &&
        !(sesion.rol === 'banco' && !publicadoPorSuInstitucion(r, sesion)),
    );
    if (!f) throw noEncontrado('recibo-no-encontrado', 'No existe un recibo oficial con ese folio a su alcance (folio).', 'folio');
    return reciboCompleto(f);
  }

  @Get('recaudacion')
  @Roles('direccion', 'auditor', 'cobranza', 'admin')
  @ApiQuery({ name: 'desde', example: '2026-01-01' })
  @ApiQuery({ name: 'hasta', example: '2026-12-31' })
  @ApiOperation({ summary: 'Recaudación de derechos por Delegación de Finanzas y fecha de pago (CHP art. 101)' })
  async recaudacion(@Query('desde') desde: string, @Query('hasta') hasta: string) {
    if (!esFechaValida(desde)) throw valorInvalido('fecha-invalida', 'El campo desde debe tener la forma AAAA-MM-DD.', 'desde');
    if (!esFechaValida(hasta)) throw valorInvalido('fecha-invalida', 'El campo hasta debe tener la forma AAAA-MM-DD.', 'hasta');
    const filas = await this.recaudacionPorDelegacion.entre(desde, hasta);
    return filas.map((f) => ({
      delegacion: f.delegacion,
      nombreDelegacion: delegacionPorClave(f.delegacion)?.nombre ?? null,
      fechaPago: f.fecha_pago,
      pagos: f.pagos,
      importeDerecho: f.importe_derecho,
      adicional: f.adicional,
      salvamentos: f.salvamentos,
      total: f.total,
    }));
  }
}

/** Same institution when the bank user has one (what the payment recorded), else the same posting user. */
function publicadoPorSuInstitucion(f: FilaRecibo, sesion: SesionActiva): boolean {
  if (f.registrado_por === sesion.usuario) return true;
  return sesion.institucion !== null && f.canal === 'banco' && f.institucion === sesion.institucion;
}

// Orden de pago (LD art. 5): anyone, without logging in, gets the amount with the adicional (CHP art. 265) and
// the línea de captura to pay at a bank before the service is given. An order is read back through its public
// link (serie and the random token of the order); the consecutive serie alone opens nothing, so counting series
// does not reveal which orders were paid nor their receipts' folios (issue 9, item 11). The Treasury's staff
// (cobranza, auditor, dirección, admin) may still read an order by serie alone: they answer the citizen's calls.
import { timingSafeEqual } from 'node:crypto';
import { Body, Controller, Get, Inject, Param, ParseIntPipe, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { valorInvalido, type Rol } from '@tesoreria/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LimiteDeEscriturasAnonimasGuard } from '../../http/limite-de-escrituras';
import { problema } from '../../http/problem';
import { SesionesService } from '@tesoreria/acceso';
import { tokenDe } from '../../acceso/sesion.guard';
import { AlcanceDeLectura, OrdenesDePagoQueries, type FilaOrden, type OrdenDePagoResultado, type Reloj } from '@tesoreria/registro';
import { EmitirOrdenDePagoCommand } from '@tesoreria/registro/nest/comandos';
import { RELOJ } from '@tesoreria/registro/nest/tokens';
import { contextoDe } from '../../http/contexto-de-comando';
import { EmitirOrdenDePagoDto } from './dto/emitir-orden-de-pago.dto';

/** The same answer for an unknown serie, a wrong token and a serie without token: nothing tells them apart. */
const NO_ENCONTRADA = problema(404, 'No encontramos la orden de pago: use el enlace completo que recibió al emitirla.', {
  codigo: 'orden-de-pago-no-encontrada',
  campo: 'token',
  instance: '/api/ordenes-de-pago',
});

/** Roles that read any order by its serie (decision recorded above). */
const PERSONAL_DE_TESORERIA: readonly Rol[] = ['cobranza', 'auditor', 'direccion', 'admin'];

/** The printable page of an order, opened by its public link. */
export const enlaceDeOrden = (serie: number, token: string) => `/orden-de-pago?serie=${serie}&token=${token}`;

@ApiTags('registro: órdenes de pago')
@Controller('api/ordenes-de-pago')
export class OrdenesDePagoController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly ordenes: OrdenesDePagoQueries,
    private readonly alcance: AlcanceDeLectura,
    private readonly sesiones: SesionesService,
    @Inject(RELOJ) private readonly reloj: Reloj,
  ) {}

  @Post()
  @UseGuards(LimiteDeEscriturasAnonimasGuard)
  @ApiOperation({
    summary: 'Emite una orden de pago de un derecho: importe, adicional y línea de captura',
    description: 'La línea de captura vence a los 15 días naturales (día hábil siguiente si cae en inhábil), nunca después del 31 de diciembre.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Repetir la misma solicitud con la misma clave, desde el mismo cliente, devuelve la misma orden; la misma clave con otra solicitud es 422.',
  })
  @ApiCreatedResponse({ description: 'La orden con su desglose, importes como cadenas, y su enlace público (con el token de la orden).' })
  async emitir(@Body() dto: EmitirOrdenDePagoDto, @Res({ passthrough: true }) reply: FastifyReply) {
    // Issued today; the client's Idempotency-Key, scoped to the client (issue 9, item 6), returns the first order.
    const contexto = contextoDe(null, this.reloj.hoy());
    const r = await this.commandBus.execute<EmitirOrdenDePagoCommand, OrdenDePagoResultado>(
      new EmitirOrdenDePagoCommand({ claveDerecho: dto.claveDerecho, cantidad: dto.cantidad ?? 1 }, contexto),
    );
    await this.alcance.alcanzar();
    if (r.duplicado) void reply.status(200);
    return { ...r.orden, enlace: r.orden.token ? enlaceDeOrden(r.orden.serie, r.orden.token) : null, descripcion: r.descripcion, desglose: r.desglose, duplicado: r.duplicado };
  }

  @Get(':serie')
  @ApiQuery({ name: 'token', required: false, description: 'El token del enlace público de la orden (obligatorio salvo para el personal de la Tesorería).' })
  @ApiOperation({ summary: 'Una orden de pago por su enlace público (serie y token), y si ya fue pagada' })
  @ApiNotFoundResponse({ description: 'Serie desconocida, token equivocado o sin token: la misma respuesta en todos los casos.' })
  async una(
    @Param('serie', new ParseIntPipe({ exceptionFactory: () => valorInvalido('serie-invalida', 'La serie de la orden de pago debe ser un número entero (serie).', 'serie') })) serie: number,
    @Query('token') token: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const f = await this.ordenes.orden(serie);
    if (!f || !(tokenCorrecto(f, token) || (await this.esPersonalDeTesoreria(request)))) {
      void reply.status(404).header('content-type', 'application/problem+json; charset=utf-8');
      return NO_ENCONTRADA;
    }
    return {
      serie: Number(f.serie),
      lineaDeCaptura: f.linea_de_captura,
      claveDerecho: f.clave_derecho,
      dependencia: f.dependencia,
      cantidad: f.cantidad,
      tarifa: f.tarifa,
      importeDerecho: f.importe_derecho,
      adicional: f.adicional,
      salvamentos: f.salvamentos,
      total: f.total,
      exentoDeAdicional: f.exento_de_adicional,
      fundamentoAdicional: f.fundamento_adicional,
      fechaEmision: f.fecha_emision,
      fechaVigencia: f.fecha_vigencia,
      pagada: f.folio_recibo !== null,
      folioRecibo: f.folio_recibo,
      fechaPago: f.fecha_pago,
    };
  }

  /** A session is optional here: a missing, expired or closed one simply reads as the public. */
  private async esPersonalDeTesoreria(request: FastifyRequest): Promise<boolean> {
    const token = tokenDe(request);
    if (!token) return false;
    const sesion = await this.sesiones.sesionDeToken(token).catch(() => null);
    return sesion !== null && PERSONAL_DE_TESORERIA.includes(sesion.rol);
  }
}

/** Constant-time comparison: the answer's timing does not tell how much of a guessed token was right. */
function tokenCorrecto(f: FilaOrden, token: string | undefined): boolean {
  if (!f.token || typeof token !== 'string') return false;
  const esperado = Buffer.from(f.token);
  const dado = Buffer.from(token);
  return esperado.length === dado.length && timingSafeEqual(esperado, dado);
}

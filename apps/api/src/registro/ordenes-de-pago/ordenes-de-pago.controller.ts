// Orden de pago (LD art. 5): anyone, without logging in, gets the amount with the adicional (CHP art. 265) and
// the línea de captura to pay at a bank before the service is given.
import { Body, Controller, Get, Headers, Param, ParseIntPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { noEncontrado, valorInvalido } from '@tesoreria/domain';
import type { FastifyReply } from 'fastify';
import { LimiteDeEscriturasAnonimasGuard } from '../../http/limite-de-escrituras';
import { LectorDeRegistro } from '../comun/lector-de-registro.service';
import { EmitirOrdenDePagoDto } from './dto/emitir-orden-de-pago.dto';
import { EmitirOrdenDePagoCommand, type OrdenDePagoResultado } from './emitir-orden-de-pago.handler';

@ApiTags('registro: órdenes de pago')
@Controller('api/ordenes-de-pago')
export class OrdenesDePagoController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly lector: LectorDeRegistro,
  ) {}

  @Post()
  @UseGuards(LimiteDeEscriturasAnonimasGuard)
  @ApiOperation({
    summary: 'Emite una orden de pago de un derecho: importe, adicional y línea de captura',
    description: 'La línea de captura vence a los 15 días naturales (día hábil siguiente si cae en inhábil), nunca después del 31 de diciembre.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repetir la solicitud con la misma clave devuelve la misma orden.' })
  @ApiCreatedResponse({ description: 'La orden con su desglose; importes como cadenas.' })
  async emitir(@Body() dto: EmitirOrdenDePagoDto, @Headers('idempotency-key') clave: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const r = await this.commandBus.execute<EmitirOrdenDePagoCommand, OrdenDePagoResultado>(
      new EmitirOrdenDePagoCommand(dto.claveDerecho, dto.cantidad ?? 1, null, clave?.slice(0, 100) || undefined),
    );
    await this.lector.alcanzar();
    if (r.duplicado) void reply.status(200);
    return { ...r.orden, descripcion: r.descripcion, desglose: r.desglose, duplicado: r.duplicado };
  }

  @Get(':serie')
  @ApiOperation({ summary: 'Una orden de pago por su serie, y si ya fue pagada' })
  async una(@Param('serie', new ParseIntPipe({ exceptionFactory: () => valorInvalido('serie-invalida', 'La serie de la orden de pago debe ser un número entero (serie).', 'serie') })) serie: number) {
    const f = await this.lector.orden(serie);
    if (!f) throw noEncontrado('orden-de-pago-desconocida', `No existe la orden de pago con serie ${serie} (serie).`, 'serie');
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
}

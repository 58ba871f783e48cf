// POST /api/formatos-de-pago (issue 11, item 2; decision 0208): the amount owed on some credits as of a validity
// date, with the línea de captura a bank collects. Cobranza and admin issue it for any taxpayer; a taxpayer
// without a session proves who they are as the citizen's consultation does, with two identifiers printed on their
// documents — the RFC or CURP and each credit's id — and a credit that is not theirs answers exactly as an unknown
// one (404), under the anonymous write limit, so ids cannot be walked.
import { Body, Controller, Inject, Post, Req, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { accesoDenegado, type Rol } from '@tesoreria/domain';
import { EmitirFormatoDePagoHandler, type FormatoDePago } from '@tesoreria/creditos';
import type { Reloj } from '@tesoreria/registro';
import { RELOJ } from '@tesoreria/registro/nest/tokens';
import type { FastifyRequest } from 'fastify';
import { LimiteDeEscriturasAnonimasGuard } from '../../http/limite-de-escrituras';
import { tokenDe } from '../../acceso/sesion.guard';
import { SesionesService } from '@tesoreria/acceso';
import type { SesionActiva } from '@tesoreria/acceso';
import { contextoDe } from '../../http/contexto-de-comando';
import { EmitirFormatoDePagoDto } from './emitir-formato-de-pago.dto';

const QUIENES_EMITEN: readonly Rol[] = ['cobranza', 'admin'];

@ApiTags('créditos: formatos de pago')
@Controller('api/formatos-de-pago')
export class FormatosDePagoController {
  constructor(
    private readonly emitirFormato: EmitirFormatoDePagoHandler,
    private readonly sesiones: SesionesService,
    @Inject(RELOJ) private readonly reloj: Reloj,
  ) {}

  @Post()
  @UseGuards(LimiteDeEscriturasAnonimasGuard)
  @ApiOperation({
    summary: 'Emite un formato de pago de uno o más créditos del contribuyente: adeudo a la fecha de vigencia por crédito y concepto, total y línea de captura',
    description: 'Roles cobranza y admin, o el contribuyente sin sesión con su RFC/CURP y los identificadores de sus créditos. La vigencia va de hoy al último día del mes.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'La misma solicitud con la misma clave devuelve el mismo formato.' })
  @ApiCreatedResponse({ description: 'El formato: línea de captura, total, desglose por crédito y concepto, advertencias.' })
  @ApiNotFoundResponse({ description: 'Un crédito inexistente o de otro contribuyente: la misma respuesta.' })
  async emitir(@Body() dto: EmitirFormatoDePagoDto, @Req() request: FastifyRequest) {
    const sesion = await this.sesionDeCobranza(request);
    const contexto = contextoDe(sesion, this.reloj.hoy());
    const f = await this.emitirFormato.ejecutar({ rfc: dto.rfc, curp: dto.curp, creditos: dto.creditos, fechaVigencia: dto.fechaVigencia }, contexto);
    return respuesta(f);
  }

  /** A session must be cobranza's or admin's; without one, the taxpayer acts for themself. */
  private async sesionDeCobranza(request: FastifyRequest): Promise<SesionActiva | null> {
    const token = tokenDe(request);
    if (!token) return null;
    const sesion = await this.sesiones.sesionDeToken(token);
    if (!QUIENES_EMITEN.includes(sesion.rol)) {
      throw accesoDenegado('rol-sin-permiso', `El rol ${sesion.rol} no emite formatos de pago (solo ${QUIENES_EMITEN.join(', ')}).`, 'rol');
    }
    return sesion;
  }
}

function respuesta(f: FormatoDePago) {
  return {
    numero: f.numero,
    lineaDeCaptura: f.lineaDeCaptura,
    total: f.total,
    fechaEmision: f.fechaEmision,
    fechaVigencia: f.fechaVigencia,
    contribuyente: f.contribuyente,
    creditos: f.creditos.map(({ creditoId, periodo, fechaDeterminacion, total, ...conceptos }) => ({ creditoId, periodo, fechaDeterminacion, conceptos, total })),
    advertencias: f.advertencias,
    fundamento: 'CHP arts. 38, 43-45, 50-51 y 113',
  };
}

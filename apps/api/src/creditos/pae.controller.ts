// The acts of the procedimiento administrativo de ejecución on a credit (paths fixed by issue 11): requerimiento
// (CHP arts. 114-117), embargo (117-120), avalúo (144), remate — `remates` convokes it (145) and
// `remates/resultado` records the winning bid (149, 151, 161, 166) —, adjudicación al fisco (162-163), suspension
// and resumption (27-30, 182), and the taxpayer's medio de defensa (`medios-de-defensa`, its `resolucion`). Rol cobranza.
import { Body, Controller, Param, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ComandoDeCredito } from '@tesoreria/domain';
import { ConsultasDeCreditos } from '@tesoreria/creditos';
import type { FastifyReply } from 'fastify';
import { Roles, Sesion, SesionGuard } from '../registro/auth/sesion.guard';
import type { SesionActiva } from '../registro/comun/contexto';
import { ESCRIBEN, enviarActo } from './comun';
import {
  ActoDelPaeDto, AdjudicacionDto, AvaluoDto, ConvocatoriaDeRemateDto, EmbargoDto, MedioDeDefensaDto, ReanudacionDto, ResolucionDeMedioDeDefensaDto,
  ResultadoDeRemateDto, SuspensionDto,
} from './dto/pae.dto';

type Cuerpo = { fecha?: string; fechaConvocatoria?: string };

@ApiTags('créditos fiscales: procedimiento administrativo de ejecución')
@ApiCookieAuth('sesion')
@ApiBearerAuth()
@Controller('api/creditos/:id/pae')
@UseGuards(SesionGuard)
@Roles(...ESCRIBEN)
export class PaeController {
  constructor(
    private readonly bus: CommandBus,
    private readonly consultas: ConsultasDeCreditos,
  ) {}

  /** The act's own date is its legal date. */
  private acto(type: ComandoDeCredito['type'], id: string, dto: Cuerpo, sesion: SesionActiva, reply: FastifyReply) {
    const comando = { type, data: { creditoId: id, ...dto } } as ComandoDeCredito;
    return enviarActo(this.bus, this.consultas, comando, sesion, (dto.fecha ?? dto.fechaConvocatoria)!, reply);
  }

  @Post('requerimientos')
  @ApiOperation({ summary: 'Requerimiento de pago (RequerimientoPracticado y sus gastos; CHP arts. 113-117)' })
  requerimiento(@Param('id') id: string, @Body() dto: ActoDelPaeDto, @Sesion() s: SesionActiva, @Res({ passthrough: true }) r: FastifyReply) {
    return this.acto('PracticarRequerimiento', id, dto, s, r);
  }

  @Post('embargos')
  @ApiOperation({ summary: 'Embargo de bienes en el orden del art. 119 o de fondos (Embargado y sus gastos; CHP arts. 113, 117-120)' })
  embargo(@Param('id') id: string, @Body() dto: EmbargoDto, @Sesion() s: SesionActiva, @Res({ passthrough: true }) r: FastifyReply) {
    return this.acto('Embargar', id, dto, s, r);
  }

  @Post('avaluos')
  @ApiOperation({ summary: 'Avalúo de los bienes embargados, base del remate (AvaluoPracticado; CHP art. 144)' })
  avaluo(@Param('id') id: string, @Body() dto: AvaluoDto, @Sesion() s: SesionActiva, @Res({ passthrough: true }) r: FastifyReply) {
    return this.acto('PracticarAvaluo', id, dto, s, r);
  }

  @Post('remates')
  @ApiOperation({ summary: 'Convoca el remate: dentro de 20 días, publicado 10 días antes (RemateConvocado; CHP art. 145)' })
  remate(@Param('id') id: string, @Body() dto: ConvocatoriaDeRemateDto, @Sesion() s: SesionActiva, @Res({ passthrough: true }) r: FastifyReply) {
    return this.acto('ConvocarRemate', id, dto, s, r);
  }

  @Post('remates/resultado')
  @ApiOperation({ summary: 'Finca el remate: postura legal, depósito, producto aplicado y excedente devuelto (Rematado, PagoAplicado; CHP arts. 149, 151, 161, 166)' })
  resultado(@Param('id') id: string, @Body() dto: ResultadoDeRemateDto, @Sesion() s: SesionActiva, @Res({ passthrough: true }) r: FastifyReply) {
    return this.acto('FincarRemate', id, dto, s, r);
  }

  @Post('adjudicaciones')
  @ApiOperation({ summary: 'Adjudica los bienes al fisco por el 60 % del avalúo (AdjudicadoAlFisco; CHP arts. 162-163)' })
  adjudicacion(@Param('id') id: string, @Body() dto: AdjudicacionDto, @Sesion() s: SesionActiva, @Res({ passthrough: true }) r: FastifyReply) {
    return this.acto('AdjudicarAlFisco', id, dto, s, r);
  }

  @Post('suspensiones')
  @ApiOperation({ summary: 'Suspende el PAE con garantía del interés fiscal (PAESuspendido; CHP arts. 27-30, 182)' })
  suspension(@Param('id') id: string, @Body() dto: SuspensionDto, @Sesion() s: SesionActiva, @Res({ passthrough: true }) r: FastifyReply) {
    return this.acto('SuspenderPAE', id, { ...dto, garantia: { ...dto.garantia } } as Cuerpo, s, r);
  }

  @Post('reanudaciones')
  @ApiOperation({ summary: 'Reanuda el PAE (PAEReanudado; CHP arts. 30, 182)' })
  reanudacion(@Param('id') id: string, @Body() dto: ReanudacionDto, @Sesion() s: SesionActiva, @Res({ passthrough: true }) r: FastifyReply) {
    return this.acto('ReanudarPAE', id, dto, s, r);
  }

  @Post('medios-de-defensa')
  @ApiOperation({ summary: 'Registra el recurso de revocación o el juicio de nulidad interpuesto (CHP arts. 67, 170, 182)' })
  medio(@Param('id') id: string, @Body() dto: MedioDeDefensaDto, @Sesion() s: SesionActiva, @Res({ passthrough: true }) r: FastifyReply) {
    return this.acto('InterponerMedioDeDefensa', id, dto, s, r);
  }

  @Post('medios-de-defensa/resolucion')
  @ApiOperation({ summary: 'Registra la resolución del medio de defensa (confirma o deja sin efecto; CHP arts. 172, 183)' })
  resolucion(@Param('id') id: string, @Body() dto: ResolucionDeMedioDeDefensaDto, @Sesion() s: SesionActiva, @Res({ passthrough: true }) r: FastifyReply) {
    return this.acto('ResolverMedioDeDefensa', id, dto, s, r);
  }
}

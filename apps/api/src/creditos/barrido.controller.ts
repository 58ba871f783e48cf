// The daily sweep of due dates run now for a fecha de negocio (issue 11 item 3; rol admin): the same use case the
// scheduled job runs, catching up every business day not yet swept; it answers what it emitted (nothing the second
// time for the same date).
import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ResultadoDelBarrido } from '@tesoreria/creditos';
import { BarrerVencimientosCommand } from '@tesoreria/creditos/nest/comandos';
import { ConsultasDeCreditos } from '@tesoreria/creditos';
import { Roles, Sesion, SesionGuard } from '../registro/auth/sesion.guard';
import { contextoDe, type SesionActiva } from '../registro/comun/contexto';
import { BarridoDto } from './dto/credito.dto';

@ApiTags('administración')
@ApiCookieAuth('sesion')
@ApiBearerAuth()
@Controller('api/administracion')
@UseGuards(SesionGuard)
export class BarridoController {
  constructor(
    private readonly bus: CommandBus,
    private readonly consultas: ConsultasDeCreditos,
  ) {}

  @Post('barrido-de-vencimientos')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Barre los vencimientos hasta una fecha de negocio: exigibilidad, firmeza, parcialidades vencidas y revocación (CHP arts. 37, 42 IV, 48, 170, 172; rol admin)' })
  async barrer(@Body() dto: BarridoDto, @Sesion() sesion: SesionActiva) {
    const { idempotencyKey: _, ...contexto } = contextoDe(sesion, dto.fecha);
    const r = await this.bus.execute<BarrerVencimientosCommand, ResultadoDelBarrido>(new BarrerVencimientosCommand({ fecha: dto.fecha }, contexto));
    await this.consultas.alcanzar();
    return r;
  }
}

// Public calculators: what a late payment owes today, explained with its articles (CHP arts. 21, 43-45, 184).
import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { calcularAdeudo } from '@tesoreria/domain';
import type { Parametros } from '@tesoreria/parametros';
import { CalcularAdeudoDto } from './dto/calcular-adeudo.dto';
import { PARAMETROS } from './parametros.provider';

@ApiTags('calculos')
@Controller('api/calculos')
export class CalculosController {
  constructor(@Inject(PARAMETROS) private readonly parametros: Parametros) {}

  @Post('adeudo')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Importe adeudado por pago extemporáneo: actualización (CHP art. 43) y recargos (CHP arts. 44-45)',
    description: 'Los importes son cadenas. Si alguna tasa o índice usado es provisional, la respuesta lo dice en "advertencias".',
  })
  @ApiOkResponse({ description: 'Importe, factor, actualización, recargos por mes, total, advertencias y desglose con artículos.' })
  adeudo(@Body() dto: CalcularAdeudoDto) {
    const resultado = calcularAdeudo(
      { importe: dto.importe, fechaLimitePago: dto.fechaLimitePago, fechaPago: dto.fechaPago, tipo: dto.tipo, importePagadoEnTiempo: dto.importePagadoEnTiempo },
      this.parametros.tablasDeAdeudo,
    );
    return { ...resultado, versionDeParametros: this.parametros.version };
  }
}

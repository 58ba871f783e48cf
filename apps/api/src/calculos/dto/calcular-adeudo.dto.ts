// Body of POST /api/calculos/adeudo: amounts and dates travel as strings (CHP arts. 43-45).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { TIPOS_DE_ADEUDO, type TipoDeAdeudo } from '@tesoreria/domain';

const IMPORTE = /^\d{1,15}(\.\d{1,2})?$/;
const FECHA = /^\d{4}-\d{2}-\d{2}$/;

export class CalcularAdeudoDto {
  @ApiProperty({ example: '1000.00', description: 'Importe de la contribución, aprovechamiento o multa, en pesos, como cadena con hasta dos decimales.' })
  @IsString({ message: 'El campo importe debe ser una cadena, por ejemplo "1000.00"' })
  @Matches(IMPORTE, { message: 'El campo importe debe ser un importe no negativo con hasta dos decimales, por ejemplo "1000.00"' })
  importe!: string;

  @ApiProperty({ example: '2023-03-17', description: 'Último día para pagar a tiempo (AAAA-MM-DD); si es inhábil se prorroga al siguiente día hábil (CHP art. 21).' })
  @IsString({ message: 'El campo fechaLimitePago debe ser una cadena con la forma AAAA-MM-DD' })
  @Matches(FECHA, { message: 'El campo fechaLimitePago debe tener la forma AAAA-MM-DD' })
  fechaLimitePago!: string;

  @ApiProperty({ example: '2025-06-02', description: 'Fecha en que se paga o se pagará (AAAA-MM-DD).' })
  @IsString({ message: 'El campo fechaPago debe ser una cadena con la forma AAAA-MM-DD' })
  @Matches(FECHA, { message: 'El campo fechaPago debe tener la forma AAAA-MM-DD' })
  fechaPago!: string;

  @ApiPropertyOptional({ enum: TIPOS_DE_ADEUDO, default: 'contribucion', description: 'Las multas se actualizan pero no causan recargos (CHP arts. 44, 45 y 184).' })
  @IsOptional()
  @IsIn(TIPOS_DE_ADEUDO as TipoDeAdeudo[], { message: 'El campo tipo debe ser contribucion, multa o aprovechamiento' })
  tipo?: TipoDeAdeudo;

  @ApiPropertyOptional({ example: '999.99', description: 'Lo pagado a tiempo cuando el pago fue menor; los accesorios se calculan sobre la diferencia (CHP art. 45).' })
  @IsOptional()
  @IsString({ message: 'El campo importePagadoEnTiempo debe ser una cadena, por ejemplo "500.00"' })
  @Matches(IMPORTE, { message: 'El campo importePagadoEnTiempo debe ser un importe no negativo con hasta dos decimales' })
  importePagadoEnTiempo?: string;
}

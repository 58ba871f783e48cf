// Body of POST /api/formatos-de-pago: whose credits, which, and until when the formato may be paid.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Length, Matches } from 'class-validator';
import { FECHA } from '../../registro/comun/validacion';

export class EmitirFormatoDePagoDto {
  @ApiPropertyOptional({ example: 'GOHG800101AB1', description: 'RFC del contribuyente (o bien la CURP), como aparece en sus créditos.' })
  @IsOptional()
  @IsString({ message: 'El campo rfc debe ser texto' })
  @Length(12, 13, { message: 'El campo rfc debe tener 12 o 13 caracteres' })
  rfc?: string;

  @ApiPropertyOptional({ example: 'HEGG850101MCSRLL09', description: 'CURP del contribuyente (o bien el RFC).' })
  @IsOptional()
  @IsString({ message: 'El campo curp debe ser texto' })
  @Length(18, 18, { message: 'El campo curp debe tener 18 caracteres' })
  curp?: string;

  @ApiProperty({ example: ['CF-2025-0001'], description: 'Los créditos que paga, cada uno una vez (a lo más 50).' })
  @IsArray({ message: 'El campo creditos debe ser una lista de identificadores de crédito' })
  @ArrayMinSize(1, { message: 'El campo creditos debe tener al menos un crédito' })
  @ArrayMaxSize(50, { message: 'El campo creditos admite a lo más 50 créditos' })
  @IsString({ each: true, message: 'Cada elemento de creditos debe ser el identificador de un crédito' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { each: true, message: 'Cada elemento de creditos debe tener de 1 a 64 letras, dígitos, punto, guion o guion bajo' })
  creditos!: string[];

  @ApiPropertyOptional({ example: '2026-03-31', description: 'Último día para pagarlo: de hoy al último día del mes (por omisión, el último día del mes).' })
  @IsOptional()
  @IsString({ message: 'El campo fechaVigencia debe ser texto' })
  @Matches(FECHA, { message: 'El campo fechaVigencia debe tener la forma AAAA-MM-DD' })
  fechaVigencia?: string;
}

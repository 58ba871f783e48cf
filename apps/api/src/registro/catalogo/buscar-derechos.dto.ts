// Query of GET /api/derechos: words to find, an agency, how many results.
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class BuscarDerechosDto {
  @ApiPropertyOptional({ example: 'acta de nacimiento', description: 'Palabras a buscar, sin importar acentos ni mayúsculas.' })
  @IsOptional()
  @IsString({ message: 'El campo q debe ser texto' })
  @MaxLength(100, { message: 'El campo q admite hasta 100 caracteres' })
  q?: string;

  @ApiPropertyOptional({ example: 'SGG', description: 'Id de la Dependencia (Capítulo de la Ley de Derechos).' })
  @IsOptional()
  @IsString({ message: 'El campo dependencia debe ser texto' })
  @MaxLength(20, { message: 'El campo dependencia admite hasta 20 caracteres' })
  dependencia?: string;

  @ApiPropertyOptional({ example: 50, default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'El campo limite debe ser un número entero' })
  @Min(1, { message: 'El campo limite debe ser al menos 1' })
  @Max(200, { message: 'El campo limite debe ser a lo más 200' })
  limite?: number;
}

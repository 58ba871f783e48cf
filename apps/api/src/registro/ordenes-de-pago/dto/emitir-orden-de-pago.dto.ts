// Body of POST /api/ordenes-de-pago: anyone picks a derecho of the catalog and how many (LD art. 5).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class EmitirOrdenDePagoDto {
  @ApiProperty({ example: 'LD-21 Bis-II-a', description: 'Clave del derecho en el catálogo (GET /api/derechos).' })
  @IsString({ message: 'El campo claveDerecho debe ser texto, p. ej. "LD-21 Bis-II-a"' })
  @Length(4, 60, { message: 'El campo claveDerecho debe tener entre 4 y 60 caracteres' })
  claveDerecho!: string;

  @ApiPropertyOptional({ example: 1, default: 1, description: 'Unidades del servicio (hojas, palabras...); 1 en tarifas fijas.' })
  @IsOptional()
  @IsInt({ message: 'El campo cantidad debe ser un número entero' })
  @Min(1, { message: 'El campo cantidad debe ser al menos 1' })
  @Max(1_000_000, { message: 'El campo cantidad debe ser a lo más 1,000,000' })
  cantidad?: number;
}

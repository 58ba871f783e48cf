// Query of GET /api/consulta: the receipt's folio and the RFC or CURP written on it.
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class ConsultaDto {
  @ApiProperty({ example: 'RO-2026-00000123-7', description: 'Folio del recibo oficial.' })
  @IsString({ message: 'El campo folio es obligatorio' })
  @Matches(/^\s*RO-\d{4}-\d{8}-[\dXx]\s*$/, { message: 'El campo folio debe tener la forma RO-AAAA-NNNNNNNN-C, como aparece en el recibo' })
  folio!: string;

  @ApiProperty({ example: 'HEGG850101AB1', description: 'RFC (12 o 13 caracteres) o CURP (18) del contribuyente, como aparece en el recibo.' })
  @IsString({ message: 'El campo identificador es obligatorio' })
  @Matches(/^\s*[A-Za-zÑñ&0-9]{12,18}\s*$/, { message: 'El campo identificador debe ser el RFC (12 o 13 caracteres) o la CURP (18) del recibo' })
  identificador!: string;
}

// Bodies of the agencies' acts on a recibo oficial (ROS; LD arts. 5-6).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { FECHA, FOLIO, IMPORTE } from '../../comun/validacion';

const folio = (campo: string) => ({ message: `El campo ${campo} debe tener la forma RO-AAAA-NNNNNNNN-C, p. ej. RO-2026-00000123-7` });
const fecha = (campo: string) => ({ message: `El campo ${campo} debe tener la forma AAAA-MM-DD` });

export class ReceptorDto {
  @ApiProperty({ example: 'Gloria Hernández García', description: 'Quien recibió el servicio.' })
  @IsString({ message: 'El campo receptor.nombre debe ser texto' })
  @Length(2, 250, { message: 'El campo receptor.nombre debe tener entre 2 y 250 caracteres' })
  nombre!: string;

  @ApiPropertyOptional({ example: 'INE 1234567890', description: 'Identificación que presentó (INE, CURP, poder notarial...).' })
  @IsOptional()
  @IsString({ message: 'El campo receptor.identificacion debe ser texto' })
  @Length(2, 120, { message: 'El campo receptor.identificacion debe tener entre 2 y 120 caracteres' })
  identificacion?: string;
}

export class RegistrarServicioDto {
  @ApiProperty({ example: 'RO-2026-00000123-7', description: 'Folio del recibo oficial que pagó el derecho.' })
  @IsString({ message: 'El campo folioRecibo debe ser texto' })
  @Matches(FOLIO, folio('folioRecibo'))
  folioRecibo!: string;

  @ApiProperty({ example: 'LD-21 Bis-II-a', description: 'Derecho del servicio otorgado; debe ser del catálogo de la dependencia.' })
  @IsString({ message: 'El campo claveDerecho debe ser texto' })
  @Length(4, 60, { message: 'El campo claveDerecho debe tener entre 4 y 60 caracteres' })
  claveDerecho!: string;

  @ApiProperty({ example: '2026-03-14' })
  @IsString({ message: 'El campo fechaOtorgamiento debe ser texto' })
  @Matches(FECHA, fecha('fechaOtorgamiento'))
  fechaOtorgamiento!: string;

  @ApiProperty({ type: ReceptorDto })
  @IsDefined({ message: 'El campo receptor es obligatorio' })
  @ValidateNested()
  @Type(() => ReceptorDto)
  receptor!: ReceptorDto;
}

export class EmitirConstanciaDto {
  @ApiProperty({ example: 'RO-2026-00000123-7' })
  @IsString({ message: 'El campo folioRecibo debe ser texto' })
  @Matches(FOLIO, folio('folioRecibo'))
  folioRecibo!: string;

  @ApiProperty({ example: '2026-04-01' })
  @IsString({ message: 'El campo fechaEmision debe ser texto' })
  @Matches(FECHA, fecha('fechaEmision'))
  fechaEmision!: string;

  @ApiProperty({ example: 'Los contrayentes desistieron del trámite.' })
  @IsString({ message: 'El campo motivo debe ser texto' })
  @Length(3, 1000, { message: 'El campo motivo debe tener entre 3 y 1000 caracteres' })
  motivo!: string;
}

export class SolicitarDevolucionDto {
  @ApiProperty({ example: 'RO-2026-00000123-7' })
  @IsString({ message: 'El campo folioRecibo debe ser texto' })
  @Matches(FOLIO, folio('folioRecibo'))
  folioRecibo!: string;

  @ApiProperty({ example: '2026-04-03' })
  @IsString({ message: 'El campo fechaSolicitud debe ser texto' })
  @Matches(FECHA, fecha('fechaSolicitud'))
  fechaSolicitud!: string;
}

export class EmitirOrdenDeCobroDto {
  @ApiProperty({ example: 'RO-2026-00000123-7' })
  @IsString({ message: 'El campo folioRecibo debe ser texto' })
  @Matches(FOLIO, folio('folioRecibo'))
  folioRecibo!: string;

  @ApiProperty({ example: '2027-02-15', description: 'Fecha en que se prestará el servicio; la diferencia y sus accesorios se calculan a esa fecha.' })
  @IsString({ message: 'El campo fechaPrestacion debe ser texto' })
  @Matches(FECHA, fecha('fechaPrestacion'))
  fechaPrestacion!: string;
}

export class RegistrarPagoDeDiferenciaDto {
  @ApiProperty({ example: 'RO-2026-00000123-7' })
  @IsString({ message: 'El campo folioRecibo debe ser texto' })
  @Matches(FOLIO, folio('folioRecibo'))
  folioRecibo!: string;

  @ApiProperty({ example: 'RO-2027-00000456-3', description: 'Folio del recibo que pagó la diferencia.' })
  @IsString({ message: 'El campo folioReciboDiferencia debe ser texto' })
  @Matches(FOLIO, folio('folioReciboDiferencia'))
  folioReciboDiferencia!: string;

  @ApiProperty({ example: '110.60' })
  @IsString({ message: 'El campo importe debe ser una cadena, p. ej. "110.60"' })
  @Matches(IMPORTE, { message: 'El campo importe debe ser un importe con hasta dos decimales' })
  importe!: string;

  @ApiProperty({ example: '2027-02-16' })
  @IsString({ message: 'El campo fechaPago debe ser texto' })
  @Matches(FECHA, fecha('fechaPago'))
  fechaPago!: string;
}

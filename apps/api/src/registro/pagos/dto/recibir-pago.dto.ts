// Body of POST /api/pagos (role banco): a bank reports that a línea de captura was paid (CHP arts. 38-39).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { DELEGACIONES, MEDIOS_DE_PAGO, esLineaDeFormato, type ClaveDelegacion, type MedioDePago } from '@tesoreria/domain';
import { FECHA, IMPORTE } from '../../comun/validacion';

export class ContribuyenteDto {
  @ApiPropertyOptional({ example: 'HEGG850101AB1', description: 'RFC del contribuyente (o bien la CURP).' })
  @IsOptional()
  @IsString({ message: 'El campo contribuyente.rfc debe ser texto' })
  @Length(12, 13, { message: 'El campo contribuyente.rfc debe tener 12 o 13 caracteres' })
  rfc?: string;

  @ApiPropertyOptional({ example: 'HEGG850101MCSRLL09', description: 'CURP del contribuyente (o bien el RFC).' })
  @IsOptional()
  @IsString({ message: 'El campo contribuyente.curp debe ser texto' })
  @Length(18, 18, { message: 'El campo contribuyente.curp debe tener 18 caracteres' })
  curp?: string;

  @ApiProperty({ example: 'Gloria Hernández García' })
  @IsString({ message: 'El campo contribuyente.nombre debe ser texto' })
  @Length(2, 250, { message: 'El campo contribuyente.nombre debe tener entre 2 y 250 caracteres' })
  nombre!: string;
}

/** A formato de pago de créditos (decision 0208) pays no derecho: it carries neither claveDerecho nor cantidad. */
const deUnaOrden = (o: { lineaDeCaptura?: unknown }) => typeof o.lineaDeCaptura !== 'string' || !esLineaDeFormato(o.lineaDeCaptura);

export class RecibirPagoDto {
  @ApiProperty({ example: '07000000012322810000018020051', description: 'Línea de captura de la orden de pago (29 dígitos).' })
  @IsString({ message: 'El campo lineaDeCaptura debe ser texto' })
  @Length(29, 40, { message: 'El campo lineaDeCaptura debe tener 29 dígitos' })
  lineaDeCaptura!: string;

  @ApiProperty({ example: 'BSE-20260310-000123', description: 'Referencia del banco: la misma referencia dos veces registra un solo pago.' })
  @IsString({ message: 'El campo referenciaBancaria debe ser texto' })
  @Matches(/^[A-Za-z0-9\-_/.]{1,64}$/, { message: 'El campo referenciaBancaria debe tener de 1 a 64 letras, dígitos o - _ / .' })
  referenciaBancaria!: string;

  @ApiProperty({ example: 'LD-21 Bis-II-a', description: 'El derecho de la orden; no se envía con la línea de un formato de pago de créditos.' })
  @ValidateIf(deUnaOrden)
  @IsString({ message: 'El campo claveDerecho debe ser texto' })
  @Length(4, 60, { message: 'El campo claveDerecho debe tener entre 4 y 60 caracteres' })
  claveDerecho!: string;

  @ApiProperty({ example: 1, description: 'Cantidad de la orden; no se envía con la línea de un formato de pago de créditos.' })
  @ValidateIf(deUnaOrden)
  @IsInt({ message: 'El campo cantidad debe ser un número entero' })
  @Min(1, { message: 'El campo cantidad debe ser al menos 1' })
  @Max(1_000_000, { message: 'El campo cantidad debe ser a lo más 1,000,000' })
  cantidad!: number;

  @ApiProperty({ type: ContribuyenteDto })
  @IsDefined({ message: 'El campo contribuyente es obligatorio' })
  @ValidateNested()
  @Type(() => ContribuyenteDto)
  contribuyente!: ContribuyenteDto;

  @ApiProperty({ example: '2026-03-10' })
  @IsString({ message: 'El campo fechaPago debe ser texto' })
  @Matches(FECHA, { message: 'El campo fechaPago debe tener la forma AAAA-MM-DD' })
  fechaPago!: string;

  @ApiProperty({ example: '1802.00', description: 'Importe recibido: derecho + adicional (+ salvamentos), como cadena.' })
  @IsString({ message: 'El campo importe debe ser una cadena, p. ej. "1802.00"' })
  @Matches(IMPORTE, { message: 'El campo importe debe ser un importe con hasta dos decimales, p. ej. "1802.00"' })
  importe!: string;

  @ApiProperty({ enum: MEDIOS_DE_PAGO })
  @IsIn(MEDIOS_DE_PAGO as MedioDePago[], { message: 'El campo medioDePago debe ser efectivo, cheque-certificado, cheque-de-caja o pago-por-internet' })
  medioDePago!: MedioDePago;

  @ApiProperty({ enum: DELEGACIONES.map((d) => d.clave), description: 'Delegación de Finanzas (CHP art. 101) donde se recibió el pago.' })
  @IsIn(DELEGACIONES.map((d) => d.clave), { message: 'El campo delegacion debe ser una de las trece Delegaciones: I a XIII' })
  delegacion!: ClaveDelegacion;
}

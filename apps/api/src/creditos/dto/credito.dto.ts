// Bodies and queries of the credit's own resources: determination, notification, convenio, prescription,
// cancellation, the list's filters and the date of a read (CHP arts. 24-26, 37, 41-42, 107-108; LD arts. 4, 6 II).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsDefined, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateNested, ArrayMaxSize } from 'class-validator';
import { MEDIOS_DE_NOTIFICACION_DEL_CREDITO, ORIGENES_DEL_CREDITO } from '@tesoreria/domain';
import { CampoEntero, CampoFecha, CampoImporte, CampoTexto, CampoUno, ID_DE_CREDITO } from './campos';
import { FECHA } from '../../registro/comun/validacion';

export const ETAPAS = ['determinado', 'notificado', 'exigible', 'en-convenio', 'requerido', 'embargado', 'valuado', 'convocado-a-remate', 'rematado', 'adjudicado', 'suspendido', 'pagado', 'prescrito', 'cancelado', 'anulado'] as const;

export class ContribuyenteDto {
  @ApiPropertyOptional({ example: 'GOHG800101AB1' })
  @IsOptional()
  @IsString({ message: 'El campo contribuyente.rfc debe ser texto' })
  @Matches(/^[A-Za-zÑñ&]{3,4}\d{6}[A-Za-z0-9]{3}$/, { message: 'El campo contribuyente.rfc debe ser un RFC de 12 o 13 caracteres' })
  rfc?: string;

  @ApiPropertyOptional({ example: 'GOHG800101MCSRRL09' })
  @IsOptional()
  @IsString({ message: 'El campo contribuyente.curp debe ser texto' })
  @Matches(/^[A-Za-z]{4}\d{6}[A-Za-z]{6}[A-Za-z0-9]\d$/, { message: 'El campo contribuyente.curp debe ser una CURP de 18 caracteres' })
  curp?: string;

  @CampoTexto('contribuyente.nombre', 2, 250, 'Gloria Hernández García')
  nombre!: string;
}

export class DeterminarCreditoDto {
  @ApiPropertyOptional({ example: 'CF-2025-0001', description: 'Identificador del crédito; si se omite, el sistema asigna uno.' })
  @IsOptional()
  @IsString({ message: 'El campo creditoId debe ser texto' })
  @Matches(ID_DE_CREDITO, { message: 'El campo creditoId debe tener de 1 a 64 letras, dígitos, punto, guion o guion bajo' })
  creditoId?: string;

  @CampoUno('origen', ORIGENES_DEL_CREDITO)
  origen!: string;

  @CampoTexto('descripcion', 3, 500, 'Impuesto sobre nóminas omitido')
  descripcion!: string;

  @CampoTexto('periodo', 4, 30, '2024-05')
  periodo!: string;

  @CampoImporte('importeHistorico', '10000.00', false, 'Importe histórico del crédito (CHP art. 43).')
  importeHistorico!: string;

  @CampoTexto('delegacion', 1, 10, 'XI')
  delegacion!: string;

  @CampoFecha('fechaDeterminacion', '2025-02-20')
  fechaDeterminacion!: string;

  @CampoFecha('fechaDelHecho', '2024-06-17', false, 'Fecha del hecho que dio origen al crédito (caducidad, CHP art. 67).')
  fechaDelHecho!: string;

  @ApiProperty({ type: ContribuyenteDto })
  @IsDefined({ message: 'El campo contribuyente es obligatorio' })
  @ValidateNested()
  @Type(() => ContribuyenteDto)
  contribuyente!: ContribuyenteDto;

  @CampoFecha('fechaLimitePago', '2025-03-17', true, 'LD art. 4: la fecha fija de pago de un derecho pagado fuera de plazo.')
  fechaLimitePago?: string;
}

export class NotificarDto {
  @CampoUno('medio', MEDIOS_DE_NOTIFICACION_DEL_CREDITO)
  medio!: string;

  @CampoFecha('fecha', '2025-03-03', false, 'Personal o correo: el día en que se practicó; buzón: el aviso; estrados: la fijación.')
  fecha!: string;

  @CampoFecha('fechaApertura', '2025-03-04', true)
  fechaApertura?: string;

  @ApiPropertyOptional({ example: ['2025-03-03', '2025-03-10', '2025-03-17'], description: 'Edictos: las fechas de publicación.' })
  @IsOptional()
  @IsArray({ message: 'El campo publicaciones debe ser una lista de fechas' })
  @ArrayMaxSize(10, { message: 'El campo publicaciones admite a lo más 10 fechas' })
  @Matches(FECHA, { each: true, message: 'El campo publicaciones debe tener fechas AAAA-MM-DD' })
  publicaciones?: string[];

  @CampoFecha('fechaManifestacionDeConocimiento', '2025-03-01', true)
  fechaManifestacionDeConocimiento?: string;
}

export class AutorizarConvenioDto {
  @CampoTexto('convenioId', 1, 64, 'CONV-2025-0001')
  convenioId!: string;

  @CampoFecha('fechaDeSolicitud', '2025-06-02')
  fechaDeSolicitud!: string;

  @CampoFecha('fechaDeAutorizacion', '2025-06-02')
  fechaDeAutorizacion!: string;

  @CampoEntero('numeroDeParcialidades', 1, 36, 6)
  numeroDeParcialidades!: number;

  @CampoImporte('tasaMensualDeProrroga', '1.26', false, 'Tasa mensual de prórroga de la Ley de Ingresos vigente en la solicitud, en por ciento.')
  tasaMensualDeProrroga!: string;

  @CampoImporte('pagoInicialRecibido', '2450.00')
  pagoInicialRecibido!: string;

  @CampoUno('naturaleza', ['propia', 'retenida', 'trasladada', 'recaudada'])
  naturaleza!: string;
}

export class DeclararPrescripcionDto {
  @CampoFecha('fechaSolicitud', '2031-01-10', false, 'La fecha de la solicitud del contribuyente (CHP art. 24).')
  fechaSolicitud!: string;
}

export class CancelarCreditoDto {
  @CampoFecha('fecha', '2026-01-15')
  fecha!: string;

  @CampoTexto('acuerdo', 3, 500, 'Acuerdo SI/0001/2026 del Subsecretario de Ingresos')
  acuerdo!: string;

  @CampoImporte('costoDeRecuperacion', '3500.00', true)
  costoDeRecuperacion?: string;

  @CampoUno('insolvencia', ['sin-bienes-embargables', 'no-localizado-sin-bienes-embargables', 'fallecido-sin-bienes'], true)
  insolvencia?: string;
}

export class FechaDeConsultaDto {
  @CampoFecha('fecha', '2025-06-30', true, 'La fecha a la que se consulta; por omisión, la fecha de negocio.')
  fecha?: string;
}

export class EstadoDeCuentaDto extends FechaDeConsultaDto {
  @ApiPropertyOptional({ example: 'CF-2025-0001', description: 'Sin sesión: uno de los créditos del contribuyente (segundo identificador).' })
  @IsOptional()
  @IsString({ message: 'El campo credito debe ser texto' })
  @Matches(ID_DE_CREDITO, { message: 'El campo credito debe ser el identificador de uno de sus créditos' })
  credito?: string;
}

export class ListarCreditosDto {
  @CampoTexto('delegacion', 1, 10, 'XI', true)
  delegacion?: string;

  @CampoUno('etapa', ETAPAS, true)
  etapa?: string;

  @ApiPropertyOptional({ example: 'GOHG800101AB1' })
  @IsOptional()
  @IsString({ message: 'El campo rfc debe ser texto' })
  @Matches(/^[A-Za-zÑñ&]{3,4}\d{6}[A-Za-z0-9]{3}$/, { message: 'El campo rfc debe ser un RFC de 12 o 13 caracteres' })
  rfc?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'El campo exigible debe ser true o false' })
  exigible?: string;

  @ApiPropertyOptional({ example: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'El campo limite debe ser un número entero' })
  @Min(1, { message: 'El campo limite debe ser al menos 1' })
  @Max(500, { message: 'El campo limite debe ser a lo más 500' })
  limite?: number;

  @ApiPropertyOptional({ example: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'El campo desplazamiento debe ser un número entero' })
  @Min(0, { message: 'El campo desplazamiento debe ser al menos 0' })
  desplazamiento?: number;
}

export class BarridoDto {
  @CampoFecha('fecha', '2025-04-17', false, 'La fecha de negocio hasta la que se barre (se recuperan los días hábiles no barridos).')
  fecha!: string;
}

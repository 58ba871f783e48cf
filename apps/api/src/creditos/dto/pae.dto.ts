// Bodies of the acts of the procedimiento administrativo de ejecución (CHP arts. 114-166, 182-183): each names the
// date of the act, which is also its legal date (fechaEfecto).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsOptional, ValidateNested } from 'class-validator';
import { ORDEN_DE_BIENES_EMBARGABLES } from '@tesoreria/domain';
import { CampoFecha, CampoImporte, CampoSiNo, CampoTexto, CampoUno } from './campos';

export class ActoDelPaeDto {
  @CampoFecha('fecha', '2025-05-06')
  fecha!: string;
}

export class BienEmbargadoDto {
  @CampoUno('bienes.tipo', ORDEN_DE_BIENES_EMBARGABLES)
  tipo!: string;

  @CampoTexto('bienes.descripcion', 3, 500, 'Camioneta pick-up 2019')
  descripcion!: string;
}

export class EmbargoDto extends ActoDelPaeDto {
  @ApiPropertyOptional({ type: [BienEmbargadoDto], description: 'Bienes en el orden del art. 119.' })
  @IsOptional()
  @IsArray({ message: 'El campo bienes debe ser una lista' })
  @ArrayMaxSize(50, { message: 'El campo bienes admite a lo más 50 bienes' })
  @ValidateNested({ each: true })
  @Type(() => BienEmbargadoDto)
  bienes?: BienEmbargadoDto[];

  @CampoImporte('importeInmovilizado', '12000.00', true, 'Fondos inmovilizados en cuentas bancarias (CHP arts. 117 II y 118).')
  importeInmovilizado?: string;

  @CampoSiNo('sinSujetarseAlOrden')
  sinSujetarseAlOrden?: boolean;
}

export class AvaluoDto extends ActoDelPaeDto {
  @CampoTexto('perito', 3, 250, 'Ing. Ramón Pérez')
  perito!: string;

  @CampoImporte('valor', '90000.00')
  valor!: string;
}

export class ConvocatoriaDeRemateDto {
  @CampoFecha('fechaConvocatoria', '2025-06-03')
  fechaConvocatoria!: string;

  @CampoFecha('fechaPublicacion', '2025-06-04')
  fechaPublicacion!: string;

  @CampoFecha('fechaRemate', '2025-06-20')
  fechaRemate!: string;
}

export class ResultadoDeRemateDto extends ActoDelPaeDto {
  @CampoTexto('postor', 3, 250, 'Comercializadora del Soconusco')
  postor!: string;

  @CampoImporte('postura', '61000.00')
  postura!: string;

  @CampoImporte('deposito', '9000.00')
  deposito!: string;
}

export class AdjudicacionDto extends ActoDelPaeDto {
  @CampoUno('motivo', ['sin-postores', 'sin-posturas-legales'])
  motivo!: string;
}

export class GarantiaDto {
  @CampoTexto('garantia.forma', 3, 100, 'fianza')
  forma!: string;

  @CampoImporte('garantia.importe', '10520.00')
  importe!: string;
}

export class SuspensionDto extends ActoDelPaeDto {
  @CampoUno('motivo', ['recurso-de-revocacion', 'juicio-de-nulidad', 'solicitud-de-condonacion'])
  motivo!: string;

  @ApiProperty({ type: GarantiaDto })
  @IsDefined({ message: 'El campo garantia es obligatorio' })
  @ValidateNested()
  @Type(() => GarantiaDto)
  garantia!: GarantiaDto;
}

export class ReanudacionDto extends ActoDelPaeDto {
  @CampoUno('motivo', ['resolucion-confirmatoria', 'garantia-insuficiente', 'desistimiento'])
  motivo!: string;
}

export class MedioDeDefensaDto extends ActoDelPaeDto {
  @CampoUno('medio', ['recurso-de-revocacion', 'juicio-de-nulidad'])
  medio!: string;
}

export class ResolucionDeMedioDeDefensaDto extends ActoDelPaeDto {
  @CampoUno('sentido', ['confirma', 'deja-sin-efecto'])
  sentido!: string;
}

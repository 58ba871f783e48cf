// Bodies of the account endpoints: an admin turning a user on or off, and a user changing their own password
// (ROS: 8 to 20 characters).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';

export class CambiarActivoDto {
  @ApiProperty({ example: false, description: 'false desactiva la cuenta y cierra sus sesiones; true la reactiva.' })
  @IsBoolean({ message: 'El campo activo debe ser true o false' })
  activo!: boolean;

  @ApiPropertyOptional({ example: 'Cambio de adscripción', description: 'Motivo, queda en la bitácora de la cuenta.' })
  @IsOptional()
  @IsString({ message: 'El campo motivo debe ser texto' })
  @Length(3, 500, { message: 'El campo motivo debe tener entre 3 y 500 caracteres' })
  motivo?: string;
}

export class CambiarContrasenaDto {
  @ApiProperty({ example: 'Chiapas2026', minLength: 8, maxLength: 20 })
  @IsString({ message: 'El campo contrasenaActual debe ser texto' })
  @Length(8, 20, { message: 'El campo contrasenaActual debe tener entre 8 y 20 caracteres' })
  contrasenaActual!: string;

  @ApiProperty({
    example: 'Tuxtla2027x',
    minLength: 8,
    maxLength: 20,
    description: 'De 8 a 20 caracteres, sin espacios, con una letra y un dígito, al menos 5 distintos y fuera de la lista de las más comunes (422 si no).',
  })
  @IsString({ message: 'El campo contrasenaNueva debe ser texto' })
  @Length(8, 20, { message: 'El campo contrasenaNueva debe tener entre 8 y 20 caracteres' })
  contrasenaNueva!: string;
}

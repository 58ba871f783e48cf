// Bodies of the account endpoints: an admin turning a user on or off, and a user changing their own password
// (ROS: 8 to 20 characters).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CampoDeContrasena } from './contrasena';
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
  @CampoDeContrasena('contrasenaActual', 'Chiapas2026', 'La contraseña vigente del usuario.')
  contrasenaActual!: string;

  @CampoDeContrasena('contrasenaNueva', 'Tuxtla2027x')
  contrasenaNueva!: string;
}

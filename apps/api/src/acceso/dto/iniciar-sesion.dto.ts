// Body of POST /api/sesiones: the ROS log-in form (user name and a password of 8 to 20 characters).
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { CampoDeContrasena } from './contrasena';

export class IniciarSesionDto {
  @ApiProperty({ example: 'sgg.registro', description: 'Nombre de usuario asignado a la dependencia.' })
  @IsString({ message: 'El campo usuario debe ser texto' })
  @Length(3, 40, { message: 'El campo usuario debe tener entre 3 y 40 caracteres' })
  usuario!: string;

  @CampoDeContrasena('contrasena', 'Chiapas2026', 'Contraseña de acceso: debe tener entre 8 y 20 caracteres.')
  contrasena!: string;
}

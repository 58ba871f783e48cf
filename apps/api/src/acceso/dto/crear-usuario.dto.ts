// Body of POST /api/usuarios (role admin): a user of an agency, a bank or the Secretaría.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ROLES, type Rol } from '@tesoreria/domain';
import { CampoDeContrasena } from './contrasena';

export class CrearUsuarioDto {
  @ApiProperty({ example: 'sgg.registro', description: 'De 3 a 40 minúsculas, dígitos, punto, guion o guion bajo.' })
  @IsString({ message: 'El campo usuario debe ser texto' })
  @Matches(/^[a-z0-9][a-z0-9._-]{2,39}$/, { message: 'El campo usuario debe tener de 3 a 40 minúsculas, dígitos, punto, guion o guion bajo' })
  usuario!: string;

  @ApiProperty({ example: 'Oficina del Registro Civil' })
  @IsString({ message: 'El campo nombre debe ser texto' })
  @Length(2, 120, { message: 'El campo nombre debe tener entre 2 y 120 caracteres' })
  nombre!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES as Rol[], { message: 'El campo rol debe ser dependencia, banco, cobranza, auditor, direccion o admin' })
  rol!: Rol;

  @ApiPropertyOptional({ example: 'SGG', description: 'Id de la Dependencia del catálogo (solo rol dependencia).' })
  @IsOptional()
  @IsString({ message: 'El campo dependencia debe ser texto' })
  dependencia?: string;

  @ApiPropertyOptional({ example: 'Banco del Sureste', description: 'Banco u oficina recaudadora (rol banco).' })
  @IsOptional()
  @IsString({ message: 'El campo institucion debe ser texto' })
  @Length(2, 120, { message: 'El campo institucion debe tener entre 2 y 120 caracteres' })
  institucion?: string;

  @CampoDeContrasena('contrasena', 'Chiapas2026')
  contrasena!: string;
}

// Administration of the registry's users (role admin): agencies get their users here or from the demo seed.
import { Body, Controller, Get, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SesionActiva } from '../comun/contexto';
import { CrearUsuarioDto } from './dto/crear-usuario.dto';
import { Roles, Sesion, SesionGuard } from './sesion.guard';
import { UsuariosService } from './usuarios.service';

@ApiTags('registro: acceso')
@ApiCookieAuth('sesion')
@ApiBearerAuth()
@Controller('api/usuarios')
@UseGuards(SesionGuard)
@Roles('admin')
export class UsuariosController {
  constructor(private readonly usuarios: UsuariosService) {}

  @Post()
  @ApiOperation({ summary: 'Crea un usuario (solo rol admin); la contraseña cumple la política del portal' })
  @ApiCreatedResponse({ description: 'El usuario creado, sin su contraseña.' })
  crear(@Body() dto: CrearUsuarioDto, @Sesion() sesion: SesionActiva) {
    return this.usuarios.crear(dto, sesion.usuario);
  }

  @Get()
  @ApiOperation({ summary: 'Lista los usuarios (solo rol admin)' })
  listar() {
    return this.usuarios.listar();
  }
}

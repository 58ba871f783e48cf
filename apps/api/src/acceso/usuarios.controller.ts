// Administration of the registry's users (role admin): agencies get their users here or from the demo seed; an
// admin deactivates or reactivates them, and every such act is in the account's bitácora with who did it.
import { Body, Controller, Get, HttpCode, Param, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BitacoraDeUsuarios, UsuariosService, type SesionActiva } from '@tesoreria/acceso';
import { CambiarActivoDto } from './dto/cuenta.dto';
import { CrearUsuarioDto } from './dto/crear-usuario.dto';
import { Roles, Sesion, SesionGuard } from './sesion.guard';

@ApiTags('registro: acceso')
@ApiCookieAuth('sesion')
@ApiBearerAuth()
@Controller('api/usuarios')
@UseGuards(SesionGuard)
@Roles('admin')
export class UsuariosController {
  constructor(
    private readonly usuarios: UsuariosService,
    private readonly bitacoras: BitacoraDeUsuarios,
  ) {}

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

  @Put(':usuario/activo')
  @HttpCode(200)
  @ApiOperation({ summary: 'Desactiva (cierra sus sesiones) o reactiva un usuario (solo rol admin); queda en la bitácora' })
  cambiarActivo(@Param('usuario') usuario: string, @Body() dto: CambiarActivoDto, @Sesion() sesion: SesionActiva) {
    return this.usuarios.cambiarActivo(usuario, dto.activo, sesion, dto.motivo);
  }

  @Get(':usuario/bitacora')
  @ApiOperation({ summary: 'Quién creó, desactivó o reactivó la cuenta o cambió su contraseña, y cuándo (solo rol admin)' })
  bitacora(@Param('usuario') usuario: string) {
    return this.bitacoras.deUsuario(usuario);
  }
}

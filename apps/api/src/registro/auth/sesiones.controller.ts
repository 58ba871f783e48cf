// ROS log-in and log-out, and a user changing their own password. The session id travels in an HttpOnly, SameSite=Strict cookie `sesion` (pages) and
// is also returned for API clients that prefer `Authorization: Bearer`.
import { Body, Controller, Delete, Get, HttpCode, HttpException, Post, Put, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SesionActiva } from '../comun/contexto';
import { CambiarContrasenaDto } from './dto/cuenta.dto';
import { IniciarSesionDto } from './dto/iniciar-sesion.dto';
import { LimitadorDeIntentos } from './limite-de-intentos';
import { COOKIE_DE_SESION, Sesion, SesionGuard } from './sesion.guard';
import { UsuariosService } from './usuarios.service';

type ReplyConCookies = FastifyReply & {
  setCookie(nombre: string, valor: string, opciones: Record<string, unknown>): FastifyReply;
  clearCookie(nombre: string, opciones: Record<string, unknown>): FastifyReply;
};

const opcionesDeCookie = (request: FastifyRequest) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'strict',
  secure: request.protocol === 'https',
});

@ApiTags('registro: acceso')
@Controller('api/sesiones')
export class SesionesController {
  constructor(
    private readonly usuarios: UsuariosService,
    private readonly intentos: LimitadorDeIntentos,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Inicia sesión (usuario y contraseña de 8 a 20 caracteres)',
    description:
      'Cinco intentos fallidos en 15 minutos bloquean la cuenta (403 cuenta-bloqueada); veinte desde una misma IP en 15 minutos bloquean esa IP (429 con Retry-After). La sesión vence tras 30 minutos sin actividad o a las 8 horas.',
  })
  @ApiCreatedResponse({ description: 'Sesión iniciada; cookie HttpOnly `sesion` y el token para `Authorization: Bearer`.' })
  async iniciar(@Body() dto: IniciarSesionDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: ReplyConCookies) {
    await this.intentos.exigirIpNoBloqueada(request.ip, (nombre, valor) => void reply.header(nombre, valor));
    let iniciada: Awaited<ReturnType<UsuariosService['iniciarSesion']>>;
    try {
      iniciada = await this.usuarios.iniciarSesion(dto.usuario, dto.contrasena);
    } catch (error) {
      // Wrong credentials count against the IP too; a locked or deactivated account is not a new guess.
      if (error instanceof HttpException && error.getStatus() === 401) await this.intentos.registrarFallo(request.ip);
      throw error;
    }
    const { token, sesion } = iniciada;
    reply.setCookie(COOKIE_DE_SESION, token, opcionesDeCookie(request));
    return { ...publica(sesion), token };
  }

  @Get('actual')
  @UseGuards(SesionGuard)
  @ApiCookieAuth('sesion')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'La sesión actual: usuario, rol, dependencia y cuándo vence' })
  actual(@Sesion() sesion: SesionActiva) {
    return publica(sesion);
  }

  @Put('actual/contrasena')
  @HttpCode(204)
  @UseGuards(SesionGuard)
  @ApiCookieAuth('sesion')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Cambia la contraseña del usuario de la sesión (se pide la actual; la nueva, de 8 a 20 caracteres)',
    description: 'Cierra las demás sesiones del usuario; ésta sigue abierta. Una contraseña actual equivocada cuenta para el bloqueo.',
  })
  async cambiarContrasena(@Sesion() sesion: SesionActiva, @Body() dto: CambiarContrasenaDto) {
    await this.usuarios.cambiarContrasena(sesion, dto.contrasenaActual, dto.contrasenaNueva);
  }

  @Delete()
  @HttpCode(204)
  @UseGuards(SesionGuard)
  @ApiCookieAuth('sesion')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Cierra la sesión' })
  async cerrar(@Sesion() sesion: SesionActiva, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: ReplyConCookies) {
    await this.usuarios.cerrarSesion(sesion.sesionId);
    reply.clearCookie(COOKIE_DE_SESION, opcionesDeCookie(request));
  }
}

function publica(s: SesionActiva) {
  return { usuario: s.usuario, nombre: s.nombre, rol: s.rol, dependencia: s.dependencia, institucion: s.institucion, expira: s.expira };
}

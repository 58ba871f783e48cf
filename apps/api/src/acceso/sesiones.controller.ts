// ROS log-in and log-out, and a user changing their own password. The session id travels in an HttpOnly,
// SameSite=Strict cookie `sesion`; the log-in body carries it as a bearer token only for API clients (see
// quiereTokenPortador), so no script of a page ever reads it.
import { Body, Controller, Delete, Get, HttpCode, Post, Put, Req, Res, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CambioDeContrasena, NoAutenticado, SesionesService, VerificacionesSaturadas, type SesionActiva, type SesionIniciada } from '@tesoreria/acceso';
import { AdmisionDeSesiones } from './admision-de-sesiones';
import { CambiarContrasenaDto } from './dto/cuenta.dto';
import { IniciarSesionDto } from './dto/iniciar-sesion.dto';
import { LimitadorDeIntentos } from './limite-de-intentos';
import { COOKIE_DE_SESION, Sesion, SesionGuard } from './sesion.guard';

type ReplyConCookies = FastifyReply & {
  setCookie(nombre: string, valor: string, opciones: Record<string, unknown>): FastifyReply;
  clearCookie(nombre: string, opciones: Record<string, unknown>): FastifyReply;
};

/**
 * Whether the log-in answer carries the token in its body (issue 9, item 13). A client that asks with
 * `X-Token-Portador: si` gets it. Otherwise a browser does not: a browser sends `Origin` on every POST from a page
 * and `Sec-Fetch-Site` on every request (Chrome 76+, Firefox 90+, Safari 16.4+), and a page's script can neither
 * remove nor forge them; its session is the HttpOnly cookie. Any other client (a bank's system, curl, Node's fetch,
 * which sends Sec-Fetch-Mode but neither of those) keeps the bearer token in the body, as before.
 */
export function quiereTokenPortador(request: FastifyRequest): boolean {
  const h = request.headers;
  if (String(h['x-token-portador'] ?? '').toLowerCase() === 'si') return true;
  return h.origin === undefined && h['sec-fetch-site'] === undefined;
}

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
    private readonly cambioDeContrasena: CambioDeContrasena,
    private readonly sesiones: SesionesService,
    private readonly intentos: LimitadorDeIntentos,
  ) {}

  @Post()
  @UseInterceptors(AdmisionDeSesiones)
  @ApiOperation({
    summary: 'Inicia sesión (usuario y contraseña de 8 a 20 caracteres)',
    description:
      'Cinco intentos fallidos en 15 minutos bloquean la cuenta (403 cuenta-bloqueada); veinte desde una misma IP en 15 minutos bloquean esa IP (429 con Retry-After); ' +
      'con demasiados inicios de sesión en curso, 503. La sesión vence tras 30 minutos sin actividad o a las 8 horas. ' +
      'El cuerpo trae `token` (para `Authorization: Bearer`) solo para clientes de API: sin encabezados Origin ni Sec-Fetch-Site de un navegador, o con `X-Token-Portador: si`.',
  })
  @ApiCreatedResponse({ description: 'Sesión iniciada; cookie HttpOnly `sesion` y, para clientes de API, el token para `Authorization: Bearer`.' })
  async iniciar(@Body() dto: IniciarSesionDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: ReplyConCookies) {
    await this.intentos.reservar(request.ip, (nombre, valor) => void reply.header(nombre, valor));
    let iniciada: SesionIniciada;
    try {
      iniciada = await this.sesiones.iniciarSesion(dto.usuario, dto.contrasena);
    } catch (error) {
      // Wrong credentials keep counting against the IP; a locked or deactivated account is not a new guess.
      if (!(error instanceof NoAutenticado)) await this.intentos.devolver(request.ip);
      // Too many checks in progress: a second later the queue has moved on.
      if (error instanceof VerificacionesSaturadas) void reply.header('retry-after', '1');
      throw error;
    }
    await this.intentos.devolver(request.ip);
    const { token, sesion } = iniciada;
    reply.setCookie(COOKIE_DE_SESION, token, opcionesDeCookie(request));
    return quiereTokenPortador(request) ? { ...publica(sesion), token } : publica(sesion);
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
    await this.cambioDeContrasena.cambiar(sesion, dto.contrasenaActual, dto.contrasenaNueva);
  }

  @Delete()
  @HttpCode(204)
  @UseGuards(SesionGuard)
  @ApiCookieAuth('sesion')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Cierra la sesión' })
  async cerrar(@Sesion() sesion: SesionActiva, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: ReplyConCookies) {
    await this.sesiones.cerrarSesion(sesion.sesionId);
    reply.clearCookie(COOKIE_DE_SESION, opcionesDeCookie(request));
  }
}

function publica(s: SesionActiva) {
  return { usuario: s.usuario, nombre: s.nombre, rol: s.rol, dependencia: s.dependencia, institucion: s.institucion, expira: s.expira };
}

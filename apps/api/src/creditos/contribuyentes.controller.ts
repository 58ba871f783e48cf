// A taxpayer's estado de cuenta as of a date (CHP arts. 43-45, 113; issue 11 item 4). Cobranza, auditor and
// dirección read any; without a session, the taxpayer reaches only their own with a second identifier, one of
// their credit ids (`?credito=`), as the citizen's consultation does: a wrong pair and an unknown RFC get the very
// same 404, and the per-address limit of the consultation applies.
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { accesoDenegado } from '@tesoreria/domain';
import { ConsultasDeCreditos, FechaDeNegocio } from '@tesoreria/creditos';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problema } from '../http/problem';
import { tokenDe } from '../registro/auth/sesion.guard';
import { SesionesService } from '../registro/auth/sesiones.service';
import { LimitadorDeConsultas } from '../registro/consulta/limite-de-consultas';
import { LEEN } from './comun';
import { IDENTIFICADOR } from './dto/campos';
import { EstadoDeCuentaDto } from './dto/credito.dto';
import { valorInvalido } from '@tesoreria/domain';

const SIN_RESULTADO = problema(404, 'No encontramos un estado de cuenta con ese RFC o CURP y ese crédito. Revise que ambos datos sean los de su notificación.', {
  codigo: 'estado-de-cuenta-sin-resultado',
});

@ApiTags('créditos fiscales: contribuyentes')
@Controller('api/contribuyentes')
export class ContribuyentesController {
  constructor(
    private readonly consultas: ConsultasDeCreditos,
    private readonly fechaDeNegocio: FechaDeNegocio,
    private readonly sesiones: SesionesService,
    private readonly limitador: LimitadorDeConsultas,
  ) {}

  @Get(':rfc/estado-de-cuenta')
  @ApiOperation({ summary: 'Estado de cuenta del contribuyente a una fecha (RFC o CURP); sin sesión exige ?credito= uno de sus créditos' })
  @ApiNotFoundResponse({ description: 'Sin sesión: ningún crédito coincide con el RFC/CURP y el crédito (la misma respuesta en todos los casos).' })
  async estadoDeCuenta(@Param('rfc') rfc: string, @Query() q: EstadoDeCuentaDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const identificador = rfc.trim().toUpperCase();
    if (!IDENTIFICADOR.test(identificador)) throw valorInvalido('rfc-invalido', 'El campo rfc debe ser el RFC (12 o 13 caracteres) o la CURP (18) del contribuyente.', 'rfc');
    const token = tokenDe(request as never);
    if (token) {
      const sesion = await this.sesiones.sesionDeToken(token);
      if (!LEEN.includes(sesion.rol)) throw accesoDenegado('rol-sin-permiso', `El rol ${sesion.rol} no tiene acceso a esta operación (solo ${LEEN.join(', ')}).`, 'rol');
    } else {
      await this.limitador.exigir(request, reply);
      if (!q.credito || !(await this.consultas.esDelContribuyente(q.credito, identificador))) {
        void reply.status(404).header('content-type', 'application/problem+json; charset=utf-8');
        return SIN_RESULTADO;
      }
    }
    const contribuyente = identificador.length === 18 ? { curp: identificador } : { rfc: identificador };
    return this.consultas.estadoDeCuenta(contribuyente, q.fecha ?? this.fechaDeNegocio.hoy());
  }
}

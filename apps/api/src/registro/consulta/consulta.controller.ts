// ROS, "Consulta de Pagos": a citizen checks, with the receipt's folio and the RFC or CURP written on it, the
// payment, its amount, and whether, when and by which agency the service was granted. No log-in. A wrong pair
// and an unknown folio get the very same 404 body, so the answer never tells whether a folio exists.
import { Controller, Get, Inject, Query, Res, UseGuards } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { delegacionPorClave } from '@tesoreria/domain';
import { derechoPorClave, dependenciaPorId, type CatalogoDeDerechos } from '@tesoreria/catalogo';
import type { FastifyReply } from 'fastify';
import { problema } from '../../http/problem';
import { RecibosQueries } from '@tesoreria/registro';
import { CATALOGO } from '@tesoreria/registro/nest/tokens';
import { ConsultaDto } from './consulta.dto';
import { LimiteDeConsultasGuard } from './limite-de-consultas';

export const NO_ENCONTRADO = problema(404, 'No encontramos un pago con ese folio y ese RFC o CURP. Revise que ambos datos sean los del recibo oficial.', {
  codigo: 'consulta-sin-resultado',
  instance: '/api/consulta',
});

@ApiTags('registro: consulta ciudadana')
@Controller('api/consulta')
export class ConsultaController {
  constructor(
    private readonly recibos: RecibosQueries,
    @Inject(CATALOGO) private readonly catalogo: CatalogoDeDerechos,
  ) {}

  @Get()
  @UseGuards(LimiteDeConsultasGuard)
  @ApiOperation({ summary: 'Consulta ciudadana de un pago y del servicio otorgado (folio y RFC o CURP; sin sesión; 10 por minuto)' })
  @ApiOkResponse({ description: 'El pago, su importe y el estado del servicio.' })
  @ApiNotFoundResponse({ description: 'Ningún recibo coincide con el folio y el RFC/CURP (la misma respuesta en todos los casos).' })
  @ApiTooManyRequestsResponse({ description: 'Demasiadas consultas desde la misma dirección.' })
  async consultar(@Query() q: ConsultaDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const f = await this.recibos.reciboDelContribuyente(q.folio.trim().toUpperCase(), q.identificador.trim().toUpperCase());
    if (!f) {
      void reply.status(404).header('content-type', 'application/problem+json; charset=utf-8');
      return NO_ENCONTRADO;
    }
    const derecho = derechoPorClave(this.catalogo, f.clave_derecho);
    const nombreDe = (id: string | null) => (id ? (dependenciaPorId(this.catalogo, id)?.nombre ?? id) : null);
    const dependenciaDelDerecho = derecho ? { id: derecho.dependencia, nombre: nombreDe(derecho.dependencia) } : null;
    return {
      folio: f.folio,
      contribuyente: f.nombre,
      fechaPago: f.fecha_pago,
      derecho: { clave: f.clave_derecho, descripcion: derecho?.descripcionCompleta ?? null, dependencia: dependenciaDelDerecho },
      cantidad: f.cantidad,
      importeDerecho: f.importe_derecho,
      adicional: f.adicional,
      salvamentos: f.salvamentos,
      importeTotal: f.importe_total,
      delegacion: { clave: f.delegacion, nombre: delegacionPorClave(f.delegacion)?.nombre ?? null },
      servicio: {
        estado: f.estado_servicio,
        otorgado: f.fecha_otorgamiento !== null,
        fechaOtorgamiento: f.fecha_otorgamiento,
        dependencia: f.dependencia_otorgante ? { id: f.dependencia_otorgante, nombre: nombreDe(f.dependencia_otorgante) } : null,
        fechaConstanciaDeNoPrestacion: f.fecha_constancia,
        fechaSolicitudDeDevolucion: f.fecha_solicitud_devolucion,
      },
    };
  }
}

// The Ley de Derechos catalog (LD arts. 21-52), public: search a derecho, see one, list the agencies.
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { noEncontrado } from '@tesoreria/domain';
import { buscarDerechos, derechoPorClave, type CatalogoDeDerechos } from '@tesoreria/catalogo';
import { lineaPublica } from '@tesoreria/registro';
import { CATALOGO } from '@tesoreria/registro/nest/tokens';
import { BuscarDerechosDto } from './buscar-derechos.dto';

@ApiTags('registro: catálogo')
@Controller('api')
export class DerechosController {
  constructor(@Inject(CATALOGO) private readonly catalogo: CatalogoDeDerechos) {}

  @Get('derechos')
  @ApiOperation({ summary: 'Busca derechos de la Ley de Derechos por palabras y Dependencia' })
  @ApiOkResponse({ description: 'Líneas de tarifa vigentes, en el orden de la ley; importes como cadenas.' })
  buscar(@Query() filtro: BuscarDerechosDto) {
    const lineas = buscarDerechos(this.catalogo, { q: filtro.q, dependencia: filtro.dependencia, limite: filtro.limite ?? 50 });
    return { ley: this.catalogo.ley, vigenteDesde: this.catalogo.vigenteDesde, total: lineas.length, derechos: lineas.map(lineaPublica) };
  }

  @Get('derechos/:clave')
  @ApiOperation({ summary: 'Un derecho por su clave, p. ej. LD-21 Bis-II-a' })
  uno(@Param('clave') clave: string) {
    const linea = derechoPorClave(this.catalogo, clave);
    if (!linea) throw noEncontrado('derecho-desconocido', `No existe el derecho ${clave} en el catálogo (clave).`, 'clave');
    const dependencia = this.catalogo.dependencias.find((d) => d.id === linea.dependencia);
    const unidad = dependencia?.unidades.find((u) => u.id === linea.unidad);
    return { ...lineaPublica(linea), nombreDependencia: dependencia?.nombre ?? null, nombreUnidad: unidad?.nombre ?? null, fuente: linea.fuente };
  }

  @Get('dependencias')
  @ApiOperation({ summary: 'Las Dependencias del catálogo (Capítulos de la Ley de Derechos) con sus unidades' })
  dependencias() {
    return this.catalogo.dependencias.map((d) => ({ id: d.id, nombre: d.nombre, capitulo: d.capitulo, unidades: d.unidades }));
  }
}

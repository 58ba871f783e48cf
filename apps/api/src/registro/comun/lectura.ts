// How the api plugs into the registry's read-your-writes wait (libs/registro/src/proyecciones/alcance.ts): the
// position this request wrote, and the 503 problem+json in Spanish when the read models are not there yet.
import { HttpException } from '@nestjs/common';
import type { OpcionesDelRegistro } from '@tesoreria/registro/nest/registro.module';
import { posicionEscrita } from '../../http/contexto-de-solicitud';
import { problema } from '../../http/problem';

export const lecturaDeLaSolicitud: OpcionesDelRegistro = {
  posicionEscrita,
  rezago: (registrada, ms) => {
    const segundos = (ms / 1000).toLocaleString('es-MX');
    return new HttpException(
      problema(
        503,
        registrada
          ? `La operación quedó registrada, pero las consultas todavía no la reflejan después de ${segundos} s; consulte de nuevo en unos momentos. Repetir la solicitud con la misma clave no la registra dos veces.`
          : `Las consultas no están al día con el registro después de ${segundos} s; intente de nuevo en unos momentos.`,
        { codigo: 'consulta-no-actualizada', registrada },
      ),
      503,
    );
  },
};

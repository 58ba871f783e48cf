import { calcularPagoDiferido, contribucionesAdmitenPagoAPlazos, crearCalendario, type ContribucionSolicitada, type SolicitudDePagoDiferido } from '@tesoreria/domain';
import { runGolden } from './runner';

type Entrada = ({ tipo: 'diferido' } & SolicitudDePagoDiferido) | { tipo: 'restricciones'; fechaDeSolicitud: string; contribuciones: ContribucionSolicitada[] };

const cal = crearCalendario([]);
runGolden<Entrada>('chp-041-pago-a-plazos.yaml', (e) => {
  if (e.tipo === 'diferido') return calcularPagoDiferido(cal, e);
  contribucionesAdmitenPagoAPlazos(e.contribuciones, e.fechaDeSolicitud);
  return { admitida: true };
});

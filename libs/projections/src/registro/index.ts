// Read models of the Registro de Otorgamiento de Servicios; the api registers `proyeccionesRegistro` with the daemon.
import type { Projection } from '../engine/projection';
import { proyeccionOrdenesDePago } from './ordenes-de-pago.projection';
import { proyeccionRecaudacionPorDelegacion } from './recaudacion-por-delegacion.projection';
import { proyeccionRecibos } from './recibos.projection';
import { proyeccionServicios } from './servicios.projection';

export { proyeccionOrdenesDePago, proyeccionRecaudacionPorDelegacion, proyeccionRecibos, proyeccionServicios };
export type { EstadoDelServicio } from './recibos.projection';
export type { TipoDeActo } from './servicios.projection';

export const proyeccionesRegistro: readonly Projection[] = [
  proyeccionOrdenesDePago,
  proyeccionRecibos,
  proyeccionServicios,
  proyeccionRecaudacionPorDelegacion,
];

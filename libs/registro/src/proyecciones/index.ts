// The registry's read models, one folder each (projection, queries, spec); the daemon runs `proyeccionesRegistro`.
import type { Projection } from '@tesoreria/projections';
import { proyeccionOrdenesDePago } from './ordenes-de-pago/ordenes-de-pago.projection';
import { proyeccionRecaudacionPorDelegacion } from './recaudacion-por-delegacion/recaudacion-por-delegacion.projection';
import { proyeccionRecibos } from './recibos/recibos.projection';
import { proyeccionServicios } from './servicios/servicios.projection';

export { proyeccionOrdenesDePago, proyeccionRecaudacionPorDelegacion, proyeccionRecibos, proyeccionServicios };
export type { EstadoDelServicio } from './recibos/recibos.projection';
export type { TipoDeActo } from './servicios/servicios.projection';
export * from './alcance';
export { pagoDeOrden, type EventoDelRegistro } from './eventos';
export * from './recibos/recibos.queries';
export * from './servicios/servicios.queries';
export * from './ordenes-de-pago/ordenes-de-pago.queries';
export * from './recaudacion-por-delegacion/recaudacion-por-delegacion.queries';

export const proyeccionesRegistro: readonly Projection[] = [
  proyeccionOrdenesDePago,
  proyeccionRecibos,
  proyeccionServicios,
  proyeccionRecaudacionPorDelegacion,
];

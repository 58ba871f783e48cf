// The credits' application layer: the use case of every act on a credit, the daily sweep, the queries, and its read models: each projection with its queries, and the list the
// projection daemon registers (wired into the api and the worker together with the credits' command handlers).
// The estado de cuenta has no table of its own: it folds the facts kept by the cuenta-del-credito read model.
import type { Projection } from '@tesoreria/projections';
import { proyeccionCuentaDelCredito } from './proyecciones/cuenta-del-credito/cuenta-del-credito.projection';
import { proyeccionEstadoDePagos } from './proyecciones/estado-de-pagos/estado-de-pagos.projection';
import { proyeccionEtapaDelPae } from './proyecciones/etapa-del-pae/etapa-del-pae.projection';
import { proyeccionRelojes } from './proyecciones/relojes/relojes.projection';
import { proyeccionVencimientos } from './proyecciones/vencimientos/vencimientos.projection';

export * from './proyecciones/cuenta-del-credito/cuenta-del-credito.projection';
export * from './proyecciones/cuenta-del-credito/cuenta-del-credito.queries';
export * from './proyecciones/estado-de-cuenta/estado-de-cuenta.queries';
export type { AdeudoExplicado, MesDeMora } from './proyecciones/estado-de-cuenta/explicacion-del-adeudo';
export * from './proyecciones/etapa-del-pae/etapa-del-pae.projection';
export * from './proyecciones/etapa-del-pae/etapa-del-pae.queries';
export * from './proyecciones/relojes/relojes.projection';
export * from './proyecciones/relojes/relojes.queries';
export * from './proyecciones/estado-de-pagos/estado-de-pagos.projection';
export * from './proyecciones/estado-de-pagos/estado-de-pagos.queries';
export * from './proyecciones/vencimientos/vencimientos.projection';
export * from './proyecciones/vencimientos/vencimientos.queries';
export * from './comando-sobre-credito/comando-sobre-credito.handler';
export * from './barrido/barrido-de-vencimientos.handler';
export * from './barrido/barridos-registrados';
export * from './barrido/fecha-de-negocio';
export * from './barrido/trabajo-de-barrido';
export * from './consultas/consultas-de-creditos';

export const proyeccionesDeCreditos: readonly Projection[] = [
  proyeccionCuentaDelCredito,
  proyeccionEtapaDelPae,
  proyeccionRelojes,
  proyeccionEstadoDePagos,
  proyeccionVencimientos,
];

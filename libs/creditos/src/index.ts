// The credits' application layer. For now its read models: each projection with its queries, and the list the
// projection daemon registers (wired into the api and the worker together with the credits' command handlers).
import type { Projection } from '@tesoreria/projections';
import { proyeccionCuentaDelCredito } from './proyecciones/cuenta-del-credito/cuenta-del-credito.projection';

export * from './proyecciones/cuenta-del-credito/cuenta-del-credito.projection';
export * from './proyecciones/cuenta-del-credito/cuenta-del-credito.queries';

export const proyeccionesDeCreditos: readonly Projection[] = [proyeccionCuentaDelCredito];

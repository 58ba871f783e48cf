// Every projection the daemon runs: each context lib's read models.
import type { Projection } from '@tesoreria/projections';
import { proyeccionesRegistro } from '@tesoreria/registro';

export const PROYECCIONES: readonly Projection[] = [...proyeccionesRegistro];

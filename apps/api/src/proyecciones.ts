// Every projection the daemon runs. A new read model is registered here (and only here).
import { proyeccionesRegistro, type Projection } from '@tesoreria/projections';

export const PROYECCIONES: readonly Projection[] = [...proyeccionesRegistro];

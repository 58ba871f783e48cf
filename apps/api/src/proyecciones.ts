// Every projection the daemon runs and every event type of the log: each context lib's read models and types.
import type { EventTypeDefinition } from '@tesoreria/event-store';
import type { Projection } from '@tesoreria/projections';
import { proyeccionesDeCreditos } from '@tesoreria/creditos';
import { proyeccionesRegistro, tiposDelRegistro } from '@tesoreria/registro';

export const PROYECCIONES: readonly Projection[] = [...proyeccionesRegistro, ...proyeccionesDeCreditos];
export const TIPOS_DE_EVENTOS: readonly EventTypeDefinition[] = [...tiposDelRegistro];

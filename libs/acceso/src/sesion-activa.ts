// The logged-in person of the portal as every context sees it (GLOSARIO: usuario with its rol). The credits and the
// registry take it from here, never from each other.
import type { Rol } from '@tesoreria/domain';

export interface SesionActiva {
  readonly sesionId: string;
  readonly usuario: string;
  readonly nombre: string;
  readonly rol: Rol;
  readonly dependencia: string | null;
  readonly institucion: string | null;
  readonly expira: string;
}

/** Now, ISO-8601 UTC with seconds: what access needs of a clock (libs/registro's Reloj satisfies it). */
export interface Ahora {
  ahora(): string;
}

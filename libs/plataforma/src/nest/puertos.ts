// What the HTTP side needs from the projection daemon and the job scheduler, in the API's own words.
import type { UsuariosService } from '@tesoreria/acceso';

export interface EstadoDeProyeccion {
  readonly nombre: string;
  readonly version: number;
  readonly posicion: number;
  readonly posicionCabeza: number;
  readonly rezago: number;
  readonly estado: 'al-dia' | 'en-curso' | 'detenida' | 'fallida' | 'en-otro-proceso';
  readonly error?: string | null;
  /** Who writes the projection, and whether this process stopped writing it (and why). */
  readonly liderazgo?: LiderazgoDeProyeccion;
}

export interface LiderazgoDeProyeccion {
  /** This process holds the current epoch and writes the read model. */
  readonly enEsteProceso: boolean;
  /** Incremented on every takeover, in every process. */
  readonly epoca: number;
  /** host#pid#marca of the process that took it last. */
  readonly lider: string | null;
  /** Version of the stored checkpoint: above `version`, this process runs older code and stays stopped. */
  readonly versionEnBase: number | null;
  readonly reconstruccionPendiente: boolean;
  /** The last time this process stopped writing it: its lock's session ended, another took over, or a newer version. */
  readonly perdido: {
    readonly motivo: 'candado-perdido' | 'tomada-por-otro' | 'version-mas-nueva';
    readonly en: string;
    readonly posicion: number | null;
    readonly detalle: string;
  } | null;
}

export interface DaemonDeProyecciones {
  estado(): Promise<EstadoDeProyeccion[]>;
  /**
   * Waits until every projection has reached `posicion` (read-your-writes after a command), or the head of the
   * log when none is given. Rejects when the bound passes or a projection has failed.
   */
  alcanzar(posicion: number | undefined, timeoutMs: number): Promise<void>;
}

export interface PlanificadorDeTrabajos {
  salud(): Promise<{ readonly ok: boolean; readonly tipo: string; readonly [k: string]: unknown }>;
}

/**
 * What the demo seed needs of access: libs/acceso's users service itself (AccesoModule provides it under
 * ALTA_DE_USUARIOS). The seed can ask for UsuariosService directly and this port then goes.
 */
export type AltaDeUsuarios = Pick<UsuariosService, 'contar' | 'crearVarios'>;

// What the HTTP side needs from the projection daemon and the job scheduler, in the API's own words.

export interface EstadoDeProyeccion {
  readonly nombre: string;
  readonly version: number;
  readonly posicion: number;
  readonly posicionCabeza: number;
  readonly rezago: number;
  readonly estado: 'al-dia' | 'en-curso' | 'detenida' | 'fallida' | 'en-otro-proceso';
  readonly error?: string | null;
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

/** A user to create (the demo seed); the implementation is the api's users service until it moves to libs/acceso. */
export interface UsuarioNuevo {
  readonly usuario: string;
  readonly nombre: string;
  readonly rol: string;
  readonly dependencia?: string | null;
  readonly institucion?: string | null;
  readonly contrasena: string;
}

export interface AltaDeUsuarios {
  contar(): Promise<number>;
  crearVarios(nuevos: readonly UsuarioNuevo[], creadoPor: string): Promise<void>;
}

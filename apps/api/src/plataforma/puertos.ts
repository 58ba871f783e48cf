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
  /** Waits until every projection has reached the head of the log (read-your-writes after a command). */
  alcanzar(timeoutMs?: number): Promise<void>;
}

export interface PlanificadorDeTrabajos {
  salud(): Promise<{ readonly ok: boolean; readonly tipo: string; readonly [k: string]: unknown }>;
}

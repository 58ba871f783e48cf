// Read-your-writes, the one piece every read model's queries share: before reading, wait until the projections
// reach what this request wrote (or, when it wrote nothing, the head of the log), for at most the configured
// bound. Past it, or with a projection failed, the read is refused (the api answers 503): never a read model that
// does not show the request's own write yet. Where the position comes from (the HTTP request) and how the refusal
// is worded are the caller's: this lib knows no request.
export interface DaemonQueAlcanza {
  alcanzar(posicion: number | undefined, timeoutMs: number): Promise<void>;
}

export interface OpcionesDeAlcance {
  readonly esperaMs: number;
  /** The global position this request wrote (0 when it wrote nothing). */
  readonly posicionEscrita?: () => number;
  /** The error thrown when the bound passes; `registrada` tells whether the request had written something. */
  readonly rezago?: (registrada: boolean, ms: number) => Error;
  readonly avisar?: (mensaje: string) => void;
}

export class AlcanceDeLectura {
  constructor(
    private readonly daemon: DaemonQueAlcanza,
    private readonly opciones: OpcionesDeAlcance,
  ) {}

  async alcanzar(ms = this.opciones.esperaMs): Promise<void> {
    const posicion = this.opciones.posicionEscrita?.() ?? 0;
    try {
      await this.daemon.alcanzar(posicion > 0 ? posicion : undefined, ms);
    } catch (error) {
      this.opciones.avisar?.(
        `Las proyecciones no alcanzaron la posición ${posicion > 0 ? posicion : 'de la cabeza'} en ${ms} ms: ${error instanceof Error ? error.message : String(error)}`,
      );
      throw this.opciones.rezago?.(posicion > 0, ms) ?? error;
    }
  }
}

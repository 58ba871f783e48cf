// Refusals of access that are not the domain's: no valid session (401) and no password check available right now
// (503). Plain errors, so the services run without Nest; apps/api's problem filter gives them their status.

export class NoAutenticado extends Error {
  constructor(
    message: string,
    readonly codigo: string,
  ) {
    super(message);
    this.name = 'NoAutenticado';
  }
}

export class VerificacionesSaturadas extends Error {
  readonly codigo = 'sesion-no-disponible';

  constructor() {
    super('Hay demasiados inicios de sesión en curso; intente de nuevo en unos segundos.');
    this.name = 'VerificacionesSaturadas';
  }
}

export const noAutenticado = (detalle: string, codigo: string) => new NoAutenticado(detalle, codigo);

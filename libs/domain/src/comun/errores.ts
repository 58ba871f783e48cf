// Typed refusals of the domain. The API maps each kind to its HTTP status: a rule of the law -> 422,
// a conflict with the current state -> 409, a malformed value -> 400, access -> 403.

export type TipoDeRechazo = 'regla' | 'conflicto' | 'invalido' | 'acceso' | 'no-encontrado';

export class RechazoDeDominio extends Error {
  constructor(
    readonly tipo: TipoDeRechazo,
    /** Stable machine code, e.g. `recibo-ya-utilizado`. */
    readonly codigo: string,
    /** Spanish message for the user; names the field. */
    message: string,
    /** The field of the request the refusal is about (e.g. `folioRecibo`). */
    readonly campo?: string,
    /** The article of the law behind the rule, e.g. `LD art. 5`. */
    readonly fundamento?: string,
    /** Extra facts for the client (e.g. the first registration that used a receipt). */
    readonly detalles?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'RechazoDeDominio';
  }
}

export const reglaIncumplida = (codigo: string, mensaje: string, campo?: string, fundamento?: string, detalles?: Record<string, unknown>) =>
  new RechazoDeDominio('regla', codigo, mensaje, campo, fundamento, detalles);

export const conflicto = (codigo: string, mensaje: string, campo?: string, detalles?: Record<string, unknown>) =>
  new RechazoDeDominio('conflicto', codigo, mensaje, campo, undefined, detalles);

export const valorInvalido = (codigo: string, mensaje: string, campo?: string) =>
  new RechazoDeDominio('invalido', codigo, mensaje, campo);

export const accesoDenegado = (codigo: string, mensaje: string, campo?: string) =>
  new RechazoDeDominio('acceso', codigo, mensaje, campo);

export const noEncontrado = (codigo: string, mensaje: string, campo?: string) =>
  new RechazoDeDominio('no-encontrado', codigo, mensaje, campo);

// A user of the registry (agencies, banks and the Secretaría's staff) as stored, as shown, and as asked for.
import type { Rol } from '@tesoreria/domain';

export interface NuevoUsuario {
  readonly usuario: string;
  readonly nombre: string;
  readonly rol: Rol;
  readonly dependencia?: string | null;
  readonly institucion?: string | null;
  readonly contrasena: string;
}

export interface UsuarioPublico {
  readonly usuario: string;
  readonly nombre: string;
  readonly rol: Rol;
  readonly dependencia: string | null;
  readonly institucion: string | null;
  readonly activo: boolean;
}

/** A row of registro_usuarios: the public user and its password hash. */
export interface FilaDeUsuario extends UsuarioPublico {
  readonly hash: string;
}

/** Names are compared trimmed and in lower case, as they are stored. */
export const nombreDeUsuario = (escrito: string) => escrito.trim().toLowerCase();

// Access as one object a test, the seed or a Nest module builds from a SQL database, the catalog and a clock:
// users, passwords, sessions, lock-out and the users' bitácora, sharing one password-check queue.
import type { CatalogoDeDerechos } from '@tesoreria/catalogo';
import type { SqlDatabase } from '@tesoreria/event-store';
import { CambioDeContrasena } from './contrasenas/cambio-de-contrasena';
import { ContrasenasService } from './contrasenas/contrasenas';
import { prepararTablasDeAcceso } from './esquema';
import { IntentosFallidos } from './intentos/intentos-fallidos';
import type { Ahora } from './sesion-activa';
import { SesionesService } from './sesiones/sesiones.service';
import { BitacoraDeUsuarios } from './usuarios/bitacora-de-usuarios';
import { UsuariosService } from './usuarios/usuarios.service';

export interface Acceso {
  readonly contrasenas: ContrasenasService;
  readonly intentos: IntentosFallidos;
  readonly usuarios: UsuariosService;
  readonly sesiones: SesionesService;
  readonly cambioDeContrasena: CambioDeContrasena;
  readonly bitacora: BitacoraDeUsuarios;
}

/** Builds the services; call `prepararTablasDeAcceso(db)` once before using them. */
export function crearAcceso(db: SqlDatabase, catalogo: CatalogoDeDerechos, reloj: Ahora): Acceso {
  const contrasenas = new ContrasenasService();
  const intentos = new IntentosFallidos(db);
  return {
    contrasenas,
    intentos,
    usuarios: new UsuariosService(db, catalogo, reloj, contrasenas),
    sesiones: new SesionesService(db, reloj, contrasenas, intentos),
    cambioDeContrasena: new CambioDeContrasena(db, reloj, contrasenas, intentos),
    bitacora: new BitacoraDeUsuarios(db),
  };
}

/** The tables, then the services: what a test or a script without Nest calls. */
export async function abrirAcceso(db: SqlDatabase, catalogo: CatalogoDeDerechos, reloj: Ahora): Promise<Acceso> {
  await prepararTablasDeAcceso(db);
  return crearAcceso(db, catalogo, reloj);
}

// Without the demo seed, an operator opens the registry with an initial admin whose password the environment gives
// (REGISTRO_ADMIN_CONTRASENA); once the admin exists the variable changes nothing.
import type { UsuariosService } from './usuarios.service';

/** Whether the admin was created now. */
export async function crearAdminInicial(usuarios: UsuariosService, contrasena: string | undefined): Promise<boolean> {
  if (!contrasena || (await usuarios.existe('admin'))) return false;
  await usuarios.crear({ usuario: 'admin', nombre: 'Administración del registro', rol: 'admin', contrasena }, 'arranque');
  return true;
}

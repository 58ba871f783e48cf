// The logged-in user changes their own password: the new one meets the policy (decision 0205: 8-20 characters,
// not among the most common) and differs from the current one, and the current one is required, checked like a
// log-in: the attempt counts towards the lock-out before the check, so a stolen session cannot try passwords
// freely, not even in parallel. The user's other sessions end; this one stays open.
import { reglaIncumplida, validarContrasena } from '@tesoreria/domain';
import type { SqlClient, SqlDatabase } from '@tesoreria/event-store';
import type { IntentosFallidos } from '../intentos/intentos-fallidos';
import type { Ahora, SesionActiva } from '../sesion-activa';
import { auditar } from '../usuarios/bitacora-de-usuarios';
import type { ContrasenasService } from './contrasenas';
import { esContrasenaComun } from './contrasenas-comunes';

export class CambioDeContrasena {
  constructor(
    private readonly db: SqlDatabase,
    private readonly reloj: Ahora,
    private readonly contrasenas: ContrasenasService,
    private readonly intentos: IntentosFallidos,
  ) {}

  async cambiar(sesion: SesionActiva, actual: string, nueva: string): Promise<void> {
    validarContrasena(nueva, { usuario: sesion.usuario, esComun: esContrasenaComun, campo: 'contrasenaNueva' });
    if (nueva === actual) throw reglaIncumplida('contrasena-sin-cambio', 'La contraseña nueva debe ser distinta de la actual (contrasenaNueva).', 'contrasenaNueva');
    const ahora = this.reloj.ahora();
    const coincide = await this.contrasenas.enTurno(async (comprobar) => {
      const reserva = await this.intentos.reservar(sesion.usuario, ahora);
      try {
        const r = await this.db.query<{ hash: string }>('SELECT hash FROM registro_usuarios WHERE usuario = $1', [sesion.usuario]);
        return (await comprobar(actual, r.rows[0]?.hash ?? null)).coincide;
      } catch (error) {
        await this.intentos.devolver(reserva);
        throw error;
      }
    });
    if (!coincide) throw reglaIncumplida('contrasena-actual-incorrecta', 'La contraseña actual no es correcta (contrasenaActual).', 'contrasenaActual');
    const nuevoHash = await this.contrasenas.cifrar(nueva);
    await this.db.transaction(async (tx: SqlClient) => {
      await tx.query('UPDATE registro_usuarios SET hash = $2 WHERE usuario = $1', [sesion.usuario, nuevoHash]);
      await tx.query('UPDATE registro_sesiones SET cerrada = $3 WHERE usuario = $1 AND id <> $2 AND cerrada IS NULL', [sesion.usuario, sesion.sesionId, ahora]);
      await this.intentos.olvidar(tx, sesion.usuario);
      await auditar(tx, { instante: ahora, usuario: sesion.usuario, accion: 'contrasena-cambiada', realizadoPor: sesion.usuario, detalle: null });
    });
  }
}

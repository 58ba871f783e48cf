// ROS sessions (decision 0205): log-in, the session behind a token (30 min idle, 8 h at most) and log-out. Tokens
// are stored as their SHA-256, so a copy of the table opens no session. The tables are in esquema.ts.
import { createHash, randomBytes } from 'node:crypto';
import { accesoDenegado, evaluarSesion } from '@tesoreria/domain';
import type { SqlDatabase } from '@tesoreria/event-store';
import type { ContrasenasService } from '../contrasenas/contrasenas';
import { noAutenticado } from '../errores';
import type { IntentosFallidos } from '../intentos/intentos-fallidos';
import type { Ahora, SesionActiva } from '../sesion-activa';
import { nombreDeUsuario, type FilaDeUsuario } from '../usuarios/usuario';

export interface SesionIniciada {
  readonly token: string;
  readonly sesion: SesionActiva;
}

const hashDeToken = (token: string) => createHash('sha256').update(token).digest('hex');

export class SesionesService {
  constructor(
    private readonly db: SqlDatabase,
    private readonly reloj: Ahora,
    private readonly contrasenas: ContrasenasService,
    private readonly intentos: IntentosFallidos,
  ) {}

  /**
   * ROS log-in. The attempt is counted before the password is looked at, so a locked account is refused (403)
   * without a check and guesses sent together cannot all be checked; a wrong user or password gets the same 401
   * (attempts are counted per typed name, so the answer says nothing about who exists).
   */
  async iniciarSesion(usuarioEscrito: string, contrasena: string): Promise<SesionIniciada> {
    const usuario = nombreDeUsuario(usuarioEscrito);
    const ahora = this.reloj.ahora();
    const { reserva, fila, verificacion } = await this.contrasenas.enTurno(async (comprobar) => {
      const reserva = await this.intentos.reservar(usuario, ahora);
      try {
        const r = await this.db.query<FilaDeUsuario>(
          'SELECT usuario, nombre, rol, dependencia, institucion, activo, hash FROM registro_usuarios WHERE usuario = $1',
          [usuario],
        );
        const fila = r.rows[0] as FilaDeUsuario | undefined;
        return { reserva, fila, verificacion: await comprobar(contrasena, fila?.hash ?? null) };
      } catch (error) {
        await this.intentos.devolver(reserva);
        throw error;
      }
    });
    // Only someone who knows the password learns that the account exists but was deactivated.
    if (fila && verificacion.coincide && !fila.activo) {
      await this.intentos.devolver(reserva);
      throw accesoDenegado('cuenta-desactivada', 'La cuenta está desactivada; pida a la administración del registro que la reactive (usuario).', 'usuario');
    }
    if (!fila || !verificacion.coincide) {
      const estado = reserva.siFalla;
      const aviso = estado.bloqueado
        ? ` La cuenta queda bloqueada hasta ${estado.hasta}.`
        : estado.intentosRestantes <= 2
          ? ` Le quedan ${estado.intentosRestantes} intento(s) antes del bloqueo.`
          : '';
      throw noAutenticado(`Usuario o contraseña incorrectos.${aviso}`, 'credenciales-invalidas');
    }
    const token = randomBytes(32).toString('base64url');
    await this.db.transaction(async (tx) => {
      await this.intentos.olvidar(tx, usuario);
      await tx.query('INSERT INTO registro_sesiones (id, usuario, iniciada, ultima_actividad) VALUES ($1, $2, $3, $3)', [hashDeToken(token), usuario, ahora]);
      // A legacy bcrypt hash becomes argon2id now that the password is known (unless it changed meanwhile).
      if (verificacion.nuevoHash) {
        await tx.query('UPDATE registro_usuarios SET hash = $2 WHERE usuario = $1 AND hash = $3', [usuario, verificacion.nuevoHash, fila.hash]);
      }
    });
    const estado = evaluarSesion({ iniciada: ahora, ultimaActividad: ahora }, ahora);
    return {
      token,
      sesion: {
        sesionId: hashDeToken(token),
        usuario,
        nombre: fila.nombre,
        rol: fila.rol,
        dependencia: fila.dependencia,
        institucion: fila.institucion,
        expira: estado.vigente ? estado.expira : ahora,
      },
    };
  }

  /** The session of a token, renewed (activity extends the idle limit, never the 8 hours); 401 otherwise. */
  async sesionDeToken(token: string): Promise<SesionActiva> {
    const id = hashDeToken(token);
    const r = await this.db.query<FilaDeUsuario & { iniciada: string; ultima_actividad: string; cerrada: string | null }>(
      `SELECT s.iniciada, s.ultima_actividad, s.cerrada, u.usuario, u.nombre, u.rol, u.dependencia, u.institucion, u.activo
         FROM registro_sesiones s JOIN registro_usuarios u ON u.usuario = s.usuario WHERE s.id = $1`,
      [id],
    );
    const f = r.rows[0];
    if (!f || f.cerrada || !f.activo) throw noAutenticado('La sesión no existe o ya se cerró; inicie sesión de nuevo.', 'sesion-inexistente');
    const ahora = this.reloj.ahora();
    const estado = evaluarSesion({ iniciada: f.iniciada, ultimaActividad: f.ultima_actividad }, ahora);
    if (!estado.vigente) {
      const motivo = estado.motivo === 'inactividad' ? '30 minutos sin actividad' : 'ocho horas desde el inicio';
      throw noAutenticado(`La sesión expiró el ${estado.expiro} (${motivo}); inicie sesión de nuevo.`, 'sesion-expirada');
    }
    await this.db.query('UPDATE registro_sesiones SET ultima_actividad = $2 WHERE id = $1', [id, ahora]);
    const renovada = evaluarSesion({ iniciada: f.iniciada, ultimaActividad: ahora }, ahora);
    return {
      sesionId: id,
      usuario: f.usuario,
      nombre: f.nombre,
      rol: f.rol,
      dependencia: f.dependencia,
      institucion: f.institucion,
      expira: renovada.vigente ? renovada.expira : estado.expira,
    };
  }

  async cerrarSesion(sesionId: string): Promise<void> {
    await this.db.query('UPDATE registro_sesiones SET cerrada = $2 WHERE id = $1 AND cerrada IS NULL', [sesionId, this.reloj.ahora()]);
  }
}

// Users of the registry (agencies, banks and the Secretaría's staff), their failed log-ins and their sessions,
// in SQL tables created idempotently at start. Passwords are stored as bcrypt hashes (cost 10); session tokens
// as their SHA-256, so a copy of the table opens no session. The rules are the domain's (decision 0205):
// password of 8-20 characters (ROS), lock-out after 5 failures in 15 minutes, 30 min idle / 8 h sessions.
// Users are not ledger facts, so who created, deactivated or reactivated a user, or changed a password, is kept
// in the SQL table registro_auditoria_usuarios (never updated nor deleted by the application).
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { compare, hash } from 'bcryptjs';
import { createHash, randomBytes } from 'node:crypto';
import {
  accesoDenegado,
  conflicto,
  esRol,
  evaluarBloqueo,
  evaluarSesion,
  exigirCuentaNoBloqueada,
  MINUTO_MS,
  POLITICA_DE_BLOQUEO,
  noEncontrado,
  problemasDeContrasena,
  reglaIncumplida,
  validarContrasena,
  valorInvalido,
  type Rol,
} from '@tesoreria/domain';
import { dependenciaPorId, type CatalogoDeDerechos } from '@tesoreria/catalogo';
import type { SqlClient, SqlDatabase } from '@tesoreria/event-store';
import { SQL_DATABASE } from '../../plataforma/tokens';
import type { SesionActiva } from '../comun/contexto';
import { noAutenticado } from '../comun/http';
import type { Reloj } from '../comun/reloj';
import { CATALOGO, RELOJ } from '../comun/tokens';

export const COSTO_BCRYPT = 10;
const USUARIO = /^[a-z0-9][a-z0-9._-]{2,39}$/;
// Compared against when the user does not exist, so an unknown name costs as long as a wrong password.
const HASH_DE_RELLENO = '$2b$10$VMU189STbMBl2KudU.bGdejHhvcq1T0gQqqDWlxBSo7DQf8yWkbgS';

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

interface FilaUsuario extends UsuarioPublico {
  readonly hash: string;
}

export interface SesionIniciada {
  readonly token: string;
  readonly sesion: SesionActiva;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS registro_usuarios (
    usuario TEXT PRIMARY KEY,
    nombre TEXT NOT NULL,
    rol TEXT NOT NULL,
    dependencia TEXT,
    institucion TEXT,
    hash TEXT NOT NULL,
    activo BOOLEAN NOT NULL DEFAULT TRUE,
    creado_en TEXT NOT NULL,
    creado_por TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS registro_intentos_fallidos (usuario TEXT NOT NULL, instante TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS registro_intentos_fallidos_usuario ON registro_intentos_fallidos (usuario);
  CREATE TABLE IF NOT EXISTS registro_sesiones (
    id TEXT PRIMARY KEY,
    usuario TEXT NOT NULL REFERENCES registro_usuarios (usuario),
    iniciada TEXT NOT NULL,
    ultima_actividad TEXT NOT NULL,
    cerrada TEXT
  );
  CREATE TABLE IF NOT EXISTS registro_auditoria_usuarios (
    id BIGSERIAL PRIMARY KEY,
    instante TEXT NOT NULL,
    usuario TEXT NOT NULL,
    accion TEXT NOT NULL,
    realizado_por TEXT NOT NULL,
    detalle TEXT
  );
  CREATE INDEX IF NOT EXISTS registro_auditoria_usuarios_usuario ON registro_auditoria_usuarios (usuario, id);`;

export type AccionSobreUsuario = 'creado' | 'desactivado' | 'reactivado' | 'contrasena-cambiada';

export interface RegistroDeAuditoria {
  readonly instante: string;
  readonly usuario: string;
  readonly accion: AccionSobreUsuario;
  readonly realizadoPor: string;
  readonly detalle: string | null;
}

const hashDeToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class UsuariosService implements OnModuleInit {
  private readonly logger = new Logger('Usuarios');

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CATALOGO) private readonly catalogo: CatalogoDeDerechos,
    @Inject(RELOJ) private readonly reloj: Reloj,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.db.exec(SCHEMA);
    // Without the demo seed, an operator opens the registry with an initial admin given by the environment.
    const inicial = process.env.REGISTRO_ADMIN_CONTRASENA;
    if (inicial && !(await this.existe('admin'))) {
      await this.crear({ usuario: 'admin', nombre: 'Administración del registro', rol: 'admin', contrasena: inicial }, 'arranque');
      this.logger.log('Usuario admin creado desde REGISTRO_ADMIN_CONTRASENA');
    }
  }

  async existe(usuario: string): Promise<boolean> {
    const r = await this.db.query('SELECT 1 FROM registro_usuarios WHERE usuario = $1', [usuario]);
    return r.rows.length > 0;
  }

  async contar(): Promise<number> {
    const r = await this.db.query<{ n: string }>('SELECT count(*)::text AS n FROM registro_usuarios');
    return Number(r.rows[0].n);
  }

  /** Validates and stores a user; 409 when the name is taken. */
  async crear(nuevo: NuevoUsuario, creadoPor: string): Promise<UsuarioPublico> {
    const fila = await this.prepararUsuario(nuevo);
    await this.insertar([fila], creadoPor);
    const { hash: _hash, ...publico } = fila;
    return publico;
  }

  /** Many users in one statement (the demo seed); hashing runs concurrently. */
  async crearVarios(nuevos: readonly NuevoUsuario[], creadoPor: string): Promise<void> {
    const filas = await Promise.all(nuevos.map((n) => this.prepararUsuario(n)));
    await this.insertar(filas, creadoPor);
  }

  private async prepararUsuario(nuevo: NuevoUsuario): Promise<FilaUsuario> {
    const usuario = typeof nuevo.usuario === 'string' ? nuevo.usuario.trim().toLowerCase() : '';
    if (!USUARIO.test(usuario)) {
      throw valorInvalido('usuario-invalido', 'El usuario debe tener de 3 a 40 minúsculas, dígitos, punto, guion o guion bajo (usuario).', 'usuario');
    }
    if (!esRol(nuevo.rol)) throw valorInvalido('rol-invalido', 'El rol debe ser dependencia, banco, cobranza, auditor, direccion o admin (rol).', 'rol');
    const dependencia = nuevo.dependencia?.trim() || null;
    if (nuevo.rol === 'dependencia') {
      if (!dependencia || !dependenciaPorId(this.catalogo, dependencia)) {
        throw valorInvalido('dependencia-invalida', 'Un usuario de dependencia necesita el id de una Dependencia del catálogo, p. ej. SGG (dependencia).', 'dependencia');
      }
    } else if (dependencia) {
      throw valorInvalido('dependencia-no-aplica', 'Solo los usuarios con rol dependencia llevan una Dependencia (dependencia).', 'dependencia');
    }
    validarContrasena(nuevo.contrasena, usuario);
    const nombre = typeof nuevo.nombre === 'string' ? nuevo.nombre.trim() : '';
    if (nombre.length < 2 || nombre.length > 120) throw valorInvalido('nombre-invalido', 'El nombre debe tener entre 2 y 120 caracteres (nombre).', 'nombre');
    return {
      usuario,
      nombre,
      rol: nuevo.rol,
      dependencia,
      institucion: nuevo.institucion?.trim() || null,
      activo: true,
      hash: await hash(nuevo.contrasena, COSTO_BCRYPT),
    };
  }

  private async insertar(filas: readonly FilaUsuario[], creadoPor: string): Promise<void> {
    if (filas.length === 0) return;
    const ahora = this.reloj.ahora();
    await this.db.transaction(async (tx: SqlClient) => {
      const r = await tx.query<{ usuario: string }>(
        `INSERT INTO registro_usuarios (usuario, nombre, rol, dependencia, institucion, hash, activo, creado_en, creado_por)
         SELECT u, n, r, d, i, h, TRUE, $7, $8 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS x(u, n, r, d, i, h)
         ON CONFLICT (usuario) DO NOTHING RETURNING usuario`,
        [
          filas.map((f) => f.usuario),
          filas.map((f) => f.nombre),
          filas.map((f) => f.rol),
          filas.map((f) => f.dependencia),
          filas.map((f) => f.institucion),
          filas.map((f) => f.hash),
          ahora,
          creadoPor,
        ],
      );
      if (r.rows.length < filas.length) {
        const creados = new Set(r.rows.map((x) => x.usuario));
        const repetido = filas.find((f) => !creados.has(f.usuario))!;
        throw conflicto('usuario-existente', `Ya existe el usuario ${repetido.usuario} (usuario).`, 'usuario');
      }
      await tx.query(
        `INSERT INTO registro_auditoria_usuarios (instante, usuario, accion, realizado_por, detalle)
         SELECT $2, u, 'creado', $3, 'rol ' || r FROM unnest($1::text[], $4::text[]) AS x(u, r)`,
        [filas.map((f) => f.usuario), ahora, creadoPor, filas.map((f) => f.rol)],
      );
    });
  }

  /**
   * An admin deactivates or reactivates a user. Deactivating ends every open session of the user at once; an
   * admin cannot deactivate their own account (the registry would lose its last way in). Asking for the state the
   * user already has changes and records nothing.
   */
  async cambiarActivo(usuarioBuscado: string, activo: boolean, por: SesionActiva, motivo?: string): Promise<UsuarioPublico> {
    const usuario = usuarioBuscado.trim().toLowerCase();
    if (!activo && usuario === por.usuario) {
      throw reglaIncumplida('desactivar-cuenta-propia', 'No puede desactivar su propia cuenta; pida a otro administrador que lo haga (usuario).', 'usuario');
    }
    const ahora = this.reloj.ahora();
    return this.db.transaction(async (tx: SqlClient) => {
      const previo = await tx.query<UsuarioPublico>(
        'SELECT usuario, nombre, rol, dependencia, institucion, activo FROM registro_usuarios WHERE usuario = $1 FOR UPDATE',
        [usuario],
      );
      const fila = previo.rows[0];
      if (!fila) throw noEncontrado('usuario-desconocido', `No existe el usuario ${usuario} (usuario).`, 'usuario');
      if (fila.activo === activo) return fila;
      await tx.query('UPDATE registro_usuarios SET activo = $2 WHERE usuario = $1', [usuario, activo]);
      if (!activo) await tx.query('UPDATE registro_sesiones SET cerrada = $2 WHERE usuario = $1 AND cerrada IS NULL', [usuario, ahora]);
      await this.auditar(tx, ahora, usuario, activo ? 'reactivado' : 'desactivado', por.usuario, motivo?.trim() || null);
      return { ...fila, activo };
    });
  }

  /**
   * The logged-in user changes their own password: the current one is required (a wrong one counts towards the
   * lock-out, so a stolen session cannot try passwords freely), the new one meets the policy and differs from the
   * current one. The user's other sessions end; this one stays open.
   */
  async cambiarContrasena(sesion: SesionActiva, actual: string, nueva: string): Promise<void> {
    const ahora = this.reloj.ahora();
    const fallidos = await this.intentosFallidos(sesion.usuario, ahora);
    exigirCuentaNoBloqueada(fallidos, ahora);
    const r = await this.db.query<{ hash: string }>('SELECT hash FROM registro_usuarios WHERE usuario = $1', [sesion.usuario]);
    if (!r.rows[0] || !(await compare(actual, r.rows[0].hash))) {
      await this.db.query('INSERT INTO registro_intentos_fallidos (usuario, instante) VALUES ($1, $2)', [sesion.usuario, ahora]);
      throw reglaIncumplida('contrasena-actual-incorrecta', 'La contraseña actual no es correcta (contrasenaActual).', 'contrasenaActual');
    }
    const problemas = typeof nueva === 'string' ? problemasDeContrasena(nueva, sesion.usuario) : ['Es obligatoria.'];
    if (problemas.length > 0) {
      throw valorInvalido('contrasena-invalida', `La contraseña nueva no cumple la política: ${problemas.join(' ')} (contrasenaNueva)`, 'contrasenaNueva');
    }
    if (nueva === actual) throw reglaIncumplida('contrasena-sin-cambio', 'La contraseña nueva debe ser distinta de la actual (contrasenaNueva).', 'contrasenaNueva');
    const nuevoHash = await hash(nueva, COSTO_BCRYPT);
    await this.db.transaction(async (tx: SqlClient) => {
      await tx.query('UPDATE registro_usuarios SET hash = $2 WHERE usuario = $1', [sesion.usuario, nuevoHash]);
      await tx.query('UPDATE registro_sesiones SET cerrada = $3 WHERE usuario = $1 AND id <> $2 AND cerrada IS NULL', [sesion.usuario, sesion.sesionId, ahora]);
      await tx.query('DELETE FROM registro_intentos_fallidos WHERE usuario = $1', [sesion.usuario]);
      await this.auditar(tx, ahora, sesion.usuario, 'contrasena-cambiada', sesion.usuario, null);
    });
  }

  /** Who did what to a user's account, oldest first (admin). */
  async auditoria(usuarioBuscado: string): Promise<RegistroDeAuditoria[]> {
    const usuario = usuarioBuscado.trim().toLowerCase();
    if (!(await this.existe(usuario))) throw noEncontrado('usuario-desconocido', `No existe el usuario ${usuario} (usuario).`, 'usuario');
    const r = await this.db.query<{ instante: string; usuario: string; accion: AccionSobreUsuario; realizado_por: string; detalle: string | null }>(
      'SELECT instante, usuario, accion, realizado_por, detalle FROM registro_auditoria_usuarios WHERE usuario = $1 ORDER BY id',
      [usuario],
    );
    return r.rows.map((f) => ({ instante: f.instante, usuario: f.usuario, accion: f.accion, realizadoPor: f.realizado_por, detalle: f.detalle }));
  }

  private async auditar(tx: SqlClient, instante: string, usuario: string, accion: AccionSobreUsuario, realizadoPor: string, detalle: string | null): Promise<void> {
    await tx.query('INSERT INTO registro_auditoria_usuarios (instante, usuario, accion, realizado_por, detalle) VALUES ($1, $2, $3, $4, $5)', [
      instante,
      usuario,
      accion,
      realizadoPor,
      detalle,
    ]);
  }

  async listar(): Promise<UsuarioPublico[]> {
    const r = await this.db.query<UsuarioPublico>(
      'SELECT usuario, nombre, rol, dependencia, institucion, activo FROM registro_usuarios ORDER BY rol, dependencia NULLS FIRST, usuario',
    );
    return r.rows;
  }

  /**
   * ROS log-in. A locked account is refused (403) before the password is looked at; a wrong user or password
   * gets the same 401 (attempts are counted per typed name, so the answer says nothing about who exists).
   */
  async iniciarSesion(usuarioEscrito: string, contrasena: string): Promise<SesionIniciada> {
    const usuario = usuarioEscrito.trim().toLowerCase();
    const ahora = this.reloj.ahora();
    const fallidos = await this.intentosFallidos(usuario, ahora);
    exigirCuentaNoBloqueada(fallidos, ahora);
    const r = await this.db.query<FilaUsuario>(
      'SELECT usuario, nombre, rol, dependencia, institucion, activo, hash FROM registro_usuarios WHERE usuario = $1',
      [usuario],
    );
    const fila = r.rows[0];
    const coincide = await compare(contrasena, fila?.hash ?? HASH_DE_RELLENO);
    // Only someone who knows the password learns that the account exists but was deactivated.
    if (fila && coincide && !fila.activo) {
      throw accesoDenegado('cuenta-desactivada', 'La cuenta está desactivada; pida a la administración del registro que la reactive (usuario).', 'usuario');
    }
    if (!fila || !coincide) {
      await this.db.query('INSERT INTO registro_intentos_fallidos (usuario, instante) VALUES ($1, $2)', [usuario, ahora]);
      const estado = evaluarBloqueo([...fallidos, ahora], ahora);
      const aviso = estado.bloqueado
        ? ` La cuenta queda bloqueada hasta ${estado.hasta}.`
        : estado.intentosRestantes <= 2
          ? ` Le quedan ${estado.intentosRestantes} intento(s) antes del bloqueo.`
          : '';
      throw noAutenticado(`Usuario o contraseña incorrectos.${aviso}`, 'credenciales-invalidas');
    }
    const token = randomBytes(32).toString('base64url');
    await this.db.transaction(async (tx: SqlClient) => {
      await tx.query('DELETE FROM registro_intentos_fallidos WHERE usuario = $1', [usuario]);
      await tx.query('INSERT INTO registro_sesiones (id, usuario, iniciada, ultima_actividad) VALUES ($1, $2, $3, $3)', [hashDeToken(token), usuario, ahora]);
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
    const r = await this.db.query<FilaUsuario & { iniciada: string; ultima_actividad: string; cerrada: string | null }>(
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

  private async intentosFallidos(usuario: string, ahora: string): Promise<string[]> {
    // Failures older than the lock-out window can never count again: drop them as we go.
    const limite = new Date(Date.parse(ahora) - POLITICA_DE_BLOQUEO.ventanaMinutos * MINUTO_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
    await this.db.query('DELETE FROM registro_intentos_fallidos WHERE usuario = $1 AND instante < $2', [usuario, limite]);
    const r = await this.db.query<{ instante: string }>('SELECT instante FROM registro_intentos_fallidos WHERE usuario = $1', [usuario]);
    return r.rows.map((x) => x.instante);
  }
}

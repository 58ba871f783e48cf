// Users of the registry (agencies, banks and the Secretaría's staff) and their sessions' table, in SQL tables
// created idempotently at start. Passwords are stored as argon2id hashes (ContrasenasService); log-in and sessions
// are SesionesService's, the lock-out IntentosFallidos'. The rules are the domain's (decision 0205): password of
// 8-20 characters (ROS) and not among the most common ones, lock-out after 5 failures in 15 minutes.
// Users are not ledger facts, so who created, deactivated or reactivated a user, or changed a password, is kept
// in the SQL table registro_auditoria_usuarios (never updated nor deleted by the application).
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { conflicto, esRol, noEncontrado, reglaIncumplida, validarContrasena, valorInvalido, type Rol } from '@tesoreria/domain';
import { dependenciaPorId, type CatalogoDeDerechos } from '@tesoreria/catalogo';
import type { SqlClient, SqlDatabase } from '@tesoreria/event-store';
import { SQL_DATABASE } from '../../plataforma/tokens';
import type { SesionActiva } from '../comun/contexto';
import type { Reloj } from '../comun/reloj';
import { CATALOGO, RELOJ } from '../comun/tokens';
import { ContrasenasService } from './contrasenas';
import { esContrasenaComun } from './contrasenas-comunes';
import { IntentosFallidos } from './intentos-fallidos';

const USUARIO = /^[a-z0-9][a-z0-9._-]{2,39}$/;

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

@Injectable()
export class UsuariosService implements OnModuleInit {
  private readonly logger = new Logger('Usuarios');

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CATALOGO) private readonly catalogo: CatalogoDeDerechos,
    @Inject(RELOJ) private readonly reloj: Reloj,
    private readonly contrasenas: ContrasenasService,
    private readonly intentos: IntentosFallidos,
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
    validarContrasena(nuevo.contrasena, { usuario, esComun: esContrasenaComun });
    const nombre = typeof nuevo.nombre === 'string' ? nuevo.nombre.trim() : '';
    if (nombre.length < 2 || nombre.length > 120) throw valorInvalido('nombre-invalido', 'El nombre debe tener entre 2 y 120 caracteres (nombre).', 'nombre');
    return {
      usuario,
      nombre,
      rol: nuevo.rol,
      dependencia,
      institucion: nuevo.institucion?.trim() || null,
      activo: true,
      hash: await this.contrasenas.cifrar(nuevo.contrasena),
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
   * The logged-in user changes their own password: the new one meets the policy and differs from the current one,
   * and the current one is required (checked like a log-in: the attempt counts towards the lock-out before the
   * check, so a stolen session cannot try passwords freely, not even in parallel). The user's other sessions end;
   * this one stays open.
   */
  async cambiarContrasena(sesion: SesionActiva, actual: string, nueva: string): Promise<void> {
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
}

// The registry's users: created by an admin or the demo seed, listed, deactivated and reactivated. Passwords are
// stored as argon2id hashes (ContrasenasService); log-in and sessions are SesionesService's, a user's own password
// change CambioDeContrasena's, the lock-out IntentosFallidos'. The rules are the domain's (decision 0205): password
// of 8-20 characters (ROS) and not among the most common ones. Every act on an account goes to its bitácora.
import { conflicto, esRol, noEncontrado, reglaIncumplida, validarContrasena, valorInvalido } from '@tesoreria/domain';
import { dependenciaPorId, type CatalogoDeDerechos } from '@tesoreria/catalogo';
import type { SqlClient, SqlDatabase } from '@tesoreria/event-store';
import type { ContrasenasService } from '../contrasenas/contrasenas';
import { esContrasenaComun } from '../contrasenas/contrasenas-comunes';
import type { Ahora, SesionActiva } from '../sesion-activa';
import { auditar } from './bitacora-de-usuarios';
import { nombreDeUsuario, type FilaDeUsuario, type NuevoUsuario, type UsuarioPublico } from './usuario';

const USUARIO = /^[a-z0-9][a-z0-9._-]{2,39}$/;

export class UsuariosService {
  constructor(
    private readonly db: SqlDatabase,
    private readonly catalogo: CatalogoDeDerechos,
    private readonly reloj: Ahora,
    private readonly contrasenas: ContrasenasService,
  ) {}

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

  private async prepararUsuario(nuevo: NuevoUsuario): Promise<FilaDeUsuario> {
    const usuario = typeof nuevo.usuario === 'string' ? nombreDeUsuario(nuevo.usuario) : '';
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

  private async insertar(filas: readonly FilaDeUsuario[], creadoPor: string): Promise<void> {
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
    const usuario = nombreDeUsuario(usuarioBuscado);
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
      await auditar(tx, { instante: ahora, usuario, accion: activo ? 'reactivado' : 'desactivado', realizadoPor: por.usuario, detalle: motivo?.trim() || null });
      return { ...fila, activo };
    });
  }

  async listar(): Promise<UsuarioPublico[]> {
    const r = await this.db.query<UsuarioPublico>(
      'SELECT usuario, nombre, rol, dependencia, institucion, activo FROM registro_usuarios ORDER BY rol, dependencia NULLS FIRST, usuario',
    );
    return r.rows;
  }
}

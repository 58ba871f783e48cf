// The users' audit log: who created, deactivated or reactivated an account, or changed its password, and when.
// Rows are only inserted, inside the transaction of the change they record.
import { noEncontrado } from '@tesoreria/domain';
import type { SqlClient, SqlDatabase } from '@tesoreria/event-store';
import { nombreDeUsuario } from './usuario';

export type AccionSobreUsuario = 'creado' | 'desactivado' | 'reactivado' | 'contrasena-cambiada';

export interface RegistroDeAuditoria {
  readonly instante: string;
  readonly usuario: string;
  readonly accion: AccionSobreUsuario;
  readonly realizadoPor: string;
  readonly detalle: string | null;
}

/** Records one act on an account inside the caller's transaction. */
export async function auditar(tx: SqlClient, registro: RegistroDeAuditoria): Promise<void> {
  await tx.query('INSERT INTO registro_auditoria_usuarios (instante, usuario, accion, realizado_por, detalle) VALUES ($1, $2, $3, $4, $5)', [
    registro.instante,
    registro.usuario,
    registro.accion,
    registro.realizadoPor,
    registro.detalle,
  ]);
}

export class BitacoraDeUsuarios {
  constructor(private readonly db: SqlDatabase) {}

  /** Who did what to a user's account, oldest first (admin); 404 for an unknown user. */
  async deUsuario(usuarioBuscado: string): Promise<RegistroDeAuditoria[]> {
    const usuario = nombreDeUsuario(usuarioBuscado);
    const existe = await this.db.query('SELECT 1 FROM registro_usuarios WHERE usuario = $1', [usuario]);
    if (existe.rows.length === 0) throw noEncontrado('usuario-desconocido', `No existe el usuario ${usuario} (usuario).`, 'usuario');
    const r = await this.db.query<{ instante: string; usuario: string; accion: AccionSobreUsuario; realizado_por: string; detalle: string | null }>(
      'SELECT instante, usuario, accion, realizado_por, detalle FROM registro_auditoria_usuarios WHERE usuario = $1 ORDER BY id',
      [usuario],
    );
    return r.rows.map((f) => ({ instante: f.instante, usuario: f.usuario, accion: f.accion, realizadoPor: f.realizado_por, detalle: f.detalle }));
  }
}

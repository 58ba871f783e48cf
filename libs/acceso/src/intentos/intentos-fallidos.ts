// The per-user lock-out of decision 0205 (5 failures in 15 minutes), counted per typed name in SQL so every api
// process shares it. An attempt is reserved BEFORE its password is checked, under a per-name advisory lock: the
// reservation is a failure until proven otherwise, so guesses sent at once see each other and at most five of
// them reach the password check (issue 9, item 2). A success clears the name's failures; an attempt that is not
// a guess (deactivated account, check unavailable) gives its reservation back.
import { evaluarBloqueo, exigirCuentaNoBloqueada, MINUTO_MS, POLITICA_DE_BLOQUEO, type EstadoDeBloqueo } from '@tesoreria/domain';
import type { SqlClient, SqlDatabase } from '@tesoreria/event-store';

export interface Reserva {
  readonly id: string;
  /** The lock-out state if this attempt turns out to be a failure (it is counted already). */
  readonly siFalla: EstadoDeBloqueo;
}

const sinMilisegundos = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export class IntentosFallidos {
  constructor(private readonly db: SqlDatabase) {}

  /** 403 cuenta-bloqueada when the name already has the maximum of failures in the window; otherwise one more. */
  reservar(usuario: string, ahora: string): Promise<Reserva> {
    return this.db.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('registro-intentos:' || $1, 0))", [usuario]);
      // Failures older than the window can never count again: drop them as we go.
      const limite = sinMilisegundos(Date.parse(ahora) - POLITICA_DE_BLOQUEO.ventanaMinutos * MINUTO_MS);
      await tx.query('DELETE FROM registro_intentos_fallidos WHERE usuario = $1 AND instante < $2', [usuario, limite]);
      const r = await tx.query<{ instante: string }>('SELECT instante FROM registro_intentos_fallidos WHERE usuario = $1', [usuario]);
      const fallidos = r.rows.map((x) => x.instante);
      exigirCuentaNoBloqueada(fallidos, ahora);
      const nuevo = await tx.query<{ id: string }>('INSERT INTO registro_intentos_fallidos (usuario, instante) VALUES ($1, $2) RETURNING id::text AS id', [
        usuario,
        ahora,
      ]);
      return { id: nuevo.rows[0].id, siFalla: evaluarBloqueo([...fallidos, ahora], ahora) };
    });
  }

  /** The attempt was not a guess: it no longer counts. */
  async devolver(reserva: Reserva): Promise<void> {
    await this.db.query('DELETE FROM registro_intentos_fallidos WHERE id = $1::bigint', [reserva.id]);
  }

  /** The right password: the name's failures are forgiven (inside the caller's transaction). */
  async olvidar(tx: SqlClient, usuario: string): Promise<void> {
    await tx.query('DELETE FROM registro_intentos_fallidos WHERE usuario = $1', [usuario]);
  }
}

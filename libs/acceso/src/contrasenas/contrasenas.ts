// Password hashes of the registry's users. argon2id (native, on libuv's thread pool, so the event loop keeps
// serving bank payments while passwords are checked) with OWASP's minimum parameters for argon2id: 19 MiB of
// memory, 2 passes, 1 lane. Hashes made before (bcrypt, cost 10) are still verified and replaced by argon2id at
// the user's next successful log-in.
//
// At most REGISTRO_HASH_CONCURRENTES checks run at once (by default one core fewer than the machine has, at least
// 1 and at most 2: a core stays free for the event loop, half of libuv's 4 threads stay free for the file system,
// and hashing holds 2 × 19 MiB of memory at most), and at most REGISTRO_HASH_EN_ESPERA (64) wait for a turn. A
// burst of legitimate log-ins waits a few tens of milliseconds; a flood beyond the queue is refused at once with 503
// (the server's capacity, not this client's quota, which is the per-IP 429) and costs neither hashing nor SQL.
// A legacy bcrypt check runs in JavaScript on the event loop, so only one runs at a time.
import * as argon2 from 'argon2';
import { compare } from 'bcryptjs';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { VerificacionesSaturadas } from '../errores';
import { Semaforo, SemaforoSaturado } from './semaforo';

export const PARAMETROS_ARGON2 = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const BCRYPT = /^\$2[aby]\$/;

const entero = (valor: string | undefined, porDefecto: number) => {
  const n = Number(valor ?? porDefecto);
  return Number.isInteger(n) && n > 0 ? n : porDefecto;
};

export interface Verificacion {
  readonly coincide: boolean;
  /** A fresh argon2id hash to store when the password matched a hash that is bcrypt or has outdated parameters. */
  readonly nuevoHash?: string;
}

export class ContrasenasService {
  private readonly argon: Semaforo = new Semaforo(
    entero(process.env.REGISTRO_HASH_CONCURRENTES, Math.min(2, Math.max(1, availableParallelism() - 1))),
    entero(process.env.REGISTRO_HASH_EN_ESPERA, 64),
  );
  private readonly bcrypt = new Semaforo(1, 0);
  private relleno?: Promise<string>;

  /** A new password's hash; waits for a turn however long the queue (an admin or the demo seed asks). */
  cifrar(contrasena: string): Promise<string> {
    return this.argon.run(() => argon2.hash(contrasena, PARAMETROS_ARGON2), false);
  }

  /**
   * Runs a password check, with the lock-out bookkeeping around it, in one of the bounded turns: the flood's
   * database work is bounded too, so a bank payment never queues behind hundreds of log-ins. 503 when the queue
   * is full. `comprobar` checks a password against a stored hash, or against a hash of nothing when the user does
   * not exist (null), so an unknown name costs as long as a wrong password.
   */
  async enTurno<T>(tarea: (comprobar: (contrasena: string, hash: string | null) => Promise<Verificacion>) => Promise<T>): Promise<T> {
    try {
      return await this.argon.run(() => tarea((contrasena, hash) => this.comprobar(contrasena, hash)));
    } catch (error) {
      if (!(error instanceof SemaforoSaturado)) throw error;
      throw new VerificacionesSaturadas();
    }
  }

  /** How many checks may be running or waiting at once; log-ins beyond it are turned away as they arrive. */
  get capacidad(): number {
    return this.argon.capacidad;
  }

  private async comprobar(contrasena: string, hash: string | null): Promise<Verificacion> {
    if (hash && BCRYPT.test(hash)) {
      // Waits for the one bcrypt turn without a bound: the argon turn it holds already bounds how many wait.
      const coincide = await this.bcrypt.run(() => compare(contrasena, hash), false);
      return coincide ? { coincide, nuevoHash: await argon2.hash(contrasena, PARAMETROS_ARGON2) } : { coincide };
    }
    if (hash === null) {
      await argon2.verify(await this.hashDeRelleno(), contrasena);
      return { coincide: false };
    }
    const coincide = await argon2.verify(hash, contrasena).catch(() => false);
    if (!coincide || !argon2.needsRehash(hash, PARAMETROS_ARGON2)) return { coincide };
    return { coincide, nuevoHash: await argon2.hash(contrasena, PARAMETROS_ARGON2) };
  }

  private hashDeRelleno(): Promise<string> {
    this.relleno ??= argon2.hash(randomBytes(16), PARAMETROS_ARGON2);
    return this.relleno;
  }
}

// Fencing of projection leadership. The advisory lock says who *should* run a projection, but it lives on one
// idle connection: when the server ends that backend (restart, failover, idle_session_timeout, a proxy dropping
// the TCP connection, pg_terminate_backend) the lock is gone and the old runner does not know. So the lock alone
// never authorises a write. Each takeover increments the checkpoint row's epoch, and every write of the runner
// (batch, incident, rebuild) first locks that row and checks, in the same transaction, that the epoch is still
// its own, that no newer version took the projection, and that its advisory lock is still held by someone.
// A runner that fails the check rolls back and steps down: at most the batch already past the check commits.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { advisoryKeys, type SqlClient, type SqlDatabase } from '@tesoreria/event-store';
import { CHECKPOINT_COLUMNS, toCheckpointState, type CheckpointRow, type CheckpointState } from './checkpoint-store';

/** Why a runner stopped leading: its lock's session ended, another runner took over, or a newer version did. */
export type LeadershipLoss = 'lock-lost' | 'taken-over' | 'newer-version';

/** The right to write a projection, valid while the checkpoint row keeps this epoch and this version. */
export interface Lease {
  readonly projection: string;
  readonly version: number;
  readonly epoch: number;
  readonly owner: string;
  /** Keys of the session advisory lock (PostgreSQL); null on PGlite, where the lock is in-process and cannot end. */
  readonly lockKeys: readonly [number, number] | null;
}

const REASONS: Record<LeadershipLoss, string> = {
  'lock-lost': 'la sesión que guardaba su candado terminó',
  'taken-over': 'otro proceso tomó el liderazgo',
  'newer-version': 'una versión más nueva de la proyección está en la base',
};

export class LeadershipLostError extends Error {
  constructor(
    readonly projection: string,
    readonly reason: LeadershipLoss,
    /** The checkpoint row as the failed check saw it (null when the row is gone). */
    readonly seen: CheckpointState | null,
  ) {
    super(`La proyección ${projection} dejó de ejecutarse aquí: ${REASONS[reason]}`);
    this.name = 'LeadershipLostError';
  }
}

export const lockName = (projection: string): string => `projection:${projection}`;

export function lockKeysFor(db: SqlDatabase, projection: string): readonly [number, number] | null {
  return db.dialect === 'postgresql' ? advisoryKeys(lockName(projection)) : null;
}

/** Who leads, for status pages and logs: host, process and a random tag per takeover (no personal data). */
export function newOwnerToken(): string {
  return `${hostname()}#${process.pid}#${randomUUID().slice(0, 8)}`;
}

interface FencedRow extends CheckpointRow {
  lock_free: boolean;
}

/**
 * Reads the checkpoint row and whether the projection's advisory lock is free. pg_try_advisory_xact_lock
 * succeeds only when no session holds the lock: the runner's own lock session is another connection, so
 * `true` means that session ended. Inside a transaction, `forUpdate` holds the row until commit: a takeover
 * waits for the batch, and the batch cannot commit after a takeover.
 */
export async function readFenced(
  c: SqlClient,
  projection: string,
  lockKeys: readonly [number, number] | null,
  forUpdate: boolean,
): Promise<{ state: CheckpointState | null; lockFree: boolean }> {
  const lockFree = lockKeys ? 'pg_try_advisory_xact_lock($2::int, $3::int)' : 'false';
  const r = await c.query<FencedRow>(
    `SELECT ${CHECKPOINT_COLUMNS}, ${lockFree} AS lock_free FROM projection_checkpoints WHERE name = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    lockKeys ? [projection, lockKeys[0], lockKeys[1]] : [projection],
  );
  const row = r.rows[0];
  return { state: row ? toCheckpointState(row) : null, lockFree: row ? row.lock_free === true : false };
}

/** The fence: resolves to the row when `lease` still leads, throws LeadershipLostError otherwise. */
export async function checkLease(c: SqlClient, lease: Lease, forUpdate: boolean): Promise<CheckpointState> {
  const { state, lockFree } = await readFenced(c, lease.projection, lease.lockKeys, forUpdate);
  if (!state) throw new LeadershipLostError(lease.projection, 'taken-over', null);
  if (state.version > lease.version) throw new LeadershipLostError(lease.projection, 'newer-version', state);
  if (state.epoch !== lease.epoch || state.version !== lease.version) throw new LeadershipLostError(lease.projection, 'taken-over', state);
  if (lockFree) throw new LeadershipLostError(lease.projection, 'lock-lost', state);
  return state;
}

/** Runs fn in a transaction that first passes the fence; fn sees the locked checkpoint row. */
export function fenced<T>(db: SqlDatabase, lease: Lease, fn: (tx: SqlClient, state: CheckpointState) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => fn(tx, await checkLease(tx, lease, true)));
}

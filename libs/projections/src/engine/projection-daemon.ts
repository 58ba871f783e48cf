// Starts every registered projection, follows live appends by polling the store (notify() wakes it right after
// an append), reports checkpoint, head and lag per projection, rebuilds on demand and stops cleanly. Several
// processes may run the same daemon: each projection runs in the one that holds its advisory lock, and writes
// only while its leadership epoch is the checkpoint's (leadership.ts).
import type { EventStore, SqlDatabase } from '@tesoreria/event-store';
import { ensureProjectionsSchema, readCheckpoints, rebuildPending, requestRebuild, type CheckpointState } from './checkpoint-store';
import { describeIncident, listIncidents, openIncidents, type ProjectionIncident } from './incidents';
import { defineProjection, type Projection } from './projection';
import { ProjectionRunner, type LeadershipLossRecord, type RunnerState } from './projection-runner';

export type ProjectionState = RunnerState;

export interface ProjectionStatus {
  readonly name: string;
  readonly version: number;
  /** Last position committed with the read model (0 before the first batch). */
  readonly checkpoint: number;
  /** store.headPosition() when the status was taken. */
  readonly head: number;
  /** Events behind the head: head - checkpoint (never negative). */
  readonly lag: number;
  /** starting, running (here), standby (running in another process), stopped, failed (open incident). */
  readonly state: ProjectionState;
  readonly lastError: string | null;
  /** The newest open incident, if any. */
  readonly incident: ProjectionIncident | null;
  /** Batches this process rolled back because the checkpoint had moved. */
  readonly conflicts: number;
  readonly leadership: LeadershipStatus;
  /** A rebuild was asked for (in any process) and the leader has not started it yet. */
  readonly rebuildPending: boolean;
}

export interface LeadershipStatus {
  /** Version of the stored checkpoint; above `version`, this process's code is older and stays stopped. */
  readonly storedVersion: number | null;
  /** Incremented on every takeover; the checkpoint's, so the same in every process. */
  readonly epoch: number;
  /** Who leads: host#pid#tag of the last takeover. */
  readonly owner: string | null;
  /** This process holds the current epoch (and writes the read model). */
  readonly here: boolean;
  /** The last time this process stopped leading it, and why; null if it never did. */
  readonly lost: LeadershipLossRecord | null;
  /** Rebuilds this process performed as leader. */
  readonly rebuilds: number;
}

export interface ProjectionDaemonOptions {
  readonly store: EventStore;
  /** Where the read models and checkpoints live (PGlite or PostgreSQL). */
  readonly db: SqlDatabase;
  readonly projections?: readonly Projection[];
  /** Events per batch and per transaction. Default 500. */
  readonly batchSize?: number;
  /** Idle poll interval once caught up. Default 100 ms. */
  readonly pollIntervalMs?: number;
  /** Retry interval for a lock held by another process, or after a database error. Default 1000 ms. */
  readonly lockRetryMs?: number;
  /** Default true: on a failed batch, commit its good events one by one and name the failing one. */
  readonly isolateFailures?: boolean;
  /** Called once per recorded incident (for alerts and logs). */
  readonly onIncident?: (incident: ProjectionIncident) => void;
  /** Called for store or database errors; the runner retries after lockRetryMs. */
  readonly onError?: (projection: string, error: unknown) => void;
}

export interface WaitForCatchUpOptions {
  /** Position to reach; default: the store's head when the call starts. */
  readonly position?: number;
  /** Only these projections; default: all registered. */
  readonly projections?: readonly string[];
}

export class CatchUpTimeoutError extends Error {
  constructor(readonly target: number, readonly behind: ReadonlyArray<{ name: string; checkpoint: number }>) {
    super(
      `Las proyecciones no alcanzaron la posición ${target} a tiempo: ` +
        behind.map((b) => `${b.name} en ${b.checkpoint}`).join(', '),
    );
    this.name = 'CatchUpTimeoutError';
  }
}

export class ProjectionFailedError extends Error {
  constructor(readonly projection: string, readonly detail: string) {
    super(`La proyección ${projection} está detenida por un error: ${detail}`);
    this.name = 'ProjectionFailedError';
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ProjectionDaemon {
  private readonly runners = new Map<string, ProjectionRunner>();
  private schemaReady: Promise<void> | null = null;
  private started = false;

  constructor(private readonly options: ProjectionDaemonOptions) {
    for (const p of options.projections ?? []) this.register(p);
  }

  /** Adds a projection; allowed before and after start (it starts at once when the daemon runs). */
  register(projection: Projection): void {
    const p = defineProjection(projection);
    if (this.runners.has(p.name)) throw new Error(`Proyección registrada dos veces: ${p.name}`);
    const runner = new ProjectionRunner(p, this.options.store, this.options.db, {
      batchSize: this.options.batchSize ?? 500,
      pollIntervalMs: this.options.pollIntervalMs ?? 100,
      lockRetryMs: this.options.lockRetryMs ?? 1000,
      isolateFailures: this.options.isolateFailures ?? true,
      onIncident: this.options.onIncident,
      onError: this.options.onError,
    });
    this.runners.set(p.name, runner);
    if (this.started) runner.start();
  }

  get projections(): Projection[] {
    return [...this.runners.values()].map((r) => r.projection);
  }

  async start(): Promise<void> {
    await this.ensureSchema();
    this.started = true;
    for (const runner of this.runners.values()) runner.start();
  }

  async stop(): Promise<void> {
    this.started = false;
    await Promise.all([...this.runners.values()].map((r) => r.stop()));
  }

  /** Wakes every runner to poll now (call it after an append for read-your-writes without waiting a tick). */
  notify(): void {
    for (const runner of this.runners.values()) runner.wake();
  }

  async status(): Promise<ProjectionStatus[]> {
    await this.ensureSchema();
    const { db, store } = this.options;
    const [checkpoints, head, incidents] = await Promise.all([readCheckpoints(db), store.headPosition(), openIncidents(db)]);
    return [...this.runners.values()].map((runner) => {
      const p = runner.projection;
      const cp = checkpoints.get(p.name);
      // Only the version this code declares counts: an older one's checkpoint will be replayed from zero.
      const checkpoint = cp && cp.version === p.version ? cp.position : 0;
      const here = runner.epoch !== null && cp?.epoch === runner.epoch;
      const incident = incidents.find((i) => i.projection === p.name) ?? null;
      // An open incident means failed unless this process is running the projection again past it.
      const state: ProjectionState = runner.state === 'failed' || (incident && runner.state !== 'running' && runner.state !== 'starting') ? 'failed' : runner.state;
      return {
        name: p.name,
        version: p.version,
        checkpoint,
        head,
        lag: Math.max(0, head - checkpoint),
        state,
        lastError: runner.lastError ?? (incident ? describeIncident(incident) : null),
        incident,
        conflicts: runner.conflicts,
        leadership: {
          storedVersion: cp?.version ?? null,
          epoch: cp?.epoch ?? 0,
          owner: cp?.owner ?? null,
          here,
          lost: runner.lostLeadership,
          rebuilds: runner.rebuilds,
        },
        rebuildPending: cp ? rebuildPending(cp) : false,
      };
    });
  }

  /**
   * Resolves once the projections' checkpoints reach `position` (default: the head when called). Rejects with
   * ProjectionFailedError as soon as one of them is failed, and with CatchUpTimeoutError after timeoutMs.
   */
  async waitForCatchUp(timeoutMs = 5000, options: WaitForCatchUpOptions = {}): Promise<void> {
    await this.ensureSchema();
    const deadline = Date.now() + timeoutMs;
    const target = options.position ?? (await this.options.store.headPosition());
    const names = options.projections ?? [...this.runners.keys()];
    for (const n of names) if (!this.runners.has(n)) throw new Error(`Proyección desconocida: ${n}`);
    this.notify();
    for (;;) {
      const checkpoints = await readCheckpoints(this.options.db);
      const behind = names
        .map((name) => {
          const cp = checkpoints.get(name);
          const runner = this.runners.get(name)!;
          // A rebuild not yet started by the leader still has to replay everything.
          const current = cp && cp.version === runner.projection.version && !rebuildPending(cp);
          return { name, checkpoint: current ? cp.position : 0, stored: cp };
        })
        .filter((b) => b.checkpoint < target);
      if (behind.length === 0) return;
      for (const b of behind) {
        const runner = this.runners.get(b.name)!;
        // A rebuild waiting for the leader (here or elsewhere, failed or not) closes the incident and replays.
        if (b.stored && rebuildPending(b.stored)) continue;
        if (runner.state === 'failed') throw new ProjectionFailedError(b.name, runner.lastError ?? 'incidente abierto');
        if (newer(b.stored, runner.projection.version)) {
          throw new ProjectionFailedError(b.name, `la base tiene la versión ${b.stored!.version}, más nueva que la de este proceso`);
        }
        // Running here means retrying past the incident; it fails again, here, if the cause is still there.
        if (runner.state === 'running' || runner.state === 'starting') continue;
        const open = await openIncidents(this.options.db, b.name);
        if (open[0]) throw new ProjectionFailedError(b.name, open[0].error);
      }
      if (Date.now() >= deadline) throw new CatchUpTimeoutError(target, behind.map(({ name, checkpoint }) => ({ name, checkpoint })));
      await sleep(10);
    }
  }

  /**
   * Asks the process that leads the projection (this one or another, even a failed one) to truncate its tables,
   * put its checkpoint at zero and replay from the first event; it sees the request at its next batch or poll.
   * Only the leader writes, so a standby of another version cannot drop the tables of the one that runs.
   * waitForCatchUp counts a pending rebuild as position zero.
   */
  async rebuild(name: string): Promise<void> {
    const runner = this.runnerOf(name);
    await this.ensureSchema();
    await requestRebuild(this.options.db, name);
    runner.retry();
    runner.wake();
  }

  /** Tries a failed projection again from its checkpoint (after the cause was fixed). */
  restart(name: string): void {
    this.runnerOf(name).retry();
  }

  /** Every incident of a projection, oldest first, resolved ones included. */
  async incidents(name: string): Promise<ProjectionIncident[]> {
    await this.ensureSchema();
    return listIncidents(this.options.db, name);
  }

  private runnerOf(name: string): ProjectionRunner {
    const runner = this.runners.get(name);
    if (!runner) throw new Error(`Proyección desconocida: ${name}`);
    return runner;
  }

  private ensureSchema(): Promise<void> {
    this.schemaReady ??= ensureProjectionsSchema(this.options.db).catch((error: unknown) => {
      this.schemaReady = null;
      throw error;
    });
    return this.schemaReady;
  }
}

function newer(stored: CheckpointState | undefined, version: number): boolean {
  return stored !== undefined && stored.version > version;
}

export function createProjectionDaemon(options: ProjectionDaemonOptions): ProjectionDaemon {
  return new ProjectionDaemon(options);
}

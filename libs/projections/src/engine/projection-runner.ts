// Runs one projection: holds its advisory lock (one instance across processes), reads the global log in batches
// from the checkpoint and commits each batch's rows with the checkpoint's compare-and-set in one transaction.
// Every write is fenced (leadership.ts): a runner that lost its lock, or was overtaken by another process or by
// a newer version, rolls back and steps down within one batch. A failing apply stops the projection and records
// an incident naming the event (Marten's async daemon pauses a projection the same way); it is never skipped.
import type { EventStore, SqlDatabase } from '@tesoreria/event-store';
import { BatchWriter, errorMessage, ProjectionFailed, RebuildRequested } from './batch-writer';
import { CheckpointConflictError, readCheckpoint, readCheckpointState, rebuildPending } from './checkpoint-store';
import type { ProjectionIncident } from './incidents';
import { checkLease, fenced, LeadershipLostError, lockKeysFor, lockName, newOwnerToken, type LeadershipLoss, type Lease } from './leadership';
import type { Projection } from './projection';
import { performRebuild, ProjectionSchemaError, takeLeadership } from './projection-schema';
import { Sleeper } from './sleeper';

export { errorMessage } from './batch-writer';

/** starting: not yet tried the lock; running: holds it and follows the log; standby: another process holds it. */
export type RunnerState = 'stopped' | 'starting' | 'standby' | 'running' | 'failed';

export interface RunnerOptions {
  /** Events read per batch (and per transaction). */
  readonly batchSize: number;
  /** Idle wait between polls once caught up; notify() cuts it short. */
  readonly pollIntervalMs: number;
  /** Wait before trying again for a lock held elsewhere, after an infrastructure error, or while failed. */
  readonly lockRetryMs: number;
  /** Re-apply a failed batch event by event, committing the good ones, to name the exact failing event. */
  readonly isolateFailures: boolean;
  readonly onIncident?: (incident: ProjectionIncident) => void;
  /** Errors of the store or the database (not of the projection), and lost leadership: the runner retries. */
  readonly onError?: (projection: string, error: unknown) => void;
}

/** The last time this process stopped leading the projection, for /salud. */
export interface LeadershipLossRecord {
  readonly reason: LeadershipLoss;
  readonly message: string;
  readonly at: string;
  /** The epoch this process held. */
  readonly epoch: number | null;
  /** The checkpoint of its last committed batch. */
  readonly position: number | null;
}

export class ProjectionRunner {
  private stateValue: RunnerState = 'stopped';
  private positionValue: number | null = null;
  private lastErrorValue: string | null = null;
  private conflictCount = 0;
  private rebuildCount = 0;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private retryRequested = false;
  private release: (() => Promise<void>) | null = null;
  private lease: Lease | null = null;
  private lost: LeadershipLossRecord | null = null;
  private superseded: number | null = null;
  private readonly sleeper = new Sleeper();
  private readonly writer: BatchWriter;

  constructor(
    readonly projection: Projection,
    private readonly store: EventStore,
    private readonly db: SqlDatabase,
    private readonly options: RunnerOptions,
  ) {
    this.writer = new BatchWriter(projection, db, options, {
      committed: (position) => {
        this.positionValue = position;
        this.lastErrorValue = null;
      },
      failed: (description) => {
        this.lastErrorValue = description;
      },
    });
  }

  get state(): RunnerState {
    return this.stateValue;
  }
  /** Checkpoint as this runner last saw it (null before it held the lock). */
  get position(): number | null {
    return this.positionValue;
  }
  get lastError(): string | null {
    return this.lastErrorValue;
  }
  /** Batches rolled back because the checkpoint had moved (another runner or a rebuild). */
  get conflicts(): number {
    return this.conflictCount;
  }
  /** Rebuilds this process performed as leader (asked for here or in another process). */
  get rebuilds(): number {
    return this.rebuildCount;
  }
  get holdsLock(): boolean {
    return this.release !== null;
  }
  /** The leadership epoch this runner writes under, or null when it does not lead. */
  get epoch(): number | null {
    return this.lease?.epoch ?? null;
  }
  get lostLeadership(): LeadershipLossRecord | null {
    return this.lost;
  }
  /** The newer version found in the checkpoint: this runner stopped for good and touches nothing. */
  get supersededBy(): number | null {
    return this.superseded;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.stateValue = this.superseded === null ? 'starting' : 'stopped';
    this.loop = this.run().finally(() => {
      this.loop = null;
    });
  }

  /** Finishes the batch in flight, releases the lock and resolves. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.sleeper.wake();
    await this.loop;
  }

  /** Polls now instead of at the end of the idle interval. */
  wake(): void {
    this.sleeper.wake();
  }

  /** Tries a failed projection again from its checkpoint (after a fix or a rebuild). */
  retry(): void {
    if (this.stateValue !== 'failed') return;
    this.retryRequested = true;
    this.sleeper.wake();
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopping) {
        try {
          if (this.superseded !== null) await this.sleeper.sleep(60_000);
          else if (this.stateValue === 'failed') await this.whileFailed();
          else if (await this.lead()) {
            this.stateValue = 'running';
            if (!(await this.step())) await this.sleeper.sleep(this.options.pollIntervalMs);
          }
        } catch (error) {
          if (error instanceof ProjectionFailed) this.stateValue = 'failed';
          else if (error instanceof LeadershipLostError) await this.stepDown(error);
          else {
            this.infrastructureError(error);
            await this.releaseLock();
            await this.sleeper.sleep(this.options.lockRetryMs);
          }
        }
      }
    } finally {
      await this.releaseLock();
      this.stateValue = 'stopped';
    }
  }

  /** True once this runner holds the lock and a lease; otherwise it waited (standby) or stepped down. */
  private async lead(): Promise<boolean> {
    if (!this.release) {
      const release = await this.db.tryAdvisoryLock(lockName(this.projection.name));
      if (!release) {
        this.stateValue = 'standby';
        await this.sleeper.sleep(this.options.lockRetryMs);
        return false;
      }
      this.release = release;
      this.lease = null;
    }
    if (this.lease) return true;
    const takeover = await takeLeadership(this.db, this.projection, newOwnerToken(), lockKeysFor(this.db, this.projection.name)).catch(
      (error: unknown) => (error instanceof ProjectionSchemaError ? this.writer.fail(null, null, error) : Promise.reject(error)),
    );
    if (!takeover.lease) {
      await this.supersede(takeover.supersededBy);
      return false;
    }
    this.lease = takeover.lease;
    this.positionValue = takeover.position;
    if (takeover.rebuildRequestDone) this.rebuildCount += 1;
    await this.writer.refreshIncidents();
    return true;
  }

  /** A failed projection waits for retry() or for a rebuild asked for in any process; it still checks its lease. */
  private async whileFailed(): Promise<void> {
    if (this.retryRequested) {
      this.retryRequested = false;
      this.lease = null; // taken again: the takeover reloads the checkpoint and performs a pending rebuild
      this.stateValue = 'starting';
      return;
    }
    await this.sleeper.sleep(this.options.lockRetryMs);
    const state = this.lease ? await checkLease(this.db, this.lease, false) : await readCheckpointState(this.db, this.projection.name);
    if (state && rebuildPending(state)) this.retryRequested = true;
  }

  /** Processes one batch; true when more events may be waiting. */
  private async step(): Promise<boolean> {
    const lease = this.lease!;
    const from = this.positionValue ?? 0;
    const events = await this.store.readAll({ after: from, limit: this.options.batchSize });
    try {
      if (events.length === 0) {
        // Idle: the fence still runs at every poll, so a lost lock or a rebuild asked elsewhere is seen at once.
        const state = await checkLease(this.db, lease, false);
        if (rebuildPending(state)) throw new RebuildRequested();
        if (state.position === from) return false;
        this.positionValue = state.position;
        return true;
      }
      await this.writer.applyBatch(lease, from, events);
    } catch (error) {
      if (error instanceof RebuildRequested) {
        await fenced(this.db, lease, (tx) => performRebuild(tx, this.projection, lease));
        this.rebuildCount += 1;
        this.positionValue = 0;
        this.writer.hasOpenIncident = false;
        return true;
      }
      if (!(error instanceof CheckpointConflictError)) throw error;
      this.conflictCount += 1;
      const checkpoint = await readCheckpoint(this.db, this.projection.name);
      this.positionValue = checkpoint?.position ?? 0;
      return true;
    }
    return events.length >= this.options.batchSize;
  }

  /** Stops writing at once; a failed projection stays failed, a newer version stops this runner for good. */
  private async stepDown(error: LeadershipLostError): Promise<void> {
    this.lost = {
      reason: error.reason,
      message: error.message,
      at: new Date().toISOString(),
      epoch: this.lease?.epoch ?? null,
      position: this.positionValue,
    };
    this.lastErrorValue = error.message;
    this.options.onError?.(this.projection.name, error);
    if (error.reason === 'newer-version') return this.supersede(error.seen!.version);
    await this.releaseLock();
    if (this.stateValue !== 'failed') this.stateValue = 'standby';
    await this.sleeper.sleep(this.options.lockRetryMs);
  }

  private async supersede(version: number): Promise<void> {
    this.superseded = version;
    this.lastErrorValue =
      `La versión ${version} de la proyección ${this.projection.name} ya está en la base: ` +
      `esta versión (${this.projection.version}) se detuvo sin tocar sus tablas ni su punto de control`;
    await this.releaseLock();
    this.stateValue = 'stopped';
  }

  private infrastructureError(error: unknown): void {
    this.lastErrorValue = errorMessage(error);
    this.options.onError?.(this.projection.name, error);
  }

  /** The lock's session may be dead already (that is why we step down): its unlock error is not news. */
  private async releaseLock(): Promise<void> {
    const release = this.release;
    this.release = null;
    this.lease = null;
    if (release) await release().catch(() => undefined);
  }
}

// Runs one projection: holds its advisory lock (one instance across processes), reads the global log in batches
// from the checkpoint and commits each batch's rows with the checkpoint's compare-and-set in one transaction.
// A failing apply stops the projection and records an incident naming the event (Marten's async daemon pauses
// a projection the same way); it is never skipped.
import type { EventStore, RecordedEvent, SqlDatabase } from '@tesoreria/event-store';
import { advanceCheckpoint, CheckpointConflictError, readCheckpoint } from './checkpoint-store';
import { describeIncident, openIncidents, recordIncident, resolveIncidents, type ProjectionIncident } from './incidents';
import type { Projection } from './projection';
import { prepareProjection, ProjectionSchemaError } from './projection-schema';
import { Sleeper } from './sleeper';

/** starting: not yet tried the lock; running: holds it and follows the log; standby: another process holds it. */
export type RunnerState = 'stopped' | 'starting' | 'standby' | 'running' | 'failed';

export interface RunnerOptions {
  /** Events read per batch (and per transaction). */
  readonly batchSize: number;
  /** Idle wait between polls once caught up; notify() cuts it short. */
  readonly pollIntervalMs: number;
  /** Wait before trying again for a lock held elsewhere, or after an infrastructure error. */
  readonly lockRetryMs: number;
  /** Re-apply a failed batch event by event, committing the good ones, to name the exact failing event. */
  readonly isolateFailures: boolean;
  readonly onIncident?: (incident: ProjectionIncident) => void;
  /** Errors of the store or the database (not of the projection): the runner backs off and retries. */
  readonly onError?: (projection: string, error: unknown) => void;
}

class ApplyError extends Error {
  constructor(readonly original: unknown) {
    super(errorMessage(original));
  }
}

/** Thrown inside the loop once the incident is recorded: the projection stays failed. */
class ProjectionFailed extends Error {}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class ProjectionRunner {
  private stateValue: RunnerState = 'stopped';
  private positionValue: number | null = null;
  private lastErrorValue: string | null = null;
  private conflictCount = 0;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private retryRequested = false;
  private release: (() => Promise<void>) | null = null;
  private prepared = false;
  private hasOpenIncident = false;
  private readonly sleeper = new Sleeper();
  private readonly handles: ReadonlySet<string>;

  constructor(
    readonly projection: Projection,
    private readonly store: EventStore,
    private readonly db: SqlDatabase,
    private readonly options: RunnerOptions,
  ) {
    this.handles = new Set(projection.handles);
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
  get holdsLock(): boolean {
    return this.release !== null;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.stateValue = 'starting';
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
        if (this.stateValue === 'failed') {
          if (this.retryRequested) {
            this.retryRequested = false;
            this.prepared = false;
            this.stateValue = 'running';
          } else {
            await this.sleeper.sleep(60_000);
          }
          continue;
        }
        if (!this.release) {
          const release = await this.db.tryAdvisoryLock(`projection:${this.projection.name}`).catch((error: unknown) => {
            this.infrastructureError(error);
            return null;
          });
          if (!release) {
            this.stateValue = 'standby';
            await this.sleeper.sleep(this.options.lockRetryMs);
            continue;
          }
          this.release = release;
          this.prepared = false;
        }
        try {
          if (!this.prepared) {
            const { position } = await prepareProjection(this.db, this.projection).catch((error: unknown) =>
              error instanceof ProjectionSchemaError ? this.fail(null, error) : Promise.reject(error),
            );
            this.positionValue = position;
            this.hasOpenIncident = (await openIncidents(this.db, this.projection.name)).length > 0;
            this.prepared = true;
          }
          this.stateValue = 'running';
          const more = await this.step();
          if (!more) await this.sleeper.sleep(this.options.pollIntervalMs);
        } catch (error) {
          if (error instanceof ProjectionFailed) {
            this.stateValue = 'failed';
            continue;
          }
          this.infrastructureError(error);
          await this.releaseLock();
          await this.sleeper.sleep(this.options.lockRetryMs);
        }
      }
    } finally {
      await this.releaseLock();
      this.stateValue = 'stopped';
    }
  }

  /** Processes one batch; true when more events may be waiting. */
  private async step(): Promise<boolean> {
    const from = this.positionValue ?? 0;
    const events = await this.store.readAll({ after: from, limit: this.options.batchSize });
    if (events.length === 0) {
      // Idle: a rebuild in any process may have moved the checkpoint without a batch of ours noticing.
      const checkpoint = await readCheckpoint(this.db, this.projection.name);
      if (checkpoint && checkpoint.version === this.projection.version && checkpoint.position === from) return false;
      this.prepared = false;
      return true;
    }
    try {
      await this.applyBatch(from, events);
    } catch (error) {
      if (!(error instanceof CheckpointConflictError)) throw error;
      this.conflictCount += 1;
      const checkpoint = await readCheckpoint(this.db, this.projection.name);
      this.positionValue = checkpoint?.position ?? 0;
      return true;
    }
    return events.length >= this.options.batchSize;
  }

  private async applyBatch(from: number, events: readonly RecordedEvent[]): Promise<void> {
    const to = events[events.length - 1]!.position;
    const handled = events.filter((e) => this.handles.has(e.type));
    try {
      await this.commit(from, to, handled);
      return;
    } catch (error) {
      if (!(error instanceof ApplyError)) throw error;
      if (handled.length === 1) return this.fail(handled[0]!, error.original);
      if (!this.options.isolateFailures) return this.fail(null, error.original, handled);
    }
    // Find the failing event: commit the good ones one by one, so the checkpoint stops right before it.
    let at = from;
    for (const event of handled) {
      try {
        await this.commit(at, event.position, [event]);
      } catch (error) {
        if (!(error instanceof ApplyError)) throw error;
        // Skip-free: the checkpoint covers the unhandled events up to the one right before the failing event.
        const before = events[events.indexOf(event) - 1];
        if (before && before.position > at) await this.commit(at, before.position, []);
        return this.fail(event, error.original);
      }
      at = event.position;
    }
    // Every event passed alone (the failure was transient): finish the batch.
    await this.commit(at, to, []);
  }

  private async commit(from: number, to: number, handled: readonly RecordedEvent[]): Promise<void> {
    const name = this.projection.name;
    const resolve = this.hasOpenIncident;
    await this.db.transaction(async (tx) => {
      if (handled.length > 0) {
        try {
          await this.projection.apply(tx, handled);
        } catch (error) {
          throw new ApplyError(error);
        }
      }
      if (resolve) await resolveIncidents(tx, name, to);
      if (!(await advanceCheckpoint(tx, name, from, to))) throw new CheckpointConflictError(name, from);
    });
    if (resolve) this.hasOpenIncident = (await openIncidents(this.db, name)).length > 0;
    this.positionValue = to;
    this.lastErrorValue = null;
  }

  private async fail(event: RecordedEvent | null, original: unknown, batch?: readonly RecordedEvent[]): Promise<never> {
    const message = errorMessage(original);
    const error = batch
      ? `${message} (lote de ${batch.length} eventos, posiciones ${batch[0]!.position}–${batch[batch.length - 1]!.position})`
      : message;
    const incident = await recordIncident(this.db, {
      projection: this.projection.name,
      version: this.projection.version,
      position: event?.position ?? batch?.[0]?.position ?? null,
      eventId: event?.eventId ?? null,
      eventType: event?.type ?? null,
      streamId: event?.streamId ?? null,
      error,
    });
    this.hasOpenIncident = true;
    this.lastErrorValue = describeIncident(incident);
    this.options.onIncident?.(incident);
    throw new ProjectionFailed(error);
  }

  private infrastructureError(error: unknown): void {
    this.lastErrorValue = errorMessage(error);
    this.options.onError?.(this.projection.name, error);
  }

  private async releaseLock(): Promise<void> {
    const release = this.release;
    this.release = null;
    this.prepared = false;
    if (release) await release().catch((error: unknown) => this.infrastructureError(error));
  }
}

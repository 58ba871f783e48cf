// Writes one projection's batches: the rows and the checkpoint's compare-and-set in one fenced transaction. A
// batch whose apply throws is re-applied event by event, committing the good ones, so the incident names the
// exact failing event and the checkpoint stops right before it; nothing is ever skipped.
import type { RecordedEvent, SqlDatabase } from '@tesoreria/event-store';
import { advanceCheckpoint, CheckpointConflictError, rebuildPending } from './checkpoint-store';
import { describeIncident, openIncidents, recordIncident, resolveIncidents, type ProjectionIncident } from './incidents';
import { fenced, type Lease } from './leadership';
import type { Projection } from './projection';

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

class ApplyError extends Error {
  constructor(readonly original: unknown) {
    super(errorMessage(original));
  }
}

/** Thrown once the incident is recorded: the projection stays failed. */
export class ProjectionFailed extends Error {}

/** A rebuild waits in the checkpoint row: the batch rolls back and the leader rebuilds first. */
export class RebuildRequested extends Error {}

export interface BatchWriterOptions {
  readonly isolateFailures: boolean;
  readonly onIncident?: (incident: ProjectionIncident) => void;
}

export interface BatchEvents {
  committed(position: number): void;
  failed(description: string): void;
}

export class BatchWriter {
  /** Whether the projection has an open incident: each commit then closes those it got past. */
  hasOpenIncident = false;
  private readonly handles: ReadonlySet<string>;

  constructor(
    private readonly projection: Projection,
    private readonly db: SqlDatabase,
    private readonly options: BatchWriterOptions,
    private readonly events: BatchEvents,
  ) {
    this.handles = new Set(projection.handles);
  }

  async refreshIncidents(): Promise<void> {
    this.hasOpenIncident = (await openIncidents(this.db, this.projection.name)).length > 0;
  }

  /** Commits the batch after `from`; a failing event is isolated, recorded as an incident, and ProjectionFailed thrown. */
  async applyBatch(lease: Lease, from: number, events: readonly RecordedEvent[]): Promise<void> {
    const to = events[events.length - 1]!.position;
    const handled = events.filter((e) => this.handles.has(e.type));
    try {
      await this.commit(lease, from, to, handled);
      return;
    } catch (error) {
      if (!(error instanceof ApplyError)) throw error;
      if (handled.length === 1) return this.fail(lease, handled[0]!, error.original);
      if (!this.options.isolateFailures) return this.fail(lease, null, error.original, handled);
    }
    // Find the failing event: commit the good ones one by one, so the checkpoint stops right before it.
    let at = from;
    for (const event of handled) {
      try {
        await this.commit(lease, at, event.position, [event]);
      } catch (error) {
        if (!(error instanceof ApplyError)) throw error;
        // Skip-free: the checkpoint covers the unhandled events up to the one right before the failing event.
        const before = events[events.indexOf(event) - 1];
        if (before && before.position > at) await this.commit(lease, at, before.position, []);
        return this.fail(lease, event, error.original);
      }
      at = event.position;
    }
    // Every event passed alone (the failure was transient): finish the batch.
    await this.commit(lease, at, to, []);
  }

  private async commit(lease: Lease, from: number, to: number, handled: readonly RecordedEvent[]): Promise<void> {
    const name = this.projection.name;
    const resolve = this.hasOpenIncident;
    await fenced(this.db, lease, async (tx, state) => {
      if (rebuildPending(state)) throw new RebuildRequested();
      if (state.position !== from) throw new CheckpointConflictError(name, from);
      if (handled.length > 0) {
        try {
          await this.projection.apply(tx, handled);
        } catch (error) {
          throw new ApplyError(error);
        }
      }
      if (resolve) await resolveIncidents(tx, name, to);
      if (!(await advanceCheckpoint(tx, lease, from, to))) throw new CheckpointConflictError(name, from);
    });
    if (resolve) this.hasOpenIncident = (await openIncidents(this.db, name)).length > 0;
    this.events.committed(to);
  }

  /** Records the incident (fenced when there is a lease) and throws ProjectionFailed. */
  async fail(lease: Lease | null, event: RecordedEvent | null, original: unknown, batch?: readonly RecordedEvent[]): Promise<never> {
    const message = errorMessage(original);
    const error = batch
      ? `${message} (lote de ${batch.length} eventos, posiciones ${batch[0]!.position}–${batch[batch.length - 1]!.position})`
      : message;
    const incident = {
      projection: this.projection.name,
      version: this.projection.version,
      position: event?.position ?? batch?.[0]?.position ?? null,
      eventId: event?.eventId ?? null,
      eventType: event?.type ?? null,
      streamId: event?.streamId ?? null,
      error,
    };
    // Fenced too: a runner that lost the projection meanwhile steps down instead of reporting for the new leader.
    const recorded = lease
      ? await fenced(this.db, lease, (tx) => recordIncident(tx, incident))
      : await recordIncident(this.db, incident);
    this.hasOpenIncident = true;
    this.events.failed(describeIncident(recorded));
    this.options.onIncident?.(recorded);
    throw new ProjectionFailed(error);
  }
}

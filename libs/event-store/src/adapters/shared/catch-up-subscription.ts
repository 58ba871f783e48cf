// Catch-up subscription over readAll, shared by the SQL adapters: pages through history, then waits for a
// local append signal or a poll interval (appends from other processes are seen on the next poll). No
// LISTEN/NOTIFY: a NOTIFY in the append would take PostgreSQL's global notify lock at every commit and
// serialise concurrent writers, and an event signalled may still sit above the high-water mark anyway.
import type { ReadAllOptions, RecordedEvent, SubscribeOptions, Subscription } from '../../event-store.port';

/** Wakes sleeping subscriptions when this process appends, so live events do not wait for the poll. */
export class AppendSignal {
  private waiters = new Set<() => void>();

  notify(): void {
    const ws = [...this.waiters];
    this.waiters.clear();
    for (const w of ws) w();
  }

  /** Resolves on the next notify(), after `ms`, or when `cancel` is called, whichever comes first. */
  wait(ms: number): { promise: Promise<void>; cancel(): void } {
    let cancel = () => {};
    const promise = new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
      cancel = done;
    });
    return { promise, cancel };
  }
}

export interface CatchUpSource {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
}

export const DEFAULT_BATCH_SIZE = 500;
export const DEFAULT_POLL_INTERVAL_MS = 200;

/**
 * `done` resolves after stop(); it REJECTS with the error when the subscription ends by itself (the handler
 * threw, or reading failed). A rejection nobody awaits does not crash the process: the promise is pre-handled.
 * stop() waits for the handler call in progress; calling and awaiting stop() from inside the handler deadlocks.
 */
export function catchUpSubscription(
  source: CatchUpSource,
  signal: AppendSignal,
  options: SubscribeOptions,
  handler: (event: RecordedEvent) => Promise<void>,
  pollIntervalMs = DEFAULT_POLL_INTERVAL_MS,
): Subscription {
  let stopped = false;
  let sleeping: { cancel(): void } | null = null;
  const limit = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isSafeInteger(limit) || limit <= 0) throw new TypeError('batchSize: debe ser un entero positivo');

  const run = async (): Promise<void> => {
    let after = options.after ?? 0;
    while (!stopped) {
      const page = await source.readAll({ after, limit });
      for (const event of page) {
        if (stopped) return;
        if (event.position <= after) {
          throw new Error(`Posición fuera de orden en la suscripción: ${event.position} después de ${after}`);
        }
        await handler(event);
        after = event.position;
      }
      if (page.length < limit && !stopped) {
        const w = signal.wait(pollIntervalMs);
        sleeping = w;
        await w.promise;
        sleeping = null;
      }
    }
  };

  const done = run();
  done.catch(() => undefined);
  return {
    done,
    async stop() {
      stopped = true;
      sleeping?.cancel();
      await done.catch(() => undefined);
    },
  };
}

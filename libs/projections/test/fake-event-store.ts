// An in-memory EventStore for the engine's tests: enough of the port (append with expected revision, global
// log in pages, head, idempotency) to drive projections without a real adapter.
import { randomUUID } from 'node:crypto';
import { ConcurrencyError } from '@tesoreria/event-store';
import type { AppendOptions, AppendResult, EventStore, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent } from '@tesoreria/event-store';
import type { SubscribeOptions, Subscription, UnitOfWork } from '@tesoreria/event-store';

export class FakeEventStore implements EventStore {
  readonly kind = 'memory' as const;
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byKey = new Map<string, AppendResult>();

  inUnitOfWork<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    return work({ sql: null, appendToStream: (s, e, o) => this.appendToStream(s, e, o) });
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    if (options.idempotencyKey) {
      const seen = this.byKey.get(options.idempotencyKey);
      if (seen) return { ...seen, duplicate: true };
    }
    const stream = this.streams.get(streamId) ?? [];
    const actual = stream.length === 0 ? 'no_stream' : stream.length - 1;
    const expected = options.expectedRevision;
    if (expected !== 'any' && expected !== actual) throw new ConcurrencyError(streamId, expected, actual);
    const registradoEn = new Date().toISOString();
    const recorded = events.map((e, i): RecordedEvent => ({
      eventId: randomUUID(),
      streamId,
      revision: stream.length + i,
      position: this.log.length + i + 1,
      type: e.type,
      data: e.data,
      metadata: {
        ...e.metadata,
        registradoEn,
        idempotencyKey: options.idempotencyKey ?? null,
        schemaVersion: e.metadata.schemaVersion ?? 1,
      },
    }));
    stream.push(...recorded);
    this.streams.set(streamId, stream);
    this.log.push(...recorded);
    const result: AppendResult = {
      nextExpectedRevision: stream.length - 1,
      position: this.log.length,
      events: recorded,
      duplicate: false,
    };
    if (options.idempotencyKey) this.byKey.set(options.idempotencyKey, result);
    return result;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return (this.streams.get(streamId) ?? []).filter(
      (e) =>
        (options.toRevision === undefined || e.revision <= options.toRevision) &&
        (options.recordedUpTo === undefined || e.metadata.registradoEn <= options.recordedUpTo),
    );
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const after = options.after ?? 0;
    return this.log.slice(after, after + options.limit);
  }

  subscribeToAll(options: SubscribeOptions, handler: (event: RecordedEvent) => Promise<void>): Subscription {
    let stopped = false;
    let position = options.after ?? 0;
    const done = (async () => {
      while (!stopped) {
        const page = await this.readAll({ after: position, limit: options.batchSize ?? 100 });
        for (const e of page) {
          if (stopped) return;
          await handler(e);
          position = e.position;
        }
        if (page.length === 0) await new Promise((r) => setTimeout(r, 10));
      }
    })();
    return {
      done,
      stop: async () => {
        stopped = true;
        await done.catch(() => undefined);
      },
    };
  }

  async headPosition(): Promise<number> {
    return this.log.length;
  }

  async findByIdempotencyKey(key: string): Promise<AppendResult | null> {
    return this.byKey.get(key) ?? null;
  }

  async close(): Promise<void> {}
}

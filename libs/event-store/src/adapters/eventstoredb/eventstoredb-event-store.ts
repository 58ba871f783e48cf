// Event store on EventStoreDB/KurrentDB (@kurrent/kurrentdb-client). $all shows only committed events, in commit
// order, so the high-water mark holds by construction. Positions are the commit positions as numbers.
//
// Appends with an idempotency key follow the claim-first protocol of kurrent-idempotency.ts. Every read goes to
// the leader, and every append's outcome (written, refused, unknown) is made explicit in kurrent-append.ts.
// A plain append (no key) whose answer was lost is never resent: found by its ids, or AppendOutcomeUnknownError.
import { randomUUID } from 'node:crypto';
import { jsonEvent, KurrentDBClient } from '@kurrent/kurrentdb-client';
import { ConcurrencyError } from '../../event-store.port';
import type { AppendOptions, AppendResult, EventStore, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../../event-store.port';
import type { SubscribeOptions, Subscription, UnitOfWork } from '../../event-store.port';
import { assertValidAppend, storedMetadata } from '../shared/append-input';
import { AppendOutcomeUnknownError, streamState, tryAppend } from './kurrent-append';
import { lastUserPosition, readUserEvents } from './kurrent-global-log';
import { KeyedAppends } from './kurrent-idempotency';
import {
  collect,
  currentRevision,
  findWritten,
  fromAfter,
  LEADER,
  readRange,
  toEvent,
  USER_STREAMS,
  withPositions,
  type EventStoreDbClient,
} from './kurrent-reads';

export type { EventStoreDbClient } from './kurrent-reads';
export { AppendOutcomeUnknownError } from './kurrent-append';

export interface EventStoreDbOptions {
  /** How long a loser waits for the winner's events before completing the claim itself. */
  readonly claimWaitMs?: number;
  readonly pollIntervalMs?: number;
}

export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb' as const;
  private readonly subscriptions = new Set<Subscription>();
  private readonly keyed: KeyedAppends;

  constructor(
    readonly client: EventStoreDbClient,
    options: EventStoreDbOptions = {},
  ) {
    this.keyed = new KeyedAppends(client, options.claimWaitMs ?? 2000, options.pollIntervalMs ?? 50);
  }

  /** Builds the client from a connection string (`kurrentdb://host:2113?tls=false`); it connects lazily. */
  static connect(connectionString: string): EventStoreDbEventStore {
    return new EventStoreDbEventStore(KurrentDBClient.connectionString(connectionString));
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    assertValidAppend(streamId, options);
    const key = options.idempotencyKey;
    if (key === undefined) {
      if (events.length === 0) return this.emptyAppend(streamId, options);
      return this.plainAppend(streamId, events, options);
    }
    if (events.length === 0) {
      // Nothing to write, so nothing to claim: answer an earlier result or check the revision.
      return (await this.findByIdempotencyKey(key)) ?? this.emptyAppend(streamId, options);
    }
    return this.keyed.append(key, streamId, events, options);
  }

  /** An append here cannot join a SQL transaction: each append of the unit commits by itself (see UnitOfWork). */
  inUnitOfWork<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    return work({ sql: null, appendToStream: (streamId, events, options) => this.appendToStream(streamId, events, options) });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.toRevision !== undefined && options.toRevision < 0) return [];
    const events = await collect(
      this.client.readStream(streamId, {
        ...(options.toRevision !== undefined ? { maxCount: options.toRevision + 1 } : {}),
        ...LEADER,
      }),
    );
    const upTo = options.recordedUpTo === undefined ? null : Date.parse(options.recordedUpTo);
    return withPositions(this.client, upTo === null ? events : events.filter((e) => Date.parse(e.metadata.registradoEn) <= upTo));
  }

  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return readUserEvents(this.client, options.after ?? 0, options.limit);
  }

  subscribeToAll(options: SubscribeOptions, handler: (event: RecordedEvent) => Promise<void>): Subscription {
    let stopped = false;
    let after = options.after ?? 0;
    const sub = this.client.subscribeToAll({ fromPosition: fromAfter(after), filter: USER_STREAMS(), ...LEADER });
    const run = async () => {
      try {
        for await (const resolved of sub) {
          if (stopped) break;
          const event = toEvent(resolved);
          if (!event || event.position === null || event.position <= after) continue;
          await handler(event as RecordedEvent);
          after = event.position;
        }
      } finally {
        await sub.unsubscribe().catch(() => undefined);
      }
    };
    const done = run();
    done.catch(() => undefined);
    const subscription: Subscription = {
      done,
      stop: async () => {
        stopped = true;
        await sub.unsubscribe().catch(() => undefined);
        await done.catch(() => undefined);
      },
    };
    this.subscriptions.add(subscription);
    const forget = () => this.subscriptions.delete(subscription);
    done.then(forget, forget);
    return subscription;
  }

  headPosition(): Promise<number> {
    return lastUserPosition(this.client);
  }

  /** The written result of the key, or null while no attempt has written its events (free or pending). */
  findByIdempotencyKey(key: string): Promise<AppendResult | null> {
    return this.keyed.find(key);
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.client.dispose();
  }

  /** Without a key there is nothing to resolve a lost answer with but the events' own ids: never resent. */
  private async plainAppend(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const registradoEn = new Date().toISOString();
    const payload = events.map((e) => jsonEvent({ id: randomUUID(), type: e.type, data: e.data, metadata: { ...storedMetadata(e, options), registradoEn } }));
    const outcome = await tryAppend(this.client, streamId, payload, streamState(options.expectedRevision));
    if (outcome.kind === 'refused') throw new ConcurrencyError(streamId, options.expectedRevision, outcome.actual);
    if (outcome.kind === 'unknown') {
      const found = await findWritten(this.client, streamId, payload.map((p) => p.id), options.expectedRevision);
      if (!found) throw new AppendOutcomeUnknownError(streamId, outcome.error);
      return { ...found, duplicate: false };
    }
    const first = outcome.nextExpectedRevision - events.length + 1;
    const written = await withPositions(this.client, await readRange(this.client, streamId, first, events.length));
    return { nextExpectedRevision: outcome.nextExpectedRevision, position: written[written.length - 1]!.position, events: written, duplicate: false };
  }

  private async emptyAppend(streamId: string, options: AppendOptions): Promise<AppendResult> {
    const current = await currentRevision(this.client, streamId);
    const e = options.expectedRevision;
    if ((e === 'no_stream' && current !== 'no_stream') || (typeof e === 'number' && e !== current)) {
      throw new ConcurrencyError(streamId, e, current);
    }
    return { nextExpectedRevision: current === 'no_stream' ? -1 : current, position: await this.headPosition(), events: [], duplicate: false };
  }
}

// Event store on EventStoreDB/KurrentDB (@kurrent/kurrentdb-client). $all shows only committed events, in commit
// order, so the high-water mark holds by construction. Positions are the commit positions as numbers.
//
// Idempotency: the server's own event-id dedup is not guaranteed (it is a cache, lost on restart), so each key
// gets a marker stream `tesoreria-idempotencia-<sha256(key)>` holding the first append's result. The events
// carry ids derived from the key, and the marker is written with NO_STREAM: of two racing appends with the same
// key, one writes the marker and the other reads it and answers `duplicate: true`. A race on the same stream and
// revision also ends there (the server dedups the identical events or refuses the stale revision). Limitation:
// two racing appends with the same key to DIFFERENT streams, or with 'any' after a server restart, can both
// write their events; the second still answers with the first result.
import { createHash } from 'node:crypto';
import {
  ANY,
  BACKWARDS,
  END,
  FORWARDS,
  jsonEvent,
  KurrentDBClient,
  NO_STREAM,
  START,
  StreamNotFoundError,
  streamNameFilter,
  WrongExpectedVersionError,
  type AppendStreamState,
  type Position,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import {
  ConcurrencyError,
  type AppendOptions,
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
} from '../../event-store.port';
import { assertValidAppend, storedMetadata } from '../shared/append-input';
import { eventIdsFor, uuidV5 } from '../shared/event-ids';

const MARKER_PREFIX = 'tesoreria-idempotencia-';
const MARKER_TYPE = 'IdempotenciaRegistrada';

/** User events only: no system streams ($...) and no idempotency markers. */
const USER_STREAMS = () => streamNameFilter({ regex: `^(?!\\$)(?!${MARKER_PREFIX})` });

interface Marker extends Record<string, unknown> {
  idempotencyKey: string;
  streamId: string;
  firstRevision: number;
  lastRevision: number;
  position: number;
}

function markerStream(key: string): string {
  return MARKER_PREFIX + createHash('sha256').update(key, 'utf8').digest('hex');
}

function positionNumber(p: Position | undefined): number {
  if (!p) throw new Error('EventStoreDB no devolvió la posición del evento (se requiere un servidor 22.6 o posterior)');
  return Number(p.commit);
}

function toEvent(resolved: ResolvedEvent): RecordedEvent | null {
  const e = resolved.event;
  if (!e || !e.isJson) return null;
  return {
    eventId: e.id,
    streamId: e.streamId,
    revision: Number(e.revision),
    position: positionNumber(e.position ?? (resolved.commitPosition !== undefined ? { commit: resolved.commitPosition, prepare: resolved.commitPosition } : undefined)),
    type: e.type,
    data: e.data as Record<string, unknown>,
    metadata: e.metadata as unknown as EventMetadata,
  };
}

function streamState(expected: AppendOptions['expectedRevision']): AppendStreamState {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  return BigInt(expected);
}

function fromAfter(after: number | undefined) {
  return after && after > 0 ? { commit: BigInt(after), prepare: BigInt(after) } : START;
}

async function collect(it: AsyncIterableIterator<ResolvedEvent>): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  try {
    for await (const r of it) {
      const e = toEvent(r);
      if (e) out.push(e);
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return out;
}

export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb' as const;
  private readonly subscriptions = new Set<Subscription>();

  constructor(readonly client: KurrentDBClient) {}

  /** Builds the client from a connection string (`kurrentdb://host:2113?tls=false`); it connects lazily. */
  static connect(connectionString: string): EventStoreDbEventStore {
    return new EventStoreDbEventStore(KurrentDBClient.connectionString(connectionString));
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    assertValidAppend(streamId, options);
    const key = options.idempotencyKey;
    if (key !== undefined) {
      const first = await this.findByIdempotencyKey(key);
      if (first) return first;
    }
    if (events.length === 0) return this.emptyAppend(streamId, options);
    const registradoEn = new Date().toISOString();
    const ids = eventIdsFor(events.length, key);
    const payload = events.map((e, i) =>
      jsonEvent({ id: ids[i]!, type: e.type, data: e.data, metadata: { ...storedMetadata(e, options), registradoEn } }),
    );
    let lastRevision: number;
    try {
      const r = await this.client.appendToStream(streamId, payload, { streamState: streamState(options.expectedRevision) });
      lastRevision = Number(r.nextExpectedRevision);
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (key !== undefined) {
        const first = (await this.findByIdempotencyKey(key)) ?? (await this.findWritten(streamId, ids));
        if (first) return first;
      }
      const actual = error.actualState;
      throw new ConcurrencyError(streamId, options.expectedRevision, typeof actual === 'bigint' ? Number(actual) : 'no_stream');
    }
    const firstRevision = lastRevision - events.length + 1;
    const written = await collect(
      this.client.readStream(streamId, { fromRevision: BigInt(firstRevision), maxCount: events.length, direction: FORWARDS }),
    );
    const result: AppendResult = {
      nextExpectedRevision: lastRevision,
      position: written[written.length - 1]!.position,
      events: written,
      duplicate: false,
    };
    if (key === undefined) return result;
    const marker: Marker = { idempotencyKey: key, streamId, firstRevision, lastRevision, position: result.position };
    try {
      // A fresh id each time, so two racing writers cannot both be absorbed by the server's dedup.
      await this.client.appendToStream(markerStream(key), jsonEvent({ id: uuidV5(`marker:${key}:${registradoEn}:${Math.random()}`), type: MARKER_TYPE, data: marker }), {
        streamState: NO_STREAM,
      });
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const first = await this.findByIdempotencyKey(key);
      if (first) return first;
      throw error;
    }
    return result;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.toRevision !== undefined && options.toRevision < 0) return [];
    const events = await collect(
      this.client.readStream(streamId, {
        fromRevision: START,
        direction: FORWARDS,
        ...(options.toRevision !== undefined ? { maxCount: options.toRevision + 1 } : {}),
      }),
    );
    if (options.recordedUpTo === undefined) return events;
    const upTo = Date.parse(options.recordedUpTo);
    return events.filter((e) => Date.parse(e.metadata.registradoEn) <= upTo);
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const after = options.after ?? 0;
    // fromPosition is inclusive: ask for one more and drop the event at `after` itself.
    const events = await collect(
      this.client.readAll({ fromPosition: fromAfter(after), maxCount: options.limit + 1, direction: FORWARDS, filter: USER_STREAMS() }),
    );
    return events.filter((e) => e.position > after).slice(0, options.limit);
  }

  subscribeToAll(options: SubscribeOptions, handler: (event: RecordedEvent) => Promise<void>): Subscription {
    let stopped = false;
    let after = options.after ?? 0;
    const sub = this.client.subscribeToAll({ fromPosition: fromAfter(after), filter: USER_STREAMS() });
    const run = async () => {
      try {
        for await (const resolved of sub) {
          if (stopped) break;
          const event = toEvent(resolved);
          if (!event || event.position <= after) continue;
          await handler(event);
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

  async headPosition(): Promise<number> {
    const last = await collect(this.client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1, filter: USER_STREAMS() }));
    return last.length === 0 ? 0 : last[0]!.position;
  }

  async findByIdempotencyKey(key: string): Promise<AppendResult | null> {
    let marker: Marker | undefined;
    try {
      for await (const r of this.client.readStream<{ type: string; data: Marker }>(markerStream(key), { fromRevision: START, maxCount: 1 })) {
        if (r.event?.type === MARKER_TYPE) marker = r.event.data as Marker;
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return null;
      throw error;
    }
    if (!marker) return null;
    const events = await collect(
      this.client.readStream(marker.streamId, {
        fromRevision: BigInt(marker.firstRevision),
        maxCount: marker.lastRevision - marker.firstRevision + 1,
        direction: FORWARDS,
      }),
    );
    return { nextExpectedRevision: marker.lastRevision, position: marker.position, events, duplicate: true };
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.client.dispose();
  }

  /** After a refused revision: were our key-derived events already written (by the racing twin)? */
  private async findWritten(streamId: string, ids: readonly string[]): Promise<AppendResult | null> {
    const all = await collect(this.client.readStream(streamId, { fromRevision: START, direction: FORWARDS }));
    const start = all.findIndex((e) => e.eventId === ids[0]);
    if (start < 0) return null;
    const events = all.slice(start, start + ids.length);
    const last = events[events.length - 1]!;
    return { nextExpectedRevision: last.revision, position: last.position, events, duplicate: true };
  }

  private async emptyAppend(streamId: string, options: AppendOptions): Promise<AppendResult> {
    const last = await collect(this.client.readStream(streamId, { fromRevision: END, direction: BACKWARDS, maxCount: 1 }));
    const current = last.length === 0 ? ('no_stream' as const) : last[0]!.revision;
    const e = options.expectedRevision;
    if ((e === 'no_stream' && current !== 'no_stream') || (typeof e === 'number' && e !== current)) {
      throw new ConcurrencyError(streamId, e, current);
    }
    return { nextExpectedRevision: current === 'no_stream' ? -1 : current, position: await this.headPosition(), events: [], duplicate: false };
  }
}

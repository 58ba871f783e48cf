// Event store on EventStoreDB/KurrentDB (@kurrent/kurrentdb-client). $all shows only committed events, in commit
// order, so the high-water mark holds by construction. Positions are the commit positions as numbers.
//
// Idempotency (claim first). The server's own event-id dedup is a cache, lost on restart, so it proves nothing.
// Each key owns a marker stream `tesoreria-idempotencia-<sha256(key)>`, a short log of attempts:
//   rev 0   IdempotenciaReclamada  {stream, concrete expected revision, event ids, the events themselves}
//   rev 1   IdempotenciaFallida    (only if that attempt met a genuine revision conflict)
//   rev 2   IdempotenciaReclamada  (a later claim of the same key)  ...
// 1. Claim: append a claim at the marker's next revision (NO_STREAM for the first). Only the writer of that
//    append may start writing the events; a racing claimant gets WrongExpectedVersion and becomes a loser.
//    'any' is turned into the stream's current revision before claiming, so every write below is fenced.
// 2. The winner appends the events with the recorded ids at the recorded revision.
// 3. A loser (last marker event is a claim) polls until the events it names sit at the recorded revisions of
//    the target stream, then answers the first result with `duplicate: true` — whatever stream it asked for.
// 4. Recovery: if the claim is still unfulfilled after `claimWaitMs` (a winner that crashed between 1 and 2),
//    the caller writes the recorded events itself, same ids, same revision. Two completers (or a slow winner
//    and a completer) cannot both write: the second meets WrongExpectedVersion and re-checks by event ids.
//    The completer answers `duplicate: true` (the events are the first caller's command) and a slow first caller
//    still answers false, so at most one call per key ever reports a fresh write.
// Failure: when the events cannot go in at the recorded revision and are not there, the attempt is closed by
// appending IdempotenciaFallida (fenced on the marker revision, so one per claim). The key is then free again:
// the next call with it claims anew (ids derived from key and attempt), exactly as a SQL store, whose key
// rolls back with the refused transaction. The winner reports the conflict as ConcurrencyError, except under
// 'any', where it claims again at the new revision (bounded by MAX_ATTEMPTS).
// Residual risk, accepted: a claim whose recorded revision was AHEAD of the stream (expected 7 with the stream at
// 3) fails, yet a completer that read the claim before the failure was recorded could still write it later if
// the stream reaches exactly that revision in between. A claim made from a fresh read never records that.
// Claims and failures carry random ids: two identical claim ids would be absorbed by the server's dedup and
// both claimants would believe they won.
import { createHash, randomUUID } from 'node:crypto';
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
  type ExpectedRevision,
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
/** Written by earlier versions of this adapter after the events: a finished append. Still read. */
const LEGACY_MARKER_TYPE = 'IdempotenciaRegistrada';
const CLAIM_TYPE = 'IdempotenciaReclamada';
const FAILED_TYPE = 'IdempotenciaFallida';
/** Rounds of claim, wait or complete one call may make (under 'any', other writers may keep moving the stream). */
const MAX_ATTEMPTS = 20;

/** The part of KurrentDBClient this adapter uses: the seam through which tests pass an in-memory fake. */
export type EventStoreDbClient = Pick<KurrentDBClient, 'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'>;

export interface EventStoreDbOptions {
  /** How long a loser waits for the winner's events before completing the claim itself. */
  readonly claimWaitMs?: number;
  readonly pollIntervalMs?: number;
}

/** User events only: no system streams ($...) and no idempotency markers. */
const USER_STREAMS = () => streamNameFilter({ regex: `^(?!\\$)(?!${MARKER_PREFIX})` });

interface LegacyMarker {
  streamId: string;
  firstRevision: number;
  lastRevision: number;
  position: number;
}

interface ClaimedEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

interface Claim extends Record<string, unknown> {
  idempotencyKey: string;
  attempt: number;
  streamId: string;
  /** Concrete: 'any' was resolved to the stream's revision before claiming. */
  expectedRevision: 'no_stream' | number;
  eventIds: string[];
  events: ClaimedEvent[];
}

type KeyState =
  | { kind: 'free'; nextMarkerRevision: number; attempt: number }
  | { kind: 'done'; result: AppendResult }
  | { kind: 'pending'; claim: Claim; markerRevision: number };

function markerStream(key: string): string {
  return MARKER_PREFIX + createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Attempt 0 keeps the ids every adapter derives from the key; a reclaim after a failure gets fresh ones. */
function attemptEventIds(count: number, key: string, attempt: number): string[] {
  if (attempt === 0) return eventIdsFor(count, key);
  return Array.from({ length: count }, (_, i) => uuidV5(`event-retry:${attempt}:${i}:${key}`));
}

function markerState(revision: number): AppendStreamState {
  return revision === 0 ? NO_STREAM : BigInt(revision - 1);
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

function streamState(expected: ExpectedRevision): AppendStreamState {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  return BigInt(expected);
}

function actualOf(error: WrongExpectedVersionError): number | 'no_stream' {
  const actual = error.actualState;
  return typeof actual === 'bigint' ? Number(actual) : 'no_stream';
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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb' as const;
  private readonly subscriptions = new Set<Subscription>();
  private readonly claimWaitMs: number;
  private readonly pollIntervalMs: number;

  constructor(
    readonly client: EventStoreDbClient,
    options: EventStoreDbOptions = {},
  ) {
    this.claimWaitMs = options.claimWaitMs ?? 2000;
    this.pollIntervalMs = options.pollIntervalMs ?? 50;
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
    for (let round = 0; round < MAX_ATTEMPTS; round++) {
      let state = await this.keyState(key);
      if (state.kind === 'pending') state = await this.awaitClaim(key, state);
      if (state.kind === 'done') return state.result;
      if (state.kind === 'pending') {
        // Step 4: the claimant is gone (or very slow): write its events ourselves, fenced by its revision.
        const completed = await this.fulfil(key, state, true);
        if (completed) return completed;
        continue;
      }
      // The key is free: claim it (step 1) and, if we won, write the events (step 2).
      const claim = await this.claimFor(key, state.attempt, streamId, events, options);
      try {
        await this.client.appendToStream(markerStream(key), jsonEvent({ id: randomUUID(), type: CLAIM_TYPE, data: claim }), {
          streamState: markerState(state.nextMarkerRevision),
        });
      } catch (error) {
        if (error instanceof WrongExpectedVersionError) continue; // another call claimed first: we are a loser
        throw error;
      }
      const pending = { kind: 'pending', claim, markerRevision: state.nextMarkerRevision } as const;
      try {
        const written = await this.fulfil(key, pending, false);
        if (written) return written;
      } catch (error) {
        if (error instanceof ConcurrencyError && options.expectedRevision === 'any') continue;
        throw error;
      }
    }
    throw new Error(`Idempotencia: no se pudo registrar la clave ${key} tras ${MAX_ATTEMPTS} rondas de reclamo`);
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

  /** The written result of the key, or null while no attempt has written its events (free or pending). */
  async findByIdempotencyKey(key: string): Promise<AppendResult | null> {
    const state = await this.keyState(key);
    return state.kind === 'done' ? state.result : null;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.client.dispose();
  }

  private async plainAppend(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const registradoEn = new Date().toISOString();
    const payload = events.map((e) => jsonEvent({ id: randomUUID(), type: e.type, data: e.data, metadata: { ...storedMetadata(e, options), registradoEn } }));
    let lastRevision: number;
    try {
      const r = await this.client.appendToStream(streamId, payload, { streamState: streamState(options.expectedRevision) });
      lastRevision = Number(r.nextExpectedRevision);
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) throw new ConcurrencyError(streamId, options.expectedRevision, actualOf(error));
      throw error;
    }
    const written = await this.readRange(streamId, lastRevision - events.length + 1, events.length);
    return { nextExpectedRevision: lastRevision, position: written[written.length - 1]!.position, events: written, duplicate: false };
  }

  /** The claim this call would make: concrete revision, key-derived ids, the events with their recording instant. */
  private async claimFor(key: string, attempt: number, streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<Claim> {
    const expectedRevision = options.expectedRevision === 'any' ? await this.currentRevision(streamId) : options.expectedRevision;
    const registradoEn = new Date().toISOString();
    const eventIds = attemptEventIds(events.length, key, attempt);
    return {
      idempotencyKey: key,
      attempt,
      streamId,
      expectedRevision,
      eventIds,
      events: events.map((e, i) => ({ id: eventIds[i]!, type: e.type, data: e.data, metadata: { ...storedMetadata(e, options), registradoEn } })),
    };
  }

  /**
   * Step 2 (winner, `asDuplicate` false) or step 4 (completer, true): writes the claim's events at its revision.
   * Returns the result, or null when the attempt turned out failed and the key is free again (completer only).
   * The winner throws ConcurrencyError on a genuine conflict, after recording the failure.
   */
  private async fulfil(key: string, pending: Extract<KeyState, { kind: 'pending' }>, asDuplicate: boolean): Promise<AppendResult | null> {
    const { claim } = pending;
    try {
      await this.client.appendToStream(
        claim.streamId,
        claim.events.map((e) => jsonEvent(e)),
        { streamState: streamState(claim.expectedRevision) },
      );
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      // Either the other writer of this claim got there first, or the stream moved: tell them apart by ids.
      const written = await this.writtenBy(claim);
      if (written) return { ...written, duplicate: asDuplicate };
      await this.recordFailure(key, pending);
      if (asDuplicate) return null;
      throw new ConcurrencyError(claim.streamId, claim.expectedRevision, actualOf(error));
    }
    const written = await this.writtenBy(claim);
    if (!written) throw new Error(`Idempotencia: los eventos de la clave ${key} no aparecen en ${claim.streamId} tras escribirlos`);
    return { ...written, duplicate: asDuplicate };
  }

  private async recordFailure(key: string, pending: Extract<KeyState, { kind: 'pending' }>): Promise<void> {
    try {
      await this.client.appendToStream(
        markerStream(key),
        jsonEvent({ id: randomUUID(), type: FAILED_TYPE, data: { idempotencyKey: key, attempt: pending.claim.attempt } }),
        { streamState: BigInt(pending.markerRevision) },
      );
    } catch (error) {
      // Someone (the winner or another completer) already closed this attempt.
      if (!(error instanceof WrongExpectedVersionError)) throw error;
    }
  }

  /** Step 3: a loser polls until the claim is written, fails, or the wait runs out. */
  private async awaitClaim(key: string, state: KeyState): Promise<KeyState> {
    const deadline = Date.now() + this.claimWaitMs;
    while (state.kind === 'pending' && Date.now() < deadline) {
      await sleep(this.pollIntervalMs);
      state = await this.keyState(key);
    }
    return state;
  }

  /** Reads the marker stream (a few events) and, for a claim, looks for its events in the target stream. */
  private async keyState(key: string): Promise<KeyState> {
    const log = await collect(this.client.readStream(markerStream(key), { fromRevision: START, direction: FORWARDS }));
    const last = log[log.length - 1];
    const attempts = log.filter((e) => e.type === CLAIM_TYPE).length;
    if (!last) return { kind: 'free', nextMarkerRevision: 0, attempt: 0 };
    if (last.type === LEGACY_MARKER_TYPE) {
      const m = last.data as unknown as LegacyMarker;
      const events = await this.readRange(m.streamId, m.firstRevision, m.lastRevision - m.firstRevision + 1);
      return { kind: 'done', result: { nextExpectedRevision: m.lastRevision, position: m.position, events, duplicate: true } };
    }
    if (last.type === FAILED_TYPE) return { kind: 'free', nextMarkerRevision: last.revision + 1, attempt: attempts };
    const claim = last.data as unknown as Claim;
    const written = await this.writtenBy(claim);
    if (written) return { kind: 'done', result: { ...written, duplicate: true } };
    return { kind: 'pending', claim, markerRevision: last.revision };
  }

  /** The claim's events if they sit, with their ids, at the revisions the claim recorded. */
  private async writtenBy(claim: Claim): Promise<Omit<AppendResult, 'duplicate'> | null> {
    const first = claim.expectedRevision === 'no_stream' ? 0 : claim.expectedRevision + 1;
    const events = await this.readRange(claim.streamId, first, claim.eventIds.length);
    if (events.length !== claim.eventIds.length || events.some((e, i) => e.eventId !== claim.eventIds[i])) return null;
    const lastEvent = events[events.length - 1]!;
    return { nextExpectedRevision: lastEvent.revision, position: lastEvent.position, events };
  }

  private readRange(streamId: string, fromRevision: number, count: number): Promise<RecordedEvent[]> {
    return collect(this.client.readStream(streamId, { fromRevision: BigInt(fromRevision), maxCount: count, direction: FORWARDS }));
  }

  private async currentRevision(streamId: string): Promise<'no_stream' | number> {
    const last = await collect(this.client.readStream(streamId, { fromRevision: END, direction: BACKWARDS, maxCount: 1 }));
    return last.length === 0 ? 'no_stream' : last[0]!.revision;
  }

  private async emptyAppend(streamId: string, options: AppendOptions): Promise<AppendResult> {
    const current = await this.currentRevision(streamId);
    const e = options.expectedRevision;
    if ((e === 'no_stream' && current !== 'no_stream') || (typeof e === 'number' && e !== current)) {
      throw new ConcurrencyError(streamId, e, current);
    }
    return { nextExpectedRevision: current === 'no_stream' ? -1 : current, position: await this.headPosition(), events: [], duplicate: false };
  }
}

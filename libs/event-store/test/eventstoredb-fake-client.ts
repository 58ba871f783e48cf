// An in-memory stand-in for the part of KurrentDBClient the EventStoreDB adapter uses, so its protocol can be
// proven without a server. What it models, each as the server and the client (1.3) really behave:
// - expected-revision checks and the server's event-id dedup: the same ids appended again at the same concrete
//   revision are acknowledged without a second write (the server compares the ids stored after that revision:
//   durable, it survives a restart); under 'any' only a cache, which `restart()` forgets;
// - `throwOnAppendFailure: false` (a connection-string option): a refused revision RESOLVES `{ success: false }`,
//   with the batch-append path's nextExpectedRevision, `BigInt(hasCurrentStreamRevision())`, i.e. 1n, not the revision;
// - `legacyPositions`: servers that report a position as the maximum uint64 (stream reads, idempotent appends);
// - `afterAppend`: a response lost after the write (DeadlineExceededError on a committed append);
// - non-JSON events (binaryEvent) and `stallFollower()`: a follower that stops replicating, read unless requiresLeader.
// Every call yields to the event loop first, so concurrent appends interleave. Errors are the client's real classes.
import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  STREAM_NAME,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendStreamState,
} from '@kurrent/kurrentdb-client';
import type { EventStoreDbClient } from '../src/adapters/eventstoredb/eventstoredb-event-store';

export const MAX_UINT64 = 2n ** 64n - 1n;

interface StoredEvent {
  seq: number;
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  isJson: boolean;
  data: unknown;
  metadata: unknown;
  position: { commit: bigint; prepare: bigint };
  created: Date;
}

interface IncomingEvent {
  id: string;
  type: string;
  contentType?: string;
  data: unknown;
  metadata?: unknown;
}

type RevisionArg = typeof START | typeof END | bigint;
type PositionArg = typeof START | typeof END | { commit: bigint; prepare: bigint };
interface FilterArg {
  filterOn?: string;
  regex?: string;
  prefixes?: string[];
}
interface ReadArgs {
  direction?: string;
  maxCount?: number | bigint;
  requiresLeader?: boolean;
}
type Hook = ((streamId: string, events: readonly IncomingEvent[]) => Promise<void> | void) | null;

export interface FakeKurrentDbOptions {
  readonly throwOnAppendFailure?: boolean;
  readonly legacyPositions?: boolean;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const copy = (v: unknown): unknown => (v === undefined || v instanceof Uint8Array ? v : JSON.parse(JSON.stringify(v)));

export class FakeKurrentDb {
  readonly streams = new Map<string, StoredEvent[]>();
  readonly log: StoredEvent[] = [];
  /** Every append call, in the order they reached the "server" (refused ones included). */
  readonly appendCalls: { streamId: string; ids: string[]; outcome: 'written' | 'idempotent' | 'refused' | 'crashed' }[] = [];
  /** Reads that did not require the leader. */
  followerReads = 0;
  /** Runs before each append is applied; throw to simulate a crash, await to simulate a slow writer. */
  beforeAppend: Hook = null;
  /** Runs after an append was applied, before it answers; throw to lose the response of a committed write. */
  afterAppend: Hook = null;
  private readonly throwOnAppendFailure: boolean;
  private readonly legacyPositions: boolean;
  private idCache = new Set<string>();
  private followerHorizon: number | null = null;
  private nextCommit = 1000n;
  private listeners = new Set<() => void>();

  constructor(options: FakeKurrentDbOptions = {}) {
    this.throwOnAppendFailure = options.throwOnAppendFailure ?? true;
    this.legacyPositions = options.legacyPositions ?? false;
  }

  /** The fake, typed as the adapter's client seam. */
  asClient(): EventStoreDbClient {
    return this as unknown as EventStoreDbClient;
  }

  /** Events of a stream, empty when it does not exist. */
  eventsOf(streamId: string): StoredEvent[] {
    return this.streams.get(streamId) ?? [];
  }

  /** The follower stops replicating here: reads without requiresLeader see nothing appended later. */
  stallFollower(): void {
    this.followerHorizon = this.log.length;
  }

  /** A server restart: the event-id cache used under 'any' is lost; the log and the streams stay. */
  restart(): void {
    this.idCache.clear();
  }

  async appendToStream(streamId: string, input: IncomingEvent | IncomingEvent[], options: { streamState?: AppendStreamState } = {}) {
    await tick();
    const events = Array.isArray(input) ? input : [input];
    const ids = events.map((e) => e.id);
    try {
      await this.beforeAppend?.(streamId, events);
    } catch (error) {
      this.appendCalls.push({ streamId, ids, outcome: 'crashed' });
      throw error;
    }
    const stream = this.streams.get(streamId) ?? [];
    const current = stream.length === 0 ? NO_STREAM : BigInt(stream.length - 1);
    const expected = options.streamState ?? ANY;
    const decision = decide(stream, expected, ids, (id) => this.idCache.has(`${streamId}/${id}`));
    if (decision === 'refused') {
      this.appendCalls.push({ streamId, ids, outcome: 'refused' });
      if (this.throwOnAppendFailure) throw new WrongExpectedVersionError(undefined, { streamName: streamId, expected, current });
      return { success: false, nextExpectedRevision: current === NO_STREAM ? -1n : 1n, position: undefined };
    }
    if (decision !== 'write') {
      this.appendCalls.push({ streamId, ids, outcome: 'idempotent' });
      await this.afterAppend?.(streamId, events);
      // The server answers the idempotent batch's last revision and no log position (-1): older servers send it
      // as the maximum uint64, newer ones leave it out.
      return { success: true, nextExpectedRevision: decision.last, position: this.legacyPositions ? { commit: MAX_UINT64, prepare: MAX_UINT64 } : undefined };
    }
    this.streams.set(streamId, stream);
    for (const e of events) this.store(stream, streamId, e);
    this.appendCalls.push({ streamId, ids, outcome: 'written' });
    for (const wake of [...this.listeners]) wake();
    await this.afterAppend?.(streamId, events);
    const last = stream[stream.length - 1]!;
    return { success: true, nextExpectedRevision: last.revision, position: last.position };
  }

  readStream(streamId: string, options: ReadArgs & { fromRevision?: RevisionArg } = {}) {
    const self = this;
    return (async function* () {
      await tick();
      const stream = self.visible(self.streams.get(streamId) ?? [], options);
      if (stream.length === 0) throw new StreamNotFoundError(undefined, streamId);
      const backwards = options.direction === BACKWARDS;
      const from = options.fromRevision ?? (backwards ? END : START);
      let selected: StoredEvent[];
      if (backwards) {
        const start = from === END ? stream.length - 1 : from === START ? 0 : Number(from);
        selected = stream.slice(0, start + 1).reverse();
      } else {
        const start = from === START ? 0 : from === END ? stream.length : Number(from);
        selected = stream.slice(start);
      }
      if (options.maxCount !== undefined) selected = selected.slice(0, Number(options.maxCount));
      for (const e of selected) yield resolved(e, self.legacyPositions);
    })();
  }

  readAll(options: ReadArgs & { fromPosition?: PositionArg; filter?: FilterArg } = {}) {
    const self = this;
    return (async function* () {
      await tick();
      const backwards = options.direction === BACKWARDS;
      const from = options.fromPosition ?? (backwards ? END : START);
      let selected = self.visible(self.log, options).filter((e) => matches(options.filter, e.streamId));
      if (backwards) {
        selected = selected.filter((e) => from === END || (from !== START && e.position.commit <= from.commit)).reverse();
      } else {
        selected = selected.filter((e) => from === START || (from !== END && e.position.commit >= from.commit));
      }
      if (options.maxCount !== undefined) selected = selected.slice(0, Number(options.maxCount));
      for (const e of selected) yield resolved(e, false);
    })();
  }

  /** Catch-up then live, like the server's subscription: history from the position, then every new append. */
  subscribeToAll(options: { fromPosition?: PositionArg; filter?: FilterArg } = {}) {
    const self = this;
    let stopped = false;
    let wake: (() => void) | null = null;
    const from = options.fromPosition ?? START;
    const iterator = (async function* () {
      let index = 0;
      while (!stopped) {
        await tick();
        while (index < self.log.length && !stopped) {
          const e = self.log[index++]!;
          if (!matches(options.filter, e.streamId)) continue;
          if (from !== START && (from === END || e.position.commit < from.commit)) continue;
          yield resolved(e, false);
        }
        if (stopped) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
          self.listeners.add(resolve);
        });
        if (wake) self.listeners.delete(wake);
      }
    })();
    return Object.assign(iterator, {
      async unsubscribe() {
        stopped = true;
        if (wake) {
          self.listeners.delete(wake);
          wake();
        }
      },
    });
  }

  async dispose(): Promise<void> {
    for (const wake of [...this.listeners]) wake();
  }

  private store(stream: StoredEvent[], streamId: string, e: IncomingEvent): void {
    this.nextCommit += 10n;
    const stored: StoredEvent = {
      seq: this.log.length,
      streamId,
      id: e.id,
      revision: BigInt(stream.length),
      type: e.type,
      isJson: (e.contentType ?? 'application/json') === 'application/json',
      data: copy(e.data),
      metadata: copy(e.metadata),
      position: { commit: this.nextCommit, prepare: this.nextCommit },
      created: new Date(),
    };
    stream.push(stored);
    this.log.push(stored);
    this.idCache.add(`${streamId}/${e.id}`);
  }

  private visible(events: StoredEvent[], options: ReadArgs): StoredEvent[] {
    if (options.requiresLeader) return events;
    this.followerReads++;
    const horizon = this.followerHorizon;
    return horizon === null ? events : events.filter((e) => e.seq < horizon);
  }
}

/**
 * The server's commit check (IndexCommitter.CheckCommit): 'write', 'refused', or an idempotent acknowledgement.
 * At a concrete revision behind the stream, the ids stored after it decide: all equal is idempotent, else refused.
 * Under 'any', ids still in the cache: all of them idempotent, some of them refused (corrupted idempotency).
 */
function decide(stream: StoredEvent[], expected: AppendStreamState, ids: string[], cached: (id: string) => boolean): 'write' | 'refused' | { last: bigint } {
  const current = stream.length - 1;
  if (expected === ANY) {
    const seen = ids.filter(cached).length;
    if (seen === 0) return 'write';
    const at = stream.findIndex((e) => e.id === ids[0]);
    const same = seen === ids.length && at >= 0 && ids.every((id, i) => stream[at + i]?.id === id);
    return same ? { last: BigInt(at + ids.length - 1) } : 'refused';
  }
  if (expected === STREAM_EXISTS) return current >= 0 ? 'write' : 'refused';
  const wanted = expected === NO_STREAM ? -1 : Number(expected);
  if (wanted === current) return 'write';
  if (wanted > current) return 'refused';
  const same = ids.every((id, i) => stream[wanted + 1 + i]?.id === id);
  return same ? { last: BigInt(wanted + ids.length) } : 'refused';
}

function matches(filter: FilterArg | undefined, streamId: string): boolean {
  if (!filter || filter.filterOn !== STREAM_NAME) return true;
  if (filter.regex !== undefined) return new RegExp(filter.regex).test(streamId);
  if (filter.prefixes) return filter.prefixes.some((p) => streamId.startsWith(p));
  return true;
}

/** As the client yields it. Stream reads on a legacy server carry the maximum uint64 instead of a position. */
function resolved(e: StoredEvent, legacy: boolean) {
  const position = legacy ? { commit: MAX_UINT64, prepare: MAX_UINT64 } : e.position;
  return {
    event: {
      streamId: e.streamId,
      id: e.id,
      revision: e.revision,
      type: e.type,
      data: copy(e.data),
      metadata: copy(e.metadata),
      isJson: e.isJson,
      created: e.created,
      position,
    },
    commitPosition: legacy ? undefined : e.position.commit,
  };
}

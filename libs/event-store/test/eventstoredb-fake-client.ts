// An in-memory stand-in for the part of KurrentDBClient the EventStoreDB adapter uses, so its idempotency
// protocol can be proven without a server. It behaves like a server AFTER A RESTART: no event-id dedup at all,
// which is the case the adapter must survive. Every call yields to the event loop first, so concurrent appends
// interleave; `beforeAppend` lets a test make one append crash or stall. Errors are the client's real classes.
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

interface StoredEvent {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  data: unknown;
  metadata: unknown;
  position: { commit: bigint; prepare: bigint };
  created: Date;
}

interface IncomingEvent {
  id: string;
  type: string;
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

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const copy = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

export class FakeKurrentDb {
  readonly streams = new Map<string, StoredEvent[]>();
  readonly log: StoredEvent[] = [];
  /** Every append call, in the order they reached the "server" (refused ones included). */
  readonly appendCalls: { streamId: string; ids: string[]; outcome: 'written' | 'refused' | 'crashed' }[] = [];
  /** Runs before each append is applied; throw to simulate a crash, await to simulate a slow writer. */
  beforeAppend: ((streamId: string, events: readonly IncomingEvent[]) => Promise<void> | void) | null = null;
  private nextCommit = 1000n;
  private listeners = new Set<() => void>();

  /** The fake, typed as the adapter's client seam. */
  asClient(): EventStoreDbClient {
    return this as unknown as EventStoreDbClient;
  }

  /** Events of a stream, empty when it does not exist. */
  eventsOf(streamId: string): StoredEvent[] {
    return this.streams.get(streamId) ?? [];
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
    const stream = this.streams.get(streamId);
    const current = stream ? BigInt(stream.length - 1) : NO_STREAM;
    const expected = options.streamState ?? ANY;
    const ok =
      expected === ANY ||
      (expected === NO_STREAM && current === NO_STREAM) ||
      (expected === STREAM_EXISTS && current !== NO_STREAM) ||
      (typeof expected === 'bigint' && current === expected);
    if (!ok) {
      this.appendCalls.push({ streamId, ids, outcome: 'refused' });
      throw new WrongExpectedVersionError(undefined, { streamName: streamId, expected, current });
    }
    const target = stream ?? [];
    this.streams.set(streamId, target);
    for (const e of events) {
      this.nextCommit += 10n;
      const stored: StoredEvent = {
        streamId,
        id: e.id,
        revision: BigInt(target.length),
        type: e.type,
        data: copy(e.data),
        metadata: copy(e.metadata),
        position: { commit: this.nextCommit, prepare: this.nextCommit },
        created: new Date(),
      };
      target.push(stored);
      this.log.push(stored);
    }
    this.appendCalls.push({ streamId, ids, outcome: 'written' });
    for (const wake of [...this.listeners]) wake();
    const last = target[target.length - 1]!;
    return { success: true, nextExpectedRevision: last.revision, position: last.position };
  }

  readStream(streamId: string, options: { fromRevision?: RevisionArg; direction?: string; maxCount?: number | bigint } = {}) {
    const self = this;
    return (async function* () {
      await tick();
      const stream = self.streams.get(streamId);
      if (!stream) throw new StreamNotFoundError(undefined, streamId);
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
      for (const e of selected) yield resolved(e);
    })();
  }

  readAll(options: { fromPosition?: PositionArg; direction?: string; maxCount?: number | bigint; filter?: FilterArg } = {}) {
    const self = this;
    return (async function* () {
      await tick();
      const backwards = options.direction === BACKWARDS;
      const from = options.fromPosition ?? (backwards ? END : START);
      let selected = self.log.filter((e) => matches(options.filter, e.streamId));
      if (backwards) {
        selected = selected.filter((e) => from === END || (from !== START && e.position.commit <= from.commit)).reverse();
      } else {
        selected = selected.filter((e) => from === START || (from !== END && e.position.commit >= from.commit));
      }
      if (options.maxCount !== undefined) selected = selected.slice(0, Number(options.maxCount));
      for (const e of selected) yield resolved(e);
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
          yield resolved(e);
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
}

function matches(filter: FilterArg | undefined, streamId: string): boolean {
  if (!filter || filter.filterOn !== STREAM_NAME) return true;
  if (filter.regex !== undefined) return new RegExp(filter.regex).test(streamId);
  if (filter.prefixes) return filter.prefixes.some((p) => streamId.startsWith(p));
  return true;
}

function resolved(e: StoredEvent) {
  return {
    event: {
      streamId: e.streamId,
      id: e.id,
      revision: e.revision,
      type: e.type,
      data: copy(e.data),
      metadata: copy(e.metadata),
      isJson: true,
      created: e.created,
      position: e.position,
    },
    commitPosition: e.position.commit,
  };
}

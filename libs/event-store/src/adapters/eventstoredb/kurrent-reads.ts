// Reading KurrentDB for the adapter: every read goes to the leader, because a follower may not have replicated the
// append this very call just made (or a rival's claim), and a stale answer there means a wrong idempotency verdict.
// Positions: an event read from a stream carries no usable log position on older servers (the maximum uint64, or
// none); only $all has them. Such events get theirs from $all, so no sentinel ever reaches a RecordedEvent.
import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  StreamNotFoundError,
  streamNameFilter,
  type KurrentDBClient,
  type Position,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import type { AppendResult, EventMetadata, ExpectedRevision, RecordedEvent } from '../../event-store.port';

/** The part of KurrentDBClient this adapter uses: the seam through which tests pass an in-memory fake. */
export type EventStoreDbClient = Pick<KurrentDBClient, 'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'>;

export const MARKER_PREFIX = 'tesoreria-idempotencia-';
export const LEADER = { requiresLeader: true } as const;
/** How far back from a stream's end an append under 'any' whose answer was lost looks for its events. */
const TAIL = 1000;

/** User events only: no system streams ($...) and no idempotency markers. */
export const USER_STREAMS = () => streamNameFilter({ regex: `^(?!\\$)(?!${MARKER_PREFIX})` });

/** A recorded event whose log position may still be unknown (read from a stream on an older server). */
export type ReadEvent = Omit<RecordedEvent, 'position'> & { position: number | null };

/** Above 2^63 a position is the server's -1 ("none") sent as an unsigned 64-bit number, never a real one. */
const NO_POSITION_FROM = 2n ** 63n;

export function knownPosition(p: Position | bigint | undefined): number | null {
  const commit = typeof p === 'bigint' ? p : p?.commit;
  return commit === undefined || commit < 0n || commit >= NO_POSITION_FROM ? null : Number(commit);
}

/** Position of an event read from $all, where the server always knows it. */
export function logPosition(resolved: ResolvedEvent): number | null {
  return knownPosition(resolved.commitPosition) ?? knownPosition(resolved.event?.position);
}

/**
 * The store's own events only: JSON objects of a non-system type. Binary events, system events ($...) and
 * foreign payloads in the global log are skipped, never answered as ours.
 */
export function toEvent(resolved: ResolvedEvent): ReadEvent | null {
  const e = resolved.event;
  if (!e || !e.isJson || e.type.startsWith('$')) return null;
  if (typeof e.data !== 'object' || e.data === null || Array.isArray(e.data)) return null;
  return {
    eventId: e.id,
    streamId: e.streamId,
    revision: Number(e.revision),
    position: logPosition(resolved),
    type: e.type,
    data: e.data as Record<string, unknown>,
    metadata: e.metadata as unknown as EventMetadata,
  };
}

export function fromAfter(after: number | undefined) {
  return after && after > 0 ? { commit: BigInt(after), prepare: BigInt(after) } : START;
}

export async function collect(it: AsyncIterableIterator<ResolvedEvent>): Promise<ReadEvent[]> {
  const out: ReadEvent[] = [];
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

export function readRange(client: EventStoreDbClient, streamId: string, fromRevision: number, count: number): Promise<ReadEvent[]> {
  return collect(client.readStream(streamId, { fromRevision: BigInt(fromRevision), maxCount: count, direction: FORWARDS, ...LEADER }));
}

export async function currentRevision(client: EventStoreDbClient, streamId: string): Promise<'no_stream' | number> {
  try {
    for await (const r of client.readStream(streamId, { fromRevision: END, direction: BACKWARDS, maxCount: 1, ...LEADER })) {
      if (r.event) return Number(r.event.revision);
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return 'no_stream';
}

/**
 * Fills in the positions a stream read left unknown, from $all read backwards over those streams (recent appends
 * are found at once). Newer servers report positions on stream reads, and then this reads nothing.
 */
export async function withPositions(client: EventStoreDbClient, events: readonly ReadEvent[]): Promise<RecordedEvent[]> {
  const key = (streamId: string, id: string) => `${streamId}\u0000${id}`;
  const missing = new Set(events.filter((e) => e.position === null).map((e) => key(e.streamId, e.eventId)));
  if (missing.size === 0) return events as RecordedEvent[];
  const streams = [...new Set(events.filter((e) => e.position === null).map((e) => e.streamId))];
  const found = new Map<string, number>();
  const log = client.readAll({ fromPosition: END, direction: BACKWARDS, filter: streamNameFilter({ prefixes: streams }), ...LEADER });
  for await (const r of log) {
    const k = r.event ? key(r.event.streamId, r.event.id) : '';
    const position = logPosition(r);
    if (missing.has(k) && position !== null) found.set(k, position);
    if (found.size === missing.size) break;
  }
  return events.map((e) => {
    if (e.position !== null) return e as RecordedEvent;
    const position = found.get(key(e.streamId, e.eventId));
    if (position === undefined) throw new Error(`EventStoreDB no informó en $all la posición del evento ${e.eventId} de ${e.streamId}`);
    return { ...e, position };
  });
}

/** Events with these ids, in this order, right after `expected` (under 'any': near the stream's end). */
export async function findWritten(
client: EventStoreDbClient,
streamId: string, ids: readonly string[], expected: ExpectedRevision): Promise<Omit<AppendResult, 'duplicate'> | null> {
  let events: ReadEvent[];
  if (expected === 'any') {
    const tail = (await collect(client.readStream(streamId, { fromRevision: END, direction: BACKWARDS, maxCount: TAIL, ...LEADER }))).reverse();
    const at = tail.findIndex((e) => e.eventId === ids[0]);
    events = at < 0 ? [] : tail.slice(at, at + ids.length);
  } else {
    events = await readRange(client, streamId, expected === 'no_stream' ? 0 : expected + 1, ids.length);
  }
  if (events.length !== ids.length || events.some((e, i) => e.eventId !== ids[i])) return null;
  const recorded = await withPositions(client, events);
  const lastEvent = recorded[recorded.length - 1]!;
  return { nextExpectedRevision: lastEvent.revision, position: lastEvent.position, events: recorded };
}

// The global log ($all) as the port wants it: only the store's own events, in pages that are empty only at the
// head. The server filters system streams and markers out, but binary or system events inside user streams still
// come back and count against maxCount: a page made only of them must not look like the end of the log.
import { BACKWARDS, END, FORWARDS, type ResolvedEvent } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../../event-store.port';
import { fromAfter, LEADER, logPosition, toEvent, USER_STREAMS, type EventStoreDbClient } from './kurrent-reads';

const HEAD_PAGE = 64;

async function page(it: AsyncIterableIterator<ResolvedEvent>): Promise<ResolvedEvent[]> {
  const out: ResolvedEvent[] = [];
  for await (const r of it) out.push(r);
  return out;
}

/** Up to `limit` events with a position greater than `after`, reading on past pages of foreign events. */
export async function readUserEvents(client: EventStoreDbClient, after: number, limit: number): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  let cursor = after;
  for (;;) {
    // fromPosition is inclusive: ask for one more, the event at the cursor itself comes back again.
    const raw = await page(client.readAll({ fromPosition: fromAfter(cursor), maxCount: limit + 1, direction: FORWARDS, filter: USER_STREAMS(), ...LEADER }));
    const start = cursor;
    for (const r of raw) {
      const position = logPosition(r);
      if (position === null || position <= cursor) continue;
      cursor = position;
      const event = toEvent(r);
      if (event) out.push(event as RecordedEvent);
    }
    if (out.length >= limit || raw.length < limit + 1 || cursor === start) return out.slice(0, limit);
  }
}

/** Position of the last event of the store in $all (0 when none), looking back past foreign events. */
export async function lastUserPosition(client: EventStoreDbClient): Promise<number> {
  let from: typeof END | { commit: bigint; prepare: bigint } = END;
  let cursor = Number.POSITIVE_INFINITY;
  for (;;) {
    const raw = await page(client.readAll({ fromPosition: from, direction: BACKWARDS, maxCount: HEAD_PAGE, filter: USER_STREAMS(), ...LEADER }));
    const start = cursor;
    for (const r of raw) {
      const position = logPosition(r);
      if (position === null || position >= cursor) continue;
      cursor = position;
      if (toEvent(r)) return position;
    }
    if (raw.length < HEAD_PAGE || cursor === start) return 0;
    from = { commit: BigInt(cursor), prepare: BigInt(cursor) };
  }
}

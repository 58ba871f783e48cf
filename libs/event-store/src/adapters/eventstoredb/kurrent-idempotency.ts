// Appends with an idempotency key on KurrentDB: claim first. The server's own event-id dedup does not decide who owns a key: under 'any' it is a
// cache, lost on restart, and at a concrete revision it only recognises the same ids in the same stream. It is
// relied on for one thing only: sending the same events again at the same revision is never a second write.
// Each key owns a marker stream `tesoreria-idempotencia-<sha256(key)>`, a short log of attempts:
//   rev 0   IdempotenciaReclamada  {stream, concrete expected revision, event ids, the events themselves}
//   rev 1   IdempotenciaFallida    (only if that attempt met a genuine revision conflict)
//   rev 2   IdempotenciaReclamada  (a later claim of the same key)  ...
// 1. Claim: append a claim at the marker's next revision (NO_STREAM for the first). Only the writer of that
//    append may start writing the events; a racing claimant is refused and becomes a loser.
//    'any' is turned into the stream's current revision before claiming, so every write below is fenced.
// 2. The winner appends the events with the recorded ids at the recorded revision.
// 3. A loser (last marker event is a claim) polls until the events it names sit at the recorded revisions of
//    the target stream, then answers the first result with `duplicate: true` — whatever stream it asked for.
// 4. Recovery: if the claim is still unfulfilled after `claimWaitMs` (a winner that crashed between 1 and 2),
//    the caller writes the recorded events itself, same ids, same revision. Two completers (or a slow winner
//    and a completer) cannot both write: the second is refused, or acknowledged as a duplicate of the same ids at
//    the same revision, and re-checks by event ids.
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
// Unknown outcomes. A deadline exceeded on an append may still commit. It is resolved through the key: read back
// whether the claim (or the claim's events) landed; only when nothing is there yet are the SAME events sent again
// at the SAME revision, which the server acknowledges as a duplicate should the first attempt commit after all.
import { createHash, randomUUID } from 'node:crypto';
import { jsonEvent, NO_STREAM, type AppendStreamState, type EventData } from '@kurrent/kurrentdb-client';
import { ConcurrencyError, type AppendOptions, type AppendResult, type NewEvent } from '../../event-store.port';
import { storedMetadata } from '../shared/append-input';
import { eventIdsFor, uuidV5 } from '../shared/event-ids';
import { AppendOutcomeUnknownError, streamState, tryAppend, type AppendOutcome } from './kurrent-append';
import { collect, currentRevision, findWritten, LEADER, MARKER_PREFIX, readRange, withPositions, type EventStoreDbClient } from './kurrent-reads';

/** Written by earlier versions of this adapter after the events: a finished append. Still read. */
const LEGACY_MARKER_TYPE = 'IdempotenciaRegistrada';
const CLAIM_TYPE = 'IdempotenciaReclamada';
const FAILED_TYPE = 'IdempotenciaFallida';
/** Rounds of claim, wait or complete one call may make (under 'any', other writers may keep moving the stream). */
const MAX_ATTEMPTS = 20;
/** Sends of one claim, or of its events, whose outcome stays unknown before the call gives up. */
const MAX_SENDS = 3;

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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The claim-first protocol for one client: see the comment at the top of this file. */
export class KeyedAppends {
  constructor(
    private readonly client: EventStoreDbClient,
    private readonly claimWaitMs: number,
    private readonly pollIntervalMs: number,
  ) {}

  async append(key: string, streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
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
      if (!(await this.placeClaim(key, claim, state.nextMarkerRevision))) continue; // another call claimed first
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

  /** The written result of the key, or null while no attempt has written its events (free or pending). */
  async find(key: string): Promise<AppendResult | null> {
    const state = await this.keyState(key);
    return state.kind === 'done' ? state.result : null;
  }

  /** The claim this call would make: concrete revision, key-derived ids, the events with their recording instant. */
  private async claimFor(key: string, attempt: number, streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<Claim> {
    const expectedRevision = options.expectedRevision === 'any' ? await currentRevision(this.client, streamId) : options.expectedRevision;
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

  /** Step 1. True when this call's claim holds the marker's revision; false when another call's does. */
  private async placeClaim(key: string, claim: Claim, markerRevision: number): Promise<boolean> {
    const marker = markerStream(key);
    const event = jsonEvent({ id: randomUUID(), type: CLAIM_TYPE, data: claim });
    const outcome = await this.sendResolving(marker, event, markerState(markerRevision), async () => {
      const [holder] = await readRange(this.client, marker, markerRevision, 1);
      return holder ? holder.eventId === event.id : null;
    });
    return outcome.kind === 'resolved' ? outcome.value : outcome.kind === 'written';
  }

  /**
   * Step 2 (winner, `asDuplicate` false) or step 4 (completer, true): writes the claim's events at its revision.
   * Returns the result, or null when the attempt turned out failed and the key is free again (completer only).
   * The winner throws ConcurrencyError on a genuine conflict, after recording the failure.
   */
  private async fulfil(key: string, pending: Extract<KeyState, { kind: 'pending' }>, asDuplicate: boolean): Promise<AppendResult | null> {
    const { claim } = pending;
    const outcome = await this.sendResolving(claim.streamId, claim.events.map((e) => jsonEvent(e)), streamState(claim.expectedRevision), () => this.writtenBy(claim));
    if (outcome.kind === 'resolved') return { ...outcome.value, duplicate: asDuplicate };
    // Written, or refused because the other writer of this claim got there first: the ids tell.
    const written = await this.writtenBy(claim);
    if (written) return { ...written, duplicate: asDuplicate };
    if (outcome.kind === 'written') throw new Error(`Idempotencia: los eventos de la clave ${key} no aparecen en ${claim.streamId} tras escribirlos`);
    await this.recordFailure(key, pending);
    if (asDuplicate) return null;
    throw new ConcurrencyError(claim.streamId, claim.expectedRevision, outcome.actual);
  }

  /**
   * Appends at a concrete revision; when the answer is lost, `landed` reads back what is there (a value, or null
   * when nothing yet) and only then are the same events sent again at the same revision, at most MAX_SENDS times.
   */
  private async sendResolving<T>(
    streamId: string,
    events: EventData | EventData[],
    state: AppendStreamState,
    landed: () => Promise<T | null>,
  ): Promise<Exclude<AppendOutcome, { kind: 'unknown' }> | { kind: 'resolved'; value: T }> {
    for (let send = 1; ; send++) {
      const outcome = await tryAppend(this.client, streamId, events, state);
      if (outcome.kind !== 'unknown') return outcome;
      const value = await landed();
      if (value !== null) return { kind: 'resolved', value };
      if (send >= MAX_SENDS) throw new AppendOutcomeUnknownError(streamId, outcome.error);
    }
  }

  private async recordFailure(key: string, pending: Extract<KeyState, { kind: 'pending' }>): Promise<void> {
    // Refused: someone (the winner or another completer) already closed this attempt. Unknown: the claim stays
    // pending, and the next call with the key completes it, fails it, and records the failure itself.
    const failure = jsonEvent({ id: randomUUID(), type: FAILED_TYPE, data: { idempotencyKey: key, attempt: pending.claim.attempt } });
    await tryAppend(this.client, markerStream(key), failure, BigInt(pending.markerRevision));
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
    const log = await collect(this.client.readStream(markerStream(key), LEADER));
    const last = log[log.length - 1];
    const attempts = log.filter((e) => e.type === CLAIM_TYPE).length;
    if (!last) return { kind: 'free', nextMarkerRevision: 0, attempt: 0 };
    if (last.type === LEGACY_MARKER_TYPE) {
      const m = last.data as unknown as LegacyMarker;
      const events = await withPositions(this.client, await readRange(this.client, m.streamId, m.firstRevision, m.lastRevision - m.firstRevision + 1));
      return { kind: 'done', result: { nextExpectedRevision: m.lastRevision, position: m.position, events, duplicate: true } };
    }
    if (last.type === FAILED_TYPE) return { kind: 'free', nextMarkerRevision: last.revision + 1, attempt: attempts };
    const claim = last.data as unknown as Claim;
    const written = await this.writtenBy(claim);
    if (written) return { kind: 'done', result: { ...written, duplicate: true } };
    return { kind: 'pending', claim, markerRevision: last.revision };
  }

  /** The claim's events if they sit, with their ids, at the revisions the claim recorded. */
  private writtenBy(claim: Claim): Promise<Omit<AppendResult, 'duplicate'> | null> {
    return findWritten(this.client, claim.streamId, claim.eventIds, claim.expectedRevision);
  }
}

// One append to KurrentDB, with its three possible outcomes made explicit. The client reports a refused revision
// either by throwing WrongExpectedVersionError or, with `throwOnAppendFailure=false` in the connection string, by
// resolving `{ success: false }` (and then its nextExpectedRevision is not the stream's revision on the batch-append
// path: it is read again here). A deadline exceeded says nothing about the write: it may still commit.
import { ANY, DeadlineExceededError, ErrorType, NO_STREAM, WrongExpectedVersionError, type AppendStreamState, type EventData } from '@kurrent/kurrentdb-client';
import { AppendOutcomeUnknownError, type ExpectedRevision } from '../../event-store.port';

export { AppendOutcomeUnknownError };
import { currentRevision, knownPosition, type EventStoreDbClient } from './kurrent-reads';

export type AppendOutcome =
  /** Written now, or acknowledged as already written (same ids at the same revision). */
  | { readonly kind: 'written'; readonly nextExpectedRevision: number; readonly position: number | null }
  | { readonly kind: 'refused'; readonly actual: number | 'no_stream' }
  /** No answer: the append may or may not have committed, and may still commit later. */
  | { readonly kind: 'unknown'; readonly error: unknown };


function isUnknownOutcome(error: unknown): boolean {
  return error instanceof DeadlineExceededError || (error as { type?: unknown } | null)?.type === ErrorType.DEADLINE_EXCEEDED;
}

export async function tryAppend(client: EventStoreDbClient, streamId: string, events: EventData | EventData[], streamState: AppendStreamState): Promise<AppendOutcome> {
  try {
    const r = await client.appendToStream(streamId, events, { streamState });
    if (r.success === false) return { kind: 'refused', actual: await currentRevision(client, streamId) };
    return { kind: 'written', nextExpectedRevision: Number(r.nextExpectedRevision), position: knownPosition(r.position) };
  } catch (error) {
    if (error instanceof WrongExpectedVersionError) {
      const actual = error.actualState;
      return { kind: 'refused', actual: typeof actual === 'bigint' ? Number(actual) : 'no_stream' };
    }
    if (isUnknownOutcome(error)) return { kind: 'unknown', error };
    throw error;
  }
}

export function streamState(expected: ExpectedRevision): AppendStreamState {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  return BigInt(expected);
}

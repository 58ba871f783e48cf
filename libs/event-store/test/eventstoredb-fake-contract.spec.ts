// The whole event-store contract on the EventStoreDB adapter over the in-memory client: proves, without a
// server, that the claim-first idempotency left every other behaviour of the adapter as the contract wants, also
// when the client answers `{ success: false }`, when the server reports positions as the maximum uint64, and when
// a follower stopped replicating. It does not replace the run against a real server (test/contract, EVENTSTORE_URL).
import { EventStoreDbEventStore } from '../src/adapters/eventstoredb/eventstoredb-event-store';
import { describeEventStoreContract } from './contract.suite';
import { FakeKurrentDb, type FakeKurrentDbOptions } from './eventstoredb-fake-client';

const variants: [string, FakeKurrentDbOptions, boolean][] = [
  ['EventStoreDB sobre un cliente en memoria', {}, false],
  ['EventStoreDB en memoria con throwOnAppendFailure=false', { throwOnAppendFailure: false }, false],
  ['EventStoreDB en memoria con posiciones máximo uint64', { legacyPositions: true }, false],
  ['EventStoreDB en memoria con un seguidor detenido', {}, true],
];

for (const [name, options, stalledFollower] of variants) {
  describeEventStoreContract(name, async () => {
    const fake = new FakeKurrentDb(options);
    if (stalledFollower) fake.stallFollower();
    const store = new EventStoreDbEventStore(fake.asClient(), { claimWaitMs: 200, pollIntervalMs: 5 });
    return { store, cleanup: () => store.close() };
  });
}

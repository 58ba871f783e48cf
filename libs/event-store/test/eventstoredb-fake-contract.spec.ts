// The whole event-store contract on the EventStoreDB adapter over the in-memory client: proves, without a
// server, that the claim-first idempotency left every other behaviour of the adapter as the contract wants.
// It does not replace the run against a real server (test/contract, with EVENTSTORE_URL).
import { EventStoreDbEventStore } from '../src/adapters/eventstoredb/eventstoredb-event-store';
import { describeEventStoreContract } from './contract.suite';
import { FakeKurrentDb } from './eventstoredb-fake-client';

describeEventStoreContract('EventStoreDB sobre un cliente en memoria', async () => {
  const store = new EventStoreDbEventStore(new FakeKurrentDb().asClient(), { claimWaitMs: 200, pollIntervalMs: 5 });
  return { store, cleanup: () => store.close() };
});

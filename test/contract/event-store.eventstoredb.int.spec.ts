// The event-store contract on EventStoreDB/KurrentDB, run whenever EVENTSTORE_URL names a server
// (e.g. kurrentdb://127.0.0.1:2113?tls=false), once as given and once with throwOnAppendFailure=false. Without it
// this file says so plainly in the output and in the title of its only test, which proves no more than that the
// adapter loads and constructs.
import { createEventStore } from '@tesoreria/event-store';
import { EventStoreDbEventStore } from '@tesoreria/event-store/adapters/eventstoredb/eventstoredb-event-store';
import { describeEventStoreContract } from '../../libs/event-store/test/contract.suite';

const url = process.env.EVENTSTORE_URL;
const NOT_RUN = 'EventStoreDB: EVENTSTORE_URL no definida — suite de contrato NO ejecutada';

/** The same server with the client resolving `{ success: false }` instead of throwing on a refused revision. */
const withoutThrowing = (u: string) => `${u}${u.includes('?') ? '&' : '?'}throwOnAppendFailure=false`;

if (url) {
  for (const [name, connectionString] of [
    ['EventStoreDB', url],
    ['EventStoreDB con throwOnAppendFailure=false', withoutThrowing(url)],
  ] as const) {
    describeEventStoreContract(name, async () => {
      const store = EventStoreDbEventStore.connect(connectionString);
      return { store, cleanup: () => store.close() };
    });
  }
} else {
  console.warn(NOT_RUN);
  process.stdout.write(`\n[tesoreria] ${NOT_RUN}\n`);

  it(NOT_RUN, async () => {
    const store = EventStoreDbEventStore.connect('kurrentdb://127.0.0.1:2113?tls=false');
    expect(store.kind).toBe('eventstoredb');
    expect(typeof store.appendToStream).toBe('function');
    await store.close();
    // The EventStoreDB mode keeps read models in PostgreSQL, so it refuses to start without one.
    await expect(createEventStore({ eventstoreUrl: 'kurrentdb://127.0.0.1:2113?tls=false' })).rejects.toThrow('databaseUrl');
  });
}

// Kill-and-restart equals a clean rebuild (style practice 6), on PGlite and on PostgreSQL: a projection that
// crashes half-way and is restarted ends with exactly the rows of a clean replay into fresh tables; a failed batch
// leaves neither rows nor checkpoint behind; two runners of one projection never both apply it.
import { Dec } from '@tesoreria/domain';
import { createEventStore, PgliteDatabase, type EventStore, type OpenedEventStore, type SqlDatabase } from '@tesoreria/event-store';
import {
  createProjectionDaemon,
  ProjectionFailedError,
  readCheckpoint,
  type ProjectionDaemon,
  type ProjectionDaemonOptions,
} from '@tesoreria/projections';
import { FakeEventStore } from '../../libs/projections/test/fake-event-store';
import { expectedTotal, sampleProjection, sampleRows, seed } from '../../libs/projections/test/sample-projection';
import { createTemporaryDatabase, type TemporaryDatabase } from '../support/postgres';

const EVENTS = 2000;
const STREAMS = 40;

interface Backend {
  readonly db: SqlDatabase;
  /** A second, independent session pool on the same database (PostgreSQL only): "another process". */
  readonly otherProcess?: () => SqlDatabase;
  close(): Promise<void>;
}

async function openPglite(): Promise<Backend> {
  const db = await PgliteDatabase.open();
  return { db, close: () => db.close() };
}

async function openPostgres(): Promise<Backend> {
  const tmp: TemporaryDatabase = await createTemporaryDatabase('proy');
  return { db: tmp.open(10), otherProcess: () => tmp.open(5), close: () => tmp.drop() };
}

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('La condición no se cumplió a tiempo');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.each([
  ['PGlite', openPglite],
  ['PostgreSQL', openPostgres],
] as const)('Resiliencia de proyecciones sobre %s', (_label, open) => {
  let backend: Backend;
  let store: EventStore;
  let clean: Awaited<ReturnType<typeof sampleRows>>;
  const daemons: ProjectionDaemon[] = [];

  function daemon(options: Omit<ProjectionDaemonOptions, 'store' | 'db'> & { db?: SqlDatabase }): ProjectionDaemon {
    const d = createProjectionDaemon({ store, db: backend.db, batchSize: 100, pollIntervalMs: 10, lockRetryMs: 20, ...options });
    daemons.push(d);
    return d;
  }

  beforeAll(async () => {
    backend = await open();
    store = new FakeEventStore();
    await seed(store, EVENTS, STREAMS);
    // The reference: a clean replay of the whole log into its own tables.
    const reference = daemon({ projections: [sampleProjection({ prefix: 'limpia_' })] });
    await reference.start();
    await reference.waitForCatchUp(20_000);
    await reference.stop();
    clean = await sampleRows(backend.db, 'limpia_');
  });

  afterEach(async () => {
    await Promise.all(daemons.splice(0).map((d) => d.stop()));
  });

  afterAll(async () => {
    await backend?.close();
  });

  it('the clean replay holds the exact count and decimal sum of the log', () => {
    const total = clean.totals[0] as { eventos: string; suma: string };
    expect(Number(total.eventos)).toBe(expectedTotal(EVENTS).eventos);
    expect(new Dec(total.suma).equals(expectedTotal(EVENTS).suma)).toBe(true);
    expect(clean.perStream).toHaveLength(STREAMS);
  });

  it('a projection that crashes half-way and is restarted ends with the rows of a clean rebuild, row for row', async () => {
    let applied = 0;
    const crashing = daemon({
      projections: [
        sampleProjection({
          prefix: 'caida_',
          onApply: (events) => {
            applied += events.length;
            if (applied > 1000) throw new Error('caída simulada a mitad del registro');
          },
        }),
      ],
    });
    await crashing.start();
    await expect(crashing.waitForCatchUp(10_000)).rejects.toBeInstanceOf(ProjectionFailedError);
    await crashing.stop();
    const stoppedAt = (await readCheckpoint(backend.db, 'caida_montos'))!.position;
    expect(stoppedAt).toBeGreaterThan(0);
    expect(stoppedAt).toBeLessThan(EVENTS);

    const restarted = daemon({ projections: [sampleProjection({ prefix: 'caida_' })] });
    await restarted.start();
    await restarted.waitForCatchUp(10_000);
    expect(await sampleRows(backend.db, 'caida_')).toEqual(clean);
    const [status] = await restarted.status();
    expect(status).toMatchObject({ checkpoint: EVENTS, lag: 0, state: 'running', incident: null, conflicts: 0 });

    // And a rebuild from zero of the restarted projection lands on the same rows again.
    await restarted.rebuild('caida_montos');
    await restarted.waitForCatchUp(10_000);
    expect(await sampleRows(backend.db, 'caida_')).toEqual(clean);
  });

  it('a batch that fails rolls back both its rows and its checkpoint', async () => {
    const d = daemon({
      projections: [sampleProjection({ prefix: 'lote_', failOn: (e) => e.position === 1234 })],
      isolateFailures: false,
    });
    await d.start();
    await expect(d.waitForCatchUp(10_000)).rejects.toBeInstanceOf(ProjectionFailedError);
    // Batch 1201-1300 wrote its rows, then threw: none of them and no checkpoint move survive.
    expect((await readCheckpoint(backend.db, 'lote_montos'))!.position).toBe(1200);
    const total = (await sampleRows(backend.db, 'lote_')).totals[0] as { eventos: string; suma: string };
    expect(Number(total.eventos)).toBe(expectedTotal(1200).eventos);
    expect(new Dec(total.suma).equals(expectedTotal(1200).suma)).toBe(true);
    const [status] = await d.status();
    expect(status).toMatchObject({ state: 'failed', checkpoint: 1200, lag: EVENTS - 1200 });
    expect(status!.incident).toMatchObject({ projection: 'lote_montos', position: 1201 });
  });
});

describe('Resiliencia de proyecciones: dos procesos sobre PostgreSQL', () => {
  let tmp: TemporaryDatabase;
  let store: FakeEventStore;
  let clean: Awaited<ReturnType<typeof sampleRows>>;
  const daemons: ProjectionDaemon[] = [];

  function daemon(db: SqlDatabase, options: Omit<ProjectionDaemonOptions, 'store' | 'db'>): ProjectionDaemon {
    const d = createProjectionDaemon({ store, db, batchSize: 50, pollIntervalMs: 10, lockRetryMs: 20, ...options });
    daemons.push(d);
    return d;
  }

  beforeAll(async () => {
    tmp = await createTemporaryDatabase('proy2');
    store = new FakeEventStore();
    await seed(store, EVENTS, STREAMS);
    const db = tmp.open(5);
    const reference = daemon(db, { projections: [sampleProjection({ prefix: 'limpia_' })], batchSize: 500 });
    await reference.start();
    await reference.waitForCatchUp(20_000);
    await reference.stop();
    clean = await sampleRows(db, 'limpia_');
  });

  afterEach(async () => {
    await Promise.all(daemons.splice(0).map((d) => d.stop()));
  });

  afterAll(async () => {
    await tmp?.drop();
  });

  it('two runners started together: one holds the lock, the other waits and takes over, each event applied once', async () => {
    const applied: number[] = [];
    const slow = () =>
      sampleProjection({
        prefix: 'doble_',
        onApply: async (events) => {
          applied.push(...events.map((e) => e.position));
          await new Promise((r) => setTimeout(r, 5));
        },
      });
    const a = daemon(tmp.open(5), { projections: [slow()] });
    const b = daemon(tmp.open(5), { projections: [slow()] });
    await Promise.all([a.start(), b.start()]);
    await until(async () => {
      const states = [(await a.status())[0]!.state, (await b.status())[0]!.state].sort();
      return states[0] === 'running' && states[1] === 'standby';
    });
    const [holder, waiter] = (await a.status())[0]!.state === 'running' ? [a, b] : [b, a];
    // A third session cannot take the lock either.
    const probe = tmp.open(1);
    expect(await probe.tryAdvisoryLock('projection:doble_montos')).toBeNull();

    await until(async () => ((await readCheckpoint(probe, 'doble_montos'))?.position ?? 0) > 800);
    await holder.stop(); // the process holding the lock goes away half-way
    await until(async () => (await waiter.status())[0]!.state === 'running');
    await waiter.waitForCatchUp(20_000);

    expect(await sampleRows(probe, 'doble_')).toEqual(clean);
    expect(new Set(applied).size).toBe(applied.length);
    expect(applied.length).toBe(expectedTotal(EVENTS).eventos);
    expect((await waiter.status())[0]!.conflicts).toBe(0);
  });

  it('a connection killed in the middle of a batch loses the whole batch, and the runner replays it from its checkpoint', async () => {
    let killed = false;
    const d = daemon(tmp.open(5), {
      projections: [
        sampleProjection({
          prefix: 'corte_',
          onApply: async (events, tx) => {
            if (!killed && events.some((e) => e.position > 1000)) {
              killed = true;
              // The server ends this very session with the batch's rows written but not committed.
              await tx.query('SELECT pg_terminate_backend(pg_backend_pid())');
            }
          },
        }),
      ],
    });
    await d.start();
    await d.waitForCatchUp(20_000);
    expect(killed).toBe(true);
    // The killed batch was retried event by event on fresh connections and passed: no incident stays open.
    expect((await d.status())[0]).toMatchObject({ state: 'running', incident: null, checkpoint: EVENTS });
    expect(await sampleRows(tmp.open(1), 'corte_')).toEqual(clean);
  });
});

describe.each([
  ['PGlite', async () => ({ opened: await createEventStore({ pgliteDataDir: 'memory' }), drop: async () => undefined })],
  [
    'PostgreSQL',
    async () => {
      const tmp = await createTemporaryDatabase('proy3');
      return { opened: await createEventStore({ databaseUrl: tmp.url, poolSize: 10 }), drop: () => tmp.drop() };
    },
  ],
] as const)('Proyecciones sobre el almacén de eventos real de %s', (_label, open) => {
  let opened: OpenedEventStore;
  let drop: () => Promise<void>;
  const daemons: ProjectionDaemon[] = [];

  function daemon(options: Omit<ProjectionDaemonOptions, 'store' | 'db'>): ProjectionDaemon {
    const d = createProjectionDaemon({ store: opened.store, db: opened.db, batchSize: 100, pollIntervalMs: 10, lockRetryMs: 20, ...options });
    daemons.push(d);
    return d;
  }

  beforeAll(async () => {
    ({ opened, drop } = await open());
  });

  afterEach(async () => {
    await Promise.all(daemons.splice(0).map((d) => d.stop()));
  });

  afterAll(async () => {
    await opened?.close();
    await drop?.();
  });

  it('follows four concurrent writers without skipping an event, crashes half-way, and on restart equals a clean rebuild', async () => {
    let applied = 0;
    const live = daemon({
      projections: [
        sampleProjection({
          prefix: 'vivo_',
          onApply: (events) => {
            applied += events.length;
            if (applied > 1000) throw new Error('caída simulada con escritores en curso');
          },
        }),
      ],
    });
    await live.start();
    // Four writers append 500 events each while the projection runs: in-flight appends must not be skipped.
    await Promise.all([0, 1, 2, 3].map((k) => seed(opened.store, 500, STREAMS, k * 500)));
    await expect(live.waitForCatchUp(10_000)).rejects.toBeInstanceOf(ProjectionFailedError);
    await live.stop();

    const restarted = daemon({ projections: [sampleProjection({ prefix: 'vivo_' })] });
    const reference = daemon({ projections: [sampleProjection({ prefix: 'limpia_' })] });
    await Promise.all([restarted.start(), reference.start()]);
    await Promise.all([restarted.waitForCatchUp(20_000), reference.waitForCatchUp(20_000)]);

    const rows = await sampleRows(opened.db, 'vivo_');
    expect(rows).toEqual(await sampleRows(opened.db, 'limpia_'));
    const total = rows.totals[0] as { eventos: string; suma: string };
    expect(Number(total.eventos)).toBe(expectedTotal(EVENTS).eventos);
    expect(new Dec(total.suma).equals(expectedTotal(EVENTS).suma)).toBe(true);
    const [status] = await restarted.status();
    expect(status).toMatchObject({ lag: 0, state: 'running', incident: null });
    expect(status!.checkpoint).toBe(await opened.store.headPosition());
  });
});

// The projection engine on PGlite with an in-memory event store: checkpoint compare-and-set, resume, rebuild,
// version change, recorded incidents and the one-runner-per-projection lock.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dec } from '@tesoreria/domain';
import { PgliteDatabase, type RecordedEvent } from '@tesoreria/event-store';
import {
  createProjectionDaemon,
  PROJECTIONS_SCHEMA_SQL,
  ProjectionFailedError,
  readCheckpoint,
  type ProjectionDaemon,
  type ProjectionDaemonOptions,
} from '@tesoreria/projections';
import { FakeEventStore } from '../../test/fake-event-store';
import { expectedTotal, MONTO_REGISTRADO, sampleProjection, sampleRows, seed } from '../../test/sample-projection';

let db: PgliteDatabase;
const daemons: ProjectionDaemon[] = [];

beforeAll(async () => {
  db = await PgliteDatabase.open();
});
afterEach(async () => {
  await Promise.all(daemons.splice(0).map((d) => d.stop()));
});
afterAll(async () => {
  await db.close();
});

function daemon(options: Omit<ProjectionDaemonOptions, 'db'>): ProjectionDaemon {
  const d = createProjectionDaemon({ db, pollIntervalMs: 10, lockRetryMs: 20, ...options });
  daemons.push(d);
  return d;
}

async function until(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('La condición no se cumplió a tiempo');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('Motor de proyecciones sobre PGlite', () => {
  it('applies every event once, moves the checkpoint to the head and reports zero lag', async () => {
    const store = new FakeEventStore();
    await seed(store, 600, 12);
    const d = daemon({ store, projections: [sampleProjection({ prefix: 'a_' })], batchSize: 100 });
    await d.start();
    await d.waitForCatchUp(5000);

    const rows = await sampleRows(db, 'a_');
    const expected = expectedTotal(600);
    expect(rows.totals).toHaveLength(1);
    const total = rows.totals[0] as { eventos: string; suma: string };
    expect(Number(total.eventos)).toBe(expected.eventos);
    expect(new Dec(total.suma).equals(expected.suma)).toBe(true);
    expect(rows.perStream).toHaveLength(12);

    const [status] = await d.status();
    expect(status).toMatchObject({ name: 'a_montos', version: 1, checkpoint: 600, head: 600, lag: 0, state: 'running', lastError: null });
  });

  it('moves the checkpoint past events the projection does not handle', async () => {
    const store = new FakeEventStore();
    await seed(store, 10, 1); // event 0 is OtroEvento, the rest MontoRegistrado
    const d = daemon({ store, projections: [{ ...sampleProjection({ prefix: 'b_' }), handles: ['NadaDeEsto'] }] });
    await d.start();
    await d.waitForCatchUp(5000);
    expect((await readCheckpoint(db, 'b_montos'))?.position).toBe(10);
    expect((await sampleRows(db, 'b_')).perStream).toEqual([]);
  });

  it('resumes from its checkpoint after a restart without applying any event twice', async () => {
    const store = new FakeEventStore();
    await seed(store, 300, 5);
    const applied: number[] = [];
    const projection = () => sampleProjection({ prefix: 'c_', onApply: (es) => void applied.push(...es.map((e) => e.position)) });
    const first = daemon({ store, projections: [projection()], batchSize: 64 });
    await first.start();
    await first.waitForCatchUp(5000);
    await first.stop();

    await seed(store, 200, 5, 300);
    const second = daemon({ store, projections: [projection()], batchSize: 64 });
    await second.start();
    await second.waitForCatchUp(5000);

    expect(new Set(applied).size).toBe(applied.length);
    const total = (await sampleRows(db, 'c_')).totals[0] as { eventos: string; suma: string };
    expect(Number(total.eventos)).toBe(expectedTotal(500).eventos);
    expect(new Dec(total.suma).equals(expectedTotal(500).suma)).toBe(true);
  });

  it('follows events appended while it runs, and waitForCatchUp gives read-your-writes', async () => {
    const store = new FakeEventStore();
    const d = daemon({ store, projections: [sampleProjection({ prefix: 'd_' })], pollIntervalMs: 5000 });
    await d.start();
    await d.waitForCatchUp(2000);
    await seed(store, 40, 2);
    // The poll interval is 5 s: only notify() (called by waitForCatchUp) makes this fast.
    const started = Date.now();
    await d.waitForCatchUp(2000);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(((await sampleRows(db, 'd_')).totals[0] as { eventos: string }).eventos).toBe(String(expectedTotal(40).eventos));
  });

  it('rebuild empties the tables, replays from zero and ends with the same rows', async () => {
    const store = new FakeEventStore();
    await seed(store, 400, 7);
    const d = daemon({ store, projections: [sampleProjection({ prefix: 'e_' })], batchSize: 50 });
    await d.start();
    await d.waitForCatchUp(5000);
    const before = await sampleRows(db, 'e_');
    await db.query("UPDATE e_montos_totales SET suma = suma + 1"); // a corrupted read model
    await d.rebuild('e_montos');
    await d.waitForCatchUp(5000);
    expect(await sampleRows(db, 'e_')).toEqual(before);
  });

  it('a new version drops the old tables, creates the new schema and replays from zero', async () => {
    const store = new FakeEventStore();
    await seed(store, 100, 3);
    const v1 = daemon({ store, projections: [sampleProjection({ prefix: 'f_' })] });
    await v1.start();
    await v1.waitForCatchUp(5000);
    await v1.stop();

    const base = sampleProjection({ prefix: 'f_', version: 2 });
    const v2 = daemon({
      store,
      projections: [{ ...base, schema: `${base.schema} ALTER TABLE f_montos_totales ADD COLUMN version INTEGER NOT NULL DEFAULT 2;` }],
    });
    await v2.start();
    await v2.waitForCatchUp(5000);
    const r = await db.query<{ eventos: string; version: number }>('SELECT eventos::text AS eventos, version FROM f_montos_totales');
    expect(r.rows).toEqual([{ eventos: String(expectedTotal(100).eventos), version: 2 }]);
    expect(await readCheckpoint(db, 'f_montos')).toEqual({ name: 'f_montos', version: 2, position: 100 });
  });

  it('a failing event stops the projection, records an incident naming it, and keeps the rows before it', async () => {
    const store = new FakeEventStore();
    await seed(store, 200, 4);
    const poison = (e: RecordedEvent) => e.position === 138;
    const incidents: unknown[] = [];
    const d = daemon({
      store,
      projections: [sampleProjection({ prefix: 'g_', failOn: poison })],
      batchSize: 100,
      onIncident: (i) => void incidents.push(i),
    });
    await d.start();
    await expect(d.waitForCatchUp(5000)).rejects.toBeInstanceOf(ProjectionFailedError);

    // Batch 101-200 failed and rolled back; its events were re-applied one by one up to the one before 138.
    expect((await readCheckpoint(db, 'g_montos'))?.position).toBe(137);
    const total = (await sampleRows(db, 'g_')).totals[0] as { eventos: string; suma: string };
    expect(Number(total.eventos)).toBe(expectedTotal(137).eventos);
    expect(new Dec(total.suma).equals(expectedTotal(137).suma)).toBe(true);

    const [status] = await d.status();
    expect(status).toMatchObject({ state: 'failed', checkpoint: 137, head: 200, lag: 63 });
    expect(status!.incident).toMatchObject({ position: 138, eventType: MONTO_REGISTRADO, resolvedAt: null });
    expect(status!.lastError).toContain('Fallo simulado');
    expect(incidents).toHaveLength(1);
    await d.stop();

    // The fix ships: the projection resumes at 137 and the incident closes once it gets past 138.
    const fixed = daemon({ store, projections: [sampleProjection({ prefix: 'g_' })] });
    await fixed.start();
    await fixed.waitForCatchUp(5000);
    const [after] = await fixed.status();
    expect(after).toMatchObject({ state: 'running', checkpoint: 200, incident: null, lastError: null });
    expect((await fixed.incidents('g_montos'))[0]?.resolvedAt).not.toBeNull();
    expect(Number(((await sampleRows(db, 'g_')).totals[0] as { eventos: string }).eventos)).toBe(expectedTotal(200).eventos);
  });

  it('without isolation a failing batch rolls back both its rows and its checkpoint', async () => {
    const store = new FakeEventStore();
    await seed(store, 150, 3);
    const d = daemon({
      store,
      projections: [sampleProjection({ prefix: 'h_', failOn: (e) => e.position === 121 })],
      batchSize: 50,
      isolateFailures: false,
    });
    await d.start();
    await expect(d.waitForCatchUp(5000)).rejects.toBeInstanceOf(ProjectionFailedError);
    expect((await readCheckpoint(db, 'h_montos'))?.position).toBe(100);
    expect(Number(((await sampleRows(db, 'h_')).totals[0] as { eventos: string }).eventos)).toBe(expectedTotal(100).eventos);
    const [status] = await d.status();
    expect(status!.incident).toMatchObject({ position: 101, eventType: null });
    expect(status!.incident!.error).toContain('posiciones 101–150');
  });

  it('only one daemon runs a projection; the other waits and takes over when the first stops', async () => {
    const store = new FakeEventStore();
    await seed(store, 100, 2);
    const one = daemon({ store, projections: [sampleProjection({ prefix: 'i_' })] });
    const two = daemon({ store, projections: [sampleProjection({ prefix: 'i_' })] });
    await one.start();
    await until(async () => (await one.status())[0]!.state === 'running');
    await two.start();
    await until(async () => (await two.status())[0]!.state === 'standby');
    await two.waitForCatchUp(5000); // reads the checkpoint the other process writes

    await one.stop();
    await seed(store, 50, 2, 100);
    await until(async () => (await two.status())[0]!.state === 'running');
    await two.waitForCatchUp(5000);
    expect(Number(((await sampleRows(db, 'i_')).totals[0] as { eventos: string }).eventos)).toBe(expectedTotal(150).eventos);
  });

  it('a schema that does not run fails the projection with an incident, and a corrected schema clears it', async () => {
    const store = new FakeEventStore();
    await seed(store, 20, 1);
    const base = sampleProjection({ prefix: 'j_' });
    const broken = daemon({ store, projections: [{ ...base, schema: 'CREATE TABLE j_montos_por_stream (' }] });
    await broken.start();
    await expect(broken.waitForCatchUp(5000)).rejects.toBeInstanceOf(ProjectionFailedError);
    const [status] = await broken.status();
    expect(status).toMatchObject({ state: 'failed', checkpoint: 0 });
    expect(status!.lastError).toContain('El esquema de la proyección j_montos falló');
    await broken.stop();

    const fixed = daemon({ store, projections: [base] });
    await fixed.start();
    await fixed.waitForCatchUp(5000);
    expect((await fixed.status())[0]).toMatchObject({ state: 'running', checkpoint: 20, incident: null });
  });

  it('a database of the first release gets the leadership columns and resumes from its checkpoint', async () => {
    const old = await PgliteDatabase.open();
    try {
      const dir = join(__dirname, '../../../../infra/postgres/projections');
      await old.exec(readFileSync(join(dir, '0001-checkpoints-and-incidents.sql'), 'utf8'));
      const store = new FakeEventStore();
      await seed(store, 60, 2);
      const first = createProjectionDaemon({ db: old, store, projections: [sampleProjection({ prefix: 'k_' })], pollIntervalMs: 10 });
      await first.start();
      await first.waitForCatchUp(5000);
      await first.stop();
      await old.exec('ALTER TABLE projection_checkpoints DROP COLUMN epoch, DROP COLUMN owner, DROP COLUMN rebuild_requested, DROP COLUMN rebuild_done');

      const applied: number[] = [];
      const upgraded = createProjectionDaemon({
        db: old,
        store,
        projections: [sampleProjection({ prefix: 'k_', onApply: (es) => void applied.push(...es.map((e) => e.position)) })],
        pollIntervalMs: 10,
      });
      await seed(store, 20, 2, 60);
      await upgraded.start();
      await upgraded.waitForCatchUp(5000);
      await upgraded.stop();
      expect(applied[0]).toBe(61); // resumed right after its checkpoint, nothing replayed
      expect((await upgraded.status())[0]!.leadership).toMatchObject({ epoch: 1, storedVersion: 1 });
    } finally {
      await old.close();
    }
  });

  it('the checkpoint DDL is the one in infra/postgres/projections, file after file', () => {
    const dir = join(__dirname, '../../../../infra/postgres/projections');
    const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
    expect(files).toEqual(['0001-checkpoints-and-incidents.sql', '0002-leadership-fencing.sql']);
    const sql = files.map((f) => readFileSync(join(dir, f), 'utf8').replace(/^--.*\n/gm, '')).join('');
    expect(sql).toBe(PROJECTIONS_SCHEMA_SQL);
  });
});

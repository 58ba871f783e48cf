// A logical restore (pg_dump/pg_restore) into a second, fresh cluster keeps the whole history readable
// (issue 8, item 2). The restored rows keep the source server's transaction ids, which on a fresh cluster are
// ids it has not reached yet: version 1 of the store hid every such row, so a projection replayed after the
// restore saw only the new events. Also: a restore that did not bring the sequences refuses to start, saying
// what to do, and infra/scripts/restaurar-almacen.sh --reparar makes it start.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createEventStore, StoreNeedsRestoreStepError, type OpenedEventStore, type RecordedEvent } from '@tesoreria/event-store';
import { createProjectionDaemon, defineProjection } from '@tesoreria/projections';
import { nuevoEvento } from '../../libs/event-store/test/contract.suite';
import { startCluster, type ClusterPropio } from '../../libs/event-store/test/cluster-propio';
import { createTemporaryDatabase, type TemporaryDatabase } from '../support/postgres';

const SCRIPT = join(__dirname, '../../infra/scripts/restaurar-almacen.sh');

const conteo = defineProjection({
  name: 'restauracion_conteo',
  version: 1,
  schema: 'CREATE TABLE restauracion_conteo (stream_id text PRIMARY KEY, eventos integer NOT NULL)',
  tables: ['restauracion_conteo'],
  handles: ['PagoRecibido'],
  async apply(tx, events) {
    for (const e of events) {
      await tx.query(
        'INSERT INTO restauracion_conteo (stream_id, eventos) VALUES ($1, 1) ON CONFLICT (stream_id) DO UPDATE SET eventos = restauracion_conteo.eventos + 1',
        [e.streamId],
      );
    }
  },
});

async function readEverything(store: OpenedEventStore['store']): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: all.at(-1)?.position ?? 0, limit: 7 });
    if (page.length === 0) return all;
    all.push(...page);
  }
}

async function scalar(url: string, sql: string): Promise<string> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return String(Object.values((await c.query(sql)).rows[0] as Record<string, unknown>)[0]);
  } finally {
    await c.end();
  }
}

let source: TemporaryDatabase;
let cluster: ClusterPropio;
let history: RecordedEvent[];

beforeAll(async () => {
  source = await createTemporaryDatabase('origen');
  const opened = await createEventStore({ databaseUrl: source.url });
  try {
    for (let i = 0; i < 12; i++) {
      await opened.store.appendToStream(`restauracion-${i % 4}`, [nuevoEvento('PagoRecibido', { i }), nuevoEvento('Otro')], {
        expectedRevision: 'any',
        idempotencyKey: `restauracion-${i}`,
      });
    }
    history = await readEverything(opened.store);
  } finally {
    await opened.close();
  }
  cluster = await startCluster();
});

afterAll(async () => {
  await cluster?.stop();
  await source?.drop();
});

describe('restoring the event store into a fresh cluster', () => {
  it('keeps the whole history readable: readAll, a projection replayed from zero, and new appends after it', async () => {
    const target = await cluster.createDatabase('restaurada');
    execFileSync('bash', [SCRIPT, source.url, target], { stdio: 'pipe', env: { ...process.env, PGBIN: cluster.bin } });
    // What made version 1 hide the history: the restored rows carry ids this cluster has not reached.
    const rowsAhead = await scalar(target, 'SELECT count(*) FROM events WHERE transaction_id >= pg_snapshot_xmin(pg_current_snapshot())');
    expect(Number(rowsAhead)).toBe(history.length);

    const opened = await createEventStore({ databaseUrl: target, pollIntervalMs: 50 });
    const daemon = createProjectionDaemon({ store: opened.store, db: opened.db, projections: [conteo], pollIntervalMs: 50 });
    try {
      expect(await readEverything(opened.store)).toEqual(history);
      expect(await opened.store.headPosition()).toBe(history.at(-1)!.position);
      expect(await opened.store.findByIdempotencyKey('restauracion-3')).toMatchObject({ duplicate: true });

      const next = await opened.store.appendToStream('restauracion-0', [nuevoEvento('PagoRecibido')], { expectedRevision: 'any' });
      expect(next.position).toBeGreaterThan(history.at(-1)!.position);
      expect(Date.parse(next.events[0]!.metadata.registradoEn)).toBeGreaterThanOrEqual(Date.parse(history.at(-1)!.metadata.registradoEn));

      await daemon.start();
      await daemon.waitForCatchUp(10_000, { position: next.position });
      const rows = await opened.db.query<{ stream_id: string; eventos: number }>('SELECT stream_id, eventos FROM restauracion_conteo ORDER BY stream_id');
      expect(rows.rows.map((r) => [r.stream_id, Number(r.eventos)])).toEqual([
        ['restauracion-0', 4],
        ['restauracion-1', 3],
        ['restauracion-2', 3],
        ['restauracion-3', 3],
      ]);
    } finally {
      await daemon.stop();
      await opened.close();
    }
  });

  it('refuses to start on a restore that left the sequences behind, until restaurar-almacen.sh --reparar runs', async () => {
    const target = await cluster.createDatabase('sin_secuencias');
    const dir = mkdtempSync('/tmp/horizon-dump-');
    try {
      const dump = join(dir, 'copia.dump');
      const list = join(dir, 'lista');
      execFileSync(join(cluster.bin, 'pg_dump'), ['--format=custom', '--no-owner', `--file=${dump}`, source.url]);
      // A restore that skips the sequences' values (as a table-by-table copy would).
      const entries = execFileSync(join(cluster.bin, 'pg_restore'), ['-l', dump], { encoding: 'utf8' });
      execFileSync('bash', ['-c', `grep -v 'SEQUENCE SET' > '${list}'`], { input: entries });
      execFileSync(join(cluster.bin, 'pg_restore'), ['--no-owner', '--exit-on-error', `--use-list=${list}`, `--dbname=${target}`, dump]);

      const refused = await createEventStore({ databaseUrl: target }).then(
        async (o) => {
          await o.close();
          return null;
        },
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(StoreNeedsRestoreStepError);
      expect((refused as Error).message).toMatch(/^El almacén de eventos no arranca: la secuencia de posiciones/);
      expect((refused as Error).message).toContain('infra/scripts/restaurar-almacen.sh --reparar');

      execFileSync('bash', [SCRIPT, '--reparar', target], { stdio: 'pipe', env: { ...process.env, PGBIN: cluster.bin } });
      const opened = await createEventStore({ databaseUrl: target });
      try {
        expect(await readEverything(opened.store)).toEqual(history);
        const next = await opened.store.appendToStream('restauracion-1', [nuevoEvento('PagoRecibido')], { expectedRevision: 'any' });
        expect(next.position).toBeGreaterThan(history.at(-1)!.position);
      } finally {
        await opened.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

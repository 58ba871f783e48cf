// PostgreSQL: readers wait only for this store's own in-flight appends (issue 8, item 1), and the smaller
// defects of item 5 that need a server: registradoEn under the position lock, appendWithin on a full pool.
// The prepared-transaction case runs on a cluster of its own (the shared one has max_prepared_transactions=0).
import {
  ConcurrencyError,
  createEventStore,
  PgDatabase,
  PostgresEventStore,
  type OpenedEventStore,
  type RecordedEvent,
  watchHeldBack,
} from '@tesoreria/event-store';
import { nuevoEvento, sleep, waitFor } from '../../libs/event-store/test/contract.suite';
import { startCluster } from '../../libs/event-store/test/cluster-propio';
import { clientOf, conectar, createTemporaryDatabase, requireDatabaseUrl, type TemporaryDatabase } from '../support/postgres';

/** A committed append must reach readers this fast when no append of the store is still open. */
const PLAZO_MS = 2_000;



/** Milliseconds until the head reaches `position` and a subscription delivers it; throws after PLAZO_MS. */
async function demoraHastaVerlo(opened: OpenedEventStore, position: number, desde: number): Promise<number> {
  const inicio = Date.now();
  const received: RecordedEvent[] = [];
  const sub = opened.store.subscribeToAll({ after: position - 1 }, async (e) => {
    received.push(e);
  });
  try {
    await waitFor(() => received.some((e) => e.position === position), `la posición ${position} en la suscripción`, PLAZO_MS);
    expect(await opened.store.headPosition()).toBeGreaterThanOrEqual(position);
    expect((await opened.store.readAll({ after: position - 1, limit: 1 }))[0]?.position).toBe(position);
  } finally {
    await sub.stop();
  }
  return Date.now() - Math.min(inicio, desde);
}

let tmp: TemporaryDatabase;
let opened: OpenedEventStore;

beforeAll(async () => {
  tmp = await createTemporaryDatabase('horizonte');
  opened = await createEventStore({ databaseUrl: tmp.url, pollIntervalMs: 50 });
});

afterAll(async () => {
  await opened?.close();
  await tmp?.drop();
});

describe('PostgreSQL horizon: an unrelated transaction never holds readers back', () => {
  it('an open transaction in another database of the same server', async () => {
    const ajena = await conectar(requireDatabaseUrl());
    try {
      await ajena.query('BEGIN');
      await ajena.query('SELECT pg_current_xact_id()');
      const antes = Date.now();
      const r = await opened.store.appendToStream('Horizonte-otra-base', [nuevoEvento('PagoRecibido')], { expectedRevision: 'no_stream' });
      const ms = await demoraHastaVerlo(opened, r.position, antes);
      process.stdout.write(`[horizonte] con una transacción abierta en otra base, el evento llegó a la suscripción en ${ms} ms\n`);
    } finally {
      await ajena.query('ROLLBACK').catch(() => undefined);
      await ajena.end();
    }
  });

  it('an open transaction in the same database that wrote but did not append', async () => {
    const ajena = await conectar(tmp.url);
    try {
      await ajena.query('CREATE TABLE IF NOT EXISTS tabla_ajena (x int)');
      await ajena.query('BEGIN');
      await ajena.query('INSERT INTO tabla_ajena VALUES (1)');
      const antes = Date.now();
      const r = await opened.store.appendToStream('Horizonte-misma-base', [nuevoEvento('PagoRecibido')], { expectedRevision: 'no_stream' });
      await demoraHastaVerlo(opened, r.position, antes);
      expect(await (opened.store as PostgresEventStore).heldBack()).toMatchObject({ heldEvents: 0, inFlight: 0, oldestSeconds: null });
    } finally {
      await ajena.query('ROLLBACK').catch(() => undefined);
      await ajena.end();
    }
  });

  it('reports an open append in heldBack (events waiting behind it, how long it has been open) and warns once it stays open too long', async () => {
    const pg = opened.store as PostgresEventStore;
    const lento = await conectar(tmp.url);
    try {
      await lento.query('BEGIN');
      const primero = await pg.appendWithin(clientOf(lento), 'Horizonte-lento', [nuevoEvento('PagoRecibido')], { expectedRevision: 'any' });
      await opened.store.appendToStream('Horizonte-rapido', [nuevoEvento('PagoRecibido')], { expectedRevision: 'any' });
      const avisos: string[] = [];
      const dejar = watchHeldBack(pg, { warnAfterSeconds: 0.2, intervalMs: 50, warn: (m) => avisos.push(m) });
      await sleep(300);
      dejar();
      expect(avisos).toHaveLength(1);
      expect(avisos[0]).toMatch(/^El registro de eventos está retenido: un anexo lleva [\d.]+ s abierto \(1 abiertos, 0 preparados\) y 1 eventos confirmados/);
      const h = await pg.heldBack();
      expect(h).toMatchObject({ horizon: primero.position - 1, heldEvents: 1, inFlight: 1, prepared: 0 });
      expect(h.oldestSeconds).toBeGreaterThanOrEqual(0.3);
      expect(await opened.store.headPosition()).toBeLessThan(primero.position);
    } finally {
      await lento.query('COMMIT');
      await lento.end();
    }
    expect(await pg.heldBack()).toMatchObject({ heldEvents: 0, inFlight: 0 });
  });

  it('a prepared transaction that did not append holds nothing back; a prepared append does, until COMMIT PREPARED', async () => {
    const cluster = await startCluster({ max_prepared_transactions: '4' });
    let propio: OpenedEventStore | undefined;
    const gids: string[] = [];
    const url = await cluster.createDatabase('horizonte_preparada');
    // COMMIT/ROLLBACK PREPARED must come from the database the transaction belongs to.
    const admin = await conectar(url);
    try {
      propio = await createEventStore({ databaseUrl: url, pollIntervalMs: 50 });
      const pg = propio.store as PostgresEventStore;
      // Its session ends: a prepared transaction lives on without one, for as long as nobody resolves it.
      const ajena = await conectar(url);
      await ajena.query('CREATE TABLE tabla_ajena (x int)');
      await ajena.query('BEGIN');
      await ajena.query('INSERT INTO tabla_ajena VALUES (1)');
      await ajena.query("PREPARE TRANSACTION 'ajena-1'");
      gids.push('ajena-1');
      await ajena.end();
      const antes = Date.now();
      const r = await propio.store.appendToStream('Preparada-ajena', [nuevoEvento('PagoRecibido')], { expectedRevision: 'no_stream' });
      await demoraHastaVerlo(propio, r.position, antes);

      const anexo = await conectar(url);
      await anexo.query('BEGIN');
      const preparado = await pg.appendWithin(clientOf(anexo), 'Preparada-anexo', [nuevoEvento('PagoRecibido')], { expectedRevision: 'no_stream' });
      await anexo.query("PREPARE TRANSACTION 'anexo-1'");
      gids.push('anexo-1');
      await anexo.end();
      const despues = await propio.store.appendToStream('Preparada-despues', [nuevoEvento('PagoRecibido')], { expectedRevision: 'no_stream' });
      await sleep(200);
      expect(await propio.store.headPosition()).toBe(r.position);
      expect(await pg.heldBack()).toMatchObject({ heldEvents: 1, inFlight: 1, prepared: 1 });
      await admin.query("COMMIT PREPARED 'anexo-1'");
      gids.pop();
      const page = await propio.store.readAll({ after: r.position, limit: 10 });
      expect(page.map((e) => e.position)).toEqual([preparado.position, despues.position]);
    } finally {
      for (const gid of gids) await admin.query(`ROLLBACK PREPARED '${gid}'`).catch(() => undefined);
      await admin.end();
      await propio?.close();
      await cluster.stop();
    }
  });
});

describe('PostgreSQL registradoEn', () => {
  it('is taken under the position lock: a transaction begun earlier that appends later is not recorded earlier', async () => {
    const pg = opened.store as PostgresEventStore;
    const lento = await conectar(tmp.url);
    try {
      await lento.query('BEGIN');
      await lento.query('SELECT 1');
      await sleep(50);
      const rapido = await opened.store.appendToStream('Reloj-rapido', [nuevoEvento('PagoRecibido')], { expectedRevision: 'no_stream' });
      const tardio = await pg.appendWithin(clientOf(lento), 'Reloj-tardio', [nuevoEvento('PagoRecibido')], { expectedRevision: 'no_stream' });
      await lento.query('COMMIT');
      expect(tardio.position).toBeGreaterThan(rapido.position);
      expect(Date.parse(tardio.events[0]!.metadata.registradoEn)).toBeGreaterThanOrEqual(Date.parse(rapido.events[0]!.metadata.registradoEn));
      // "As recorded at K" is then a prefix of the log: the later event is not in the earlier one's view.
      const k = rapido.events[0]!.metadata.registradoEn;
      if (tardio.events[0]!.metadata.registradoEn !== k) expect(await opened.store.readStream('Reloj-tardio', { recordedUpTo: k })).toEqual([]);
    } finally {
      await lento.query('ROLLBACK').catch(() => undefined);
      await lento.end();
    }
  });
});

describe('PostgreSQL appendWithin on a full pool', () => {
  /**
   * N+k transactions on a pool of N append where a writer outside the pool is about to commit first: N of them
   * hold the pool's every connection while their inserts wait for that writer, then all hit the unique violation
   * at once. Version 1 then asked the same pool for a second connection to look up the winner: none was ever
   * released, and all of them waited forever.
   */
  async function carrera(idempotencyKey: string | undefined): Promise<PromiseSettledResult<unknown>[]> {
    const N = 3;
    const k = 3;
    const stream = `Pool-lleno-${idempotencyKey ?? 'revision'}`;
    const small = PgDatabase.open(tmp.url, { max: N });
    const store = new PostgresEventStore(small);
    const bloqueador = await conectar(tmp.url);
    let colgado = false;
    try {
      await bloqueador.query('BEGIN');
      await store.appendWithin(clientOf(bloqueador), stream, [nuevoEvento('PagoRecibido')], { expectedRevision: 'no_stream', idempotencyKey });
      const intentos = Array.from({ length: N + k }, () =>
        small.transaction((tx) => store.appendWithin(tx, stream, [nuevoEvento('PagoRecibido')], { expectedRevision: 'no_stream', idempotencyKey })),
      );
      await sleep(300);
      await bloqueador.query('COMMIT');
      let plazo: NodeJS.Timeout | undefined;
      const vencido = new Promise<never>((_, reject) => {
        plazo = setTimeout(() => {
          colgado = true;
          reject(new Error('appendWithin se quedó esperando una conexión del pool: interbloqueo'));
        }, 10_000);
      });
      try {
        return await Promise.race([Promise.allSettled(intentos), vencido]);
      } finally {
        clearTimeout(plazo);
      }
    } finally {
      await bloqueador.end();
      // A deadlocked pool never ends: leave it rather than hang the file.
      if (!colgado) await small.close();
    }
  }

  it('answers a revision conflict on the same connection: every attempt ends with a ConcurrencyError, none waits forever', async () => {
    const results = await carrera(undefined);
    expect(results).toHaveLength(6);
    for (const r of results) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    }
  });

  it('answers an idempotency-key conflict on the same connection with the first result', async () => {
    const results = await carrera('pool-lleno-clave');
    const first = await opened.store.findByIdempotencyKey('pool-lleno-clave');
    expect(first).not.toBeNull();
    for (const r of results) {
      expect(r.status).toBe('fulfilled');
      expect((r as PromiseFulfilledResult<{ duplicate: boolean; position: number }>).value).toMatchObject({ duplicate: true, position: first!.position });
    }
  });
});

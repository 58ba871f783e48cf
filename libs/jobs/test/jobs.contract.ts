// One contract for every JobScheduler backend (in-process and BullMQ): the same behaviour, proved by the same
// tests. Each backend supplies a harness: how to build an isolated scheduler and how to make a daily run due.
import type { JobContext, JobFailure, JobScheduler } from '@tesoreria/jobs';

export const MEXICO = 'America/Mexico_City';

export interface JobsHarness {
  /** A fresh scheduler, isolated from every other one (own queue prefix). */
  create(): Promise<JobScheduler>;
  /** Makes the daily run of `name` due now and lets the backend's own scheduling produce the job. */
  fireDaily(scheduler: JobScheduler, name: string): Promise<void>;
  /** Removes what the scheduler left behind (Redis keys) and stops it. */
  dispose(scheduler: JobScheduler): Promise<void>;
  /** The instant the backend considers "now" for daily schedules. */
  now(): Date;
}

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('La condición no se cumplió a tiempo');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function describeJobSchedulerContract(label: string, harness: JobsHarness): void {
  describe(`Contrato de JobScheduler: ${label}`, () => {
    let scheduler: JobScheduler;
    beforeEach(async () => {
      scheduler = await harness.create();
    });
    afterEach(async () => {
      await harness.dispose(scheduler);
    });

    it('runs an enqueued job once with its payload', async () => {
      const runs: Array<{ payload: unknown; context: JobContext }> = [];
      scheduler.define<{ importe: string }>('eco', async (payload, context) => void runs.push({ payload, context }));
      await scheduler.start();
      const { jobId } = await scheduler.enqueue('eco', { importe: '1250.50', fecha: '2025-03-10' });
      await eventually(() => runs.length === 1);
      await pause(100);
      expect(runs).toHaveLength(1);
      expect(runs[0]!.payload).toEqual({ importe: '1250.50', fecha: '2025-03-10' });
      expect(runs[0]!.context).toMatchObject({ jobId, name: 'eco', attempt: 1, scheduledAt: null, fechaEfecto: null });
    });

    it('runs a job enqueued twice with the same jobId only once', async () => {
      const runs: unknown[] = [];
      scheduler.define('aviso', async (payload) => void runs.push(payload));
      const first = await scheduler.enqueue('aviso', { n: 1 }, { jobId: 'aviso-credito-7' });
      const second = await scheduler.enqueue('aviso', { n: 2 }, { jobId: 'aviso-credito-7' });
      expect(second.jobId).toBe(first.jobId);
      await scheduler.start();
      await eventually(() => runs.length >= 1);
      await scheduler.enqueue('aviso', { n: 3 }, { jobId: 'aviso-credito-7' }); // after it completed, too
      await pause(200);
      expect(runs).toEqual([{ n: 1 }]);
    });

    it('retries a failing job and reports each failed try until it succeeds', async () => {
      const attempts: number[] = [];
      const failures: JobFailure[] = [];
      scheduler.onFailure((f) => void failures.push(f));
      scheduler.define(
        'inestable',
        async (_payload, context) => {
          attempts.push(context.attempt);
          if (context.attempt < 3) throw new Error(`falla en el intento ${context.attempt}`);
        },
        { attempts: 3, backoffMs: 20 },
      );
      await scheduler.start();
      await scheduler.enqueue('inestable', {});
      await eventually(() => attempts.length === 3);
      await pause(100);
      expect(attempts).toEqual([1, 2, 3]);
      expect(failures.map((f) => [f.attempt, f.final, f.error])).toEqual([
        [1, false, 'falla en el intento 1'],
        [2, false, 'falla en el intento 2'],
      ]);
    });

    it('reports a job that fails on every try as finally failed, in onFailure and in health', async () => {
      const failures: JobFailure[] = [];
      scheduler.onFailure((f) => void failures.push(f));
      scheduler.define('roto', async () => {
        throw new Error('el servicio externo no responde');
      }, { attempts: 2, backoffMs: 10 });
      await scheduler.start();
      const { jobId } = await scheduler.enqueue('roto', { id: 1 });
      await eventually(() => failures.some((f) => f.final));
      expect(failures.at(-1)).toMatchObject({ name: 'roto', jobId, attempt: 2, attempts: 2, final: true, error: 'el servicio externo no responde' });
      const health = await scheduler.health();
      expect(health.ok).toBe(true);
      expect(health.counts.failed).toBe(1);
      expect(health.recentFailures[0]).toMatchObject({ jobId, final: true });
    });

    it('registers a daily schedule once even when declared twice, at 06:00 Mexico City time', async () => {
      await scheduler.scheduleDaily('cierre-mensual', { hour: 6, minute: 0, tz: MEXICO }, { motivo: 'primera' });
      await scheduler.scheduleDaily('cierre-mensual', { hour: 6, minute: 0, tz: MEXICO }, { motivo: 'segunda' });
      const schedules = await scheduler.schedules();
      expect(schedules).toHaveLength(1);
      expect(schedules[0]).toMatchObject({ name: 'cierre-mensual', hour: 6, minute: 0, tz: MEXICO, pattern: '0 6 * * *' });
      // Mexico City is UTC-6 all year since 2022 (no daylight saving): 06:00 there is 12:00 UTC.
      const next = new Date(schedules[0]!.nextRunAt!);
      expect([next.getUTCHours(), next.getUTCMinutes()]).toEqual([12, 0]);
      expect(next.getTime()).toBeGreaterThan(harness.now().getTime());
      expect(next.getTime() - harness.now().getTime()).toBeLessThanOrEqual(24 * 3600 * 1000);
      expect((await scheduler.health()).schedules).toHaveLength(1);
    });

    it('fires a daily run with the latest payload and its local business date', async () => {
      const runs: Array<{ payload: unknown; context: JobContext }> = [];
      scheduler.define('vencimientos', async (payload, context) => void runs.push({ payload, context }));
      await scheduler.scheduleDaily('vencimientos', { hour: 6, minute: 30, tz: MEXICO }, { version: 1 });
      await scheduler.scheduleDaily('vencimientos', { hour: 6, minute: 30, tz: MEXICO }, { version: 2 });
      const [schedule] = await scheduler.schedules();
      await scheduler.start();
      await harness.fireDaily(scheduler, 'vencimientos');
      await eventually(() => runs.length === 1);
      await pause(100);
      expect(runs).toHaveLength(1);
      expect(runs[0]!.payload).toEqual({ version: 2 });
      expect(runs[0]!.context.scheduledAt).toBe(schedule!.nextRunAt);
      const due = new Date(schedule!.nextRunAt!);
      const expectedFecha = new Date(due.getTime() - 6 * 3600 * 1000).toISOString().slice(0, 10);
      expect(runs[0]!.context.fechaEfecto).toBe(expectedFecha);
    });

    it('reports its backend kind and a healthy state', async () => {
      await scheduler.start();
      const health = await scheduler.health();
      expect(health).toMatchObject({ kind: scheduler.kind, ok: true, running: true, detail: null });
    });
  });
}

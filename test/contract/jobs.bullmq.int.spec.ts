// The JobScheduler contract on BullMQ + Redis. Fails (never skips) without REDIS_URL. Every scheduler gets its
// own key prefix, so parallel runs never share a queue, and its keys are deleted afterwards.
import { randomBytes } from 'node:crypto';
import { BullmqJobScheduler, createJobScheduler, type JobScheduler } from '@tesoreria/jobs';
import { describeJobSchedulerContract } from '../../libs/jobs/test/jobs.contract';
import { requireRedisUrl } from '../support/postgres';

describeJobSchedulerContract('BullMQ', {
  async create() {
    return new BullmqJobScheduler({ redisUrl: requireRedisUrl(), prefix: `prueba-${randomBytes(6).toString('hex')}` });
  },
  async fireDaily(scheduler: JobScheduler, name: string) {
    // The scheduler has already produced its next run as a delayed job; promoting it runs that very job now.
    const s = scheduler as BullmqJobScheduler;
    const delayed = await s.queue.getDelayed();
    const job = delayed.find((j) => j.repeatJobKey === name);
    if (!job) throw new Error(`El programador ${name} no tiene una ejecución pendiente`);
    await s.queue.getJob(job.id!).then((j) => j!.promote());
  },
  async dispose(scheduler: JobScheduler) {
    const s = scheduler as BullmqJobScheduler;
    await s.obliterate();
    await s.stop();
  },
  now: () => new Date(),
});

describe('createJobScheduler con Redis', () => {
  it('chooses BullMQ when a Redis URL is given, and reports Redis healthy', async () => {
    const s = createJobScheduler({ redisUrl: requireRedisUrl(), prefix: `prueba-${randomBytes(6).toString('hex')}` });
    try {
      expect(s.kind).toBe('bullmq');
      expect(await s.health()).toMatchObject({ kind: 'bullmq', ok: true, running: false });
    } finally {
      await (s as BullmqJobScheduler).obliterate();
      await s.stop();
    }
  });

  it('reports an unreachable Redis as unhealthy within a bounded time instead of hanging', async () => {
    const s = new BullmqJobScheduler({ redisUrl: 'redis://127.0.0.1:1', prefix: 'inalcanzable' });
    const started = Date.now();
    const health = await s.health();
    expect(health.ok).toBe(false);
    expect(health.detail).toContain('Redis no responde');
    expect(Date.now() - started).toBeLessThan(3000);
    await s.stop();
  });
});

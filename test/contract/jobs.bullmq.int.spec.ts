// The JobScheduler contract on BullMQ + Redis. Fails (never skips) without REDIS_URL. Every scheduler gets its
// own key prefix, so parallel runs never share a queue, and its keys are deleted afterwards.
import { randomBytes } from 'node:crypto';
import { BullmqJobScheduler, type JobScheduler } from '@tesoreria/jobs';
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

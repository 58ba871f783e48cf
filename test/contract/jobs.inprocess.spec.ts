// The JobScheduler contract on the in-process backend, with a fixed wall clock driven by runDue.
import { createJobScheduler, InProcessJobScheduler, type JobScheduler } from '@tesoreria/jobs';
import { describeJobSchedulerContract } from '../../libs/jobs/test/jobs.contract';

// 04:00 in Mexico City on Monday 10 March 2025.
const NOW = new Date('2025-03-10T10:00:00.000Z');

describeJobSchedulerContract('en proceso', {
  async create() {
    return new InProcessJobScheduler({ clock: () => NOW });
  },
  async fireDaily(scheduler: JobScheduler, name: string) {
    const s = scheduler as InProcessJobScheduler;
    const schedule = (await s.schedules()).find((x) => x.name === name)!;
    s.runDue(new Date(schedule.nextRunAt!));
  },
  async dispose(scheduler: JobScheduler) {
    await scheduler.stop();
  },
  now: () => NOW,
});

describe('createJobScheduler sin Redis', () => {
  it('chooses the in-process backend when no REDIS_URL is given', async () => {
    const s = createJobScheduler({ redisUrl: undefined });
    expect(s.kind).toBe('in-process');
    expect(s).toBeInstanceOf(InProcessJobScheduler);
    await s.stop();
  });
});

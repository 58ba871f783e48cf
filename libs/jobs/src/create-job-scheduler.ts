// BullMQ when a Redis URL is configured (several workers, jobs survive restarts), in-process timers otherwise.
import { BullmqJobScheduler } from './bullmq-job-scheduler';
import { InProcessJobScheduler } from './in-process-job-scheduler';
import type { JobScheduler } from './job-scheduler';

export interface CreateJobSchedulerOptions {
  readonly redisUrl?: string | null;
  readonly prefix?: string;
  readonly queueName?: string;
  readonly concurrency?: number;
  /** In-process only: the wall clock for daily schedules. */
  readonly clock?: () => Date;
}

export function createJobScheduler(options: CreateJobSchedulerOptions = {}): JobScheduler {
  if (options.redisUrl) {
    return new BullmqJobScheduler({
      redisUrl: options.redisUrl,
      prefix: options.prefix,
      queueName: options.queueName,
      concurrency: options.concurrency,
    });
  }
  return new InProcessJobScheduler({ clock: options.clock, concurrency: options.concurrency });
}

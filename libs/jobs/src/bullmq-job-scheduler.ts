// Jobs on BullMQ + Redis: one queue for every job name (the worker dispatches on job.name), daily runs as BullMQ
// job schedulers (upsertJobScheduler: declaring one twice updates it, never duplicates it), retries with
// exponential backoff, completed and failed jobs kept 30 days so a jobId deduplicates for that long.
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { cronPattern, localDate, parseDailyPattern, validateDailySchedule } from './daily-schedule';
import { errorText, RETENTION_SECONDS, type DailySchedule, type EnqueueOptions, type JobContext, type JobScheduler, type JobsHealth, type ScheduledJobInfo } from './job-scheduler';
import { noHandler, SchedulerBase } from './scheduler-base';

export interface BullmqJobSchedulerOptions {
  readonly redisUrl: string;
  /** Redis key prefix; tests use a unique one per run so parallel runs never meet. Default 'tesoreria'. */
  readonly prefix?: string;
  /** Default 'trabajos'. */
  readonly queueName?: string;
  /** Jobs run at the same time by this process's worker. Default 4. */
  readonly concurrency?: number;
}

const keep = { age: RETENTION_SECONDS };

export class BullmqJobScheduler extends SchedulerBase implements JobScheduler {
  readonly kind = 'bullmq' as const;
  readonly queue: Queue;
  readonly prefix: string;
  readonly queueName: string;
  private readonly connection: Redis;
  private readonly concurrency: number;
  private worker: Worker | null = null;
  private closed = false;

  constructor(options: BullmqJobSchedulerOptions) {
    super();
    this.prefix = options.prefix ?? 'tesoreria';
    this.queueName = options.queueName ?? 'trabajos';
    this.concurrency = options.concurrency ?? 4;
    // BullMQ's blocking commands need maxRetriesPerRequest null on the connection the worker uses.
    this.connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    this.queue = new Queue(this.queueName, { connection: this.connection, prefix: this.prefix });
  }

  async enqueue<P>(name: string, payload: P, options: EnqueueOptions = {}): Promise<{ jobId: string }> {
    const job = await this.queue.add(name, payload ?? {}, {
      ...this.jobOptions(name),
      jobId: options.jobId,
      delay: options.delayMs,
    });
    return { jobId: String(job.id) };
  }

  async scheduleDaily<P>(name: string, schedule: DailySchedule, payload?: P): Promise<void> {
    validateDailySchedule(schedule);
    await this.queue.upsertJobScheduler(
      name,
      { pattern: cronPattern(schedule), tz: schedule.tz },
      { name, data: payload ?? {}, opts: this.jobOptions(name) },
    );
  }

  async schedules(): Promise<ScheduledJobInfo[]> {
    const all = await this.queue.getJobSchedulers();
    return all.flatMap((s): ScheduledJobInfo[] => {
      const parsed = s.pattern ? parseDailyPattern(s.pattern) : null;
      if (!parsed || !s.tz) return [];
      return [
        {
          name: s.key,
          hour: parsed.hour,
          minute: parsed.minute,
          tz: s.tz,
          pattern: s.pattern!,
          nextRunAt: s.next ? new Date(s.next).toISOString() : null,
        },
      ];
    });
  }

  async start(): Promise<void> {
    if (this.worker) return;
    const worker = new Worker(this.queueName, (job) => this.process(job), {
      connection: this.connection,
      prefix: this.prefix,
      concurrency: this.concurrency,
    });
    worker.on('failed', (job, error) => {
      if (!job) return;
      const attempts = job.opts.attempts ?? 1;
      this.report({
        name: job.name,
        jobId: String(job.id),
        attempt: job.attemptsMade,
        attempts,
        error: errorText(error),
        final: job.attemptsMade >= attempts,
        at: new Date().toISOString(),
      });
    });
    // Connection errors are retried by ioredis; health() reports them. Without a listener they would crash.
    worker.on('error', () => undefined);
    this.worker = worker;
    await worker.waitUntilReady();
  }

  async stop(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // With Redis unreachable, close() and quit() would wait for a reconnect forever: drop the connection first.
    const reachable = this.connection.status === 'ready';
    if (!reachable) this.connection.disconnect();
    await this.worker?.close(!reachable);
    this.worker = null;
    await this.queue.close().catch(() => undefined);
    if (reachable) await this.connection.quit().catch(() => undefined);
  }

  async health(): Promise<JobsHealth> {
    try {
      // Commands wait for a reconnect forever (maxRetriesPerRequest null): bound the probe so /salud answers.
      await Promise.race([
        this.connection.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('sin respuesta en 1 s')), 1000).unref()),
      ]);
      const c = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
      return {
        kind: this.kind,
        ok: true,
        running: this.worker !== null,
        detail: null,
        counts: { waiting: c.waiting ?? 0, active: c.active ?? 0, delayed: c.delayed ?? 0, completed: c.completed ?? 0, failed: c.failed ?? 0 },
        schedules: await this.schedules(),
        recentFailures: [...this.failures],
      };
    } catch (error) {
      return {
        kind: this.kind,
        ok: false,
        running: this.worker !== null,
        detail: `Redis no responde: ${errorText(error)}`,
        counts: { waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0 },
        schedules: [],
        recentFailures: [...this.failures],
      };
    }
  }

  /** Deletes the queue and its schedulers from Redis (tests clean up their unique prefix with it). */
  async obliterate(): Promise<void> {
    for (const s of await this.queue.getJobSchedulers()) await this.queue.removeJobScheduler(s.key);
    await this.queue.obliterate({ force: true });
  }

  private jobOptions(name: string) {
    const { attempts, backoffMs } = this.policyOf(name);
    return {
      attempts,
      backoff: { type: 'exponential' as const, delay: backoffMs },
      removeOnComplete: keep,
      removeOnFail: keep,
    };
  }

  private async process(job: Job): Promise<void> {
    const def = this.definitions.get(job.name);
    if (!def) throw noHandler(job.name);
    // Jobs made by a scheduler carry the instant they were due (prevMillis) and the schedule's zone.
    const due = job.repeatJobKey ? job.opts.prevMillis : undefined;
    const tz = job.opts.repeat?.tz;
    const context: JobContext = {
      jobId: String(job.id),
      name: job.name,
      attempt: job.attemptsMade + 1,
      scheduledAt: due ? new Date(due).toISOString() : null,
      fechaEfecto: due && tz ? localDate(new Date(due), tz) : null,
    };
    await def.handler(job.data, context);
  }
}

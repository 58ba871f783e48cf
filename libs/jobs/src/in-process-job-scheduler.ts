// Jobs in this process, on timers: for one machine without Redis (`npm start` on PGlite). Daily runs are computed
// from the wall clock; runDue(now) lets tests (and a catch-up at start) drive time. A run missed while the
// process was down happens once at the next start, not once per missed day (BullMQ behaves the same way).
import { randomUUID } from 'node:crypto';
import { cronPattern, localDate, nextDailyRun, validateDailySchedule } from './daily-schedule';
import { errorText, RETENTION_SECONDS, type DailySchedule, type EnqueueOptions, type JobContext, type JobScheduler, type JobsHealth, type ScheduledJobInfo } from './job-scheduler';
import { noHandler, SchedulerBase } from './scheduler-base';

export interface InProcessJobSchedulerOptions {
  /** The wall clock for daily schedules; tests inject a fixed one and call runDue. Default: () => new Date(). */
  readonly clock?: () => Date;
  /** How often the timer looks at the clock at most (it also wakes at the next due run). Default 60 s. */
  readonly tickMs?: number;
  /** Jobs run at the same time. Default 1. */
  readonly concurrency?: number;
}

interface PendingJob {
  readonly id: string;
  readonly name: string;
  readonly payload: unknown;
  readonly attempts: number;
  readonly backoffMs: number;
  readonly scheduledAt: string | null;
  readonly fechaEfecto: string | null;
  attempt: number;
  notBefore: number;
}

interface Daily {
  readonly name: string;
  readonly schedule: DailySchedule;
  readonly payload: unknown;
  nextRunAt: Date;
}

type JobStatus = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';

const toJson = (v: unknown): unknown => (v === undefined ? {} : JSON.parse(JSON.stringify(v)));

export class InProcessJobScheduler extends SchedulerBase implements JobScheduler {
  readonly kind = 'in-process' as const;
  private readonly clock: () => Date;
  private readonly tickMs: number;
  private readonly concurrency: number;
  private readonly queue: PendingJob[] = [];
  /** Every job id seen, with when it was seen, for deduplication during the retention window. */
  private readonly seen = new Map<string, { status: JobStatus; at: number }>();
  private readonly dailies = new Map<string, Daily>();
  private readonly running = new Set<Promise<void>>();
  private readonly idleWaiters: Array<() => void> = [];
  private started = false;
  private pumpTimer: NodeJS.Timeout | null = null;
  private clockTimer: NodeJS.Timeout | null = null;

  constructor(options: InProcessJobSchedulerOptions = {}) {
    super();
    this.clock = options.clock ?? (() => new Date());
    this.tickMs = options.tickMs ?? 60_000;
    this.concurrency = options.concurrency ?? 1;
  }

  async enqueue<P>(name: string, payload: P, options: EnqueueOptions = {}): Promise<{ jobId: string }> {
    return { jobId: this.add(name, payload, options.jobId, options.delayMs ?? 0, null) };
  }

  async scheduleDaily<P>(name: string, schedule: DailySchedule, payload?: P): Promise<void> {
    validateDailySchedule(schedule);
    const existing = this.dailies.get(name);
    const same =
      existing &&
      existing.schedule.hour === schedule.hour &&
      existing.schedule.minute === schedule.minute &&
      existing.schedule.tz === schedule.tz;
    this.dailies.set(name, {
      name,
      schedule: { hour: schedule.hour, minute: schedule.minute, tz: schedule.tz },
      payload: toJson(payload),
      nextRunAt: same ? existing.nextRunAt : nextDailyRun(schedule, this.clock()),
    });
    if (this.started) this.armClock();
  }

  async schedules(): Promise<ScheduledJobInfo[]> {
    return [...this.dailies.values()].map((d) => ({
      name: d.name,
      ...d.schedule,
      pattern: cronPattern(d.schedule),
      nextRunAt: d.nextRunAt.toISOString(),
    }));
  }

  /**
   * Enqueues every daily run due at `now` (once per schedule and local day, whatever the number of calls) and
   * moves each schedule to its next run. Returns the ids enqueued.
   */
  runDue(now: Date = this.clock()): string[] {
    const ids: string[] = [];
    for (const d of this.dailies.values()) {
      if (d.nextRunAt.getTime() > now.getTime()) continue;
      const fecha = localDate(d.nextRunAt, d.schedule.tz);
      const scheduledAt = d.nextRunAt.toISOString();
      ids.push(this.add(d.name, d.payload, `${d.name}:${fecha}`, 0, { scheduledAt, fechaEfecto: fecha }));
      d.nextRunAt = nextDailyRun(d.schedule, now);
    }
    return ids;
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.runDue();
    this.armClock();
    this.pump();
  }

  async stop(): Promise<void> {
    this.started = false;
    if (this.pumpTimer) clearTimeout(this.pumpTimer);
    if (this.clockTimer) clearTimeout(this.clockTimer);
    this.pumpTimer = this.clockTimer = null;
    await Promise.all([...this.running]);
  }

  /** Resolves when no job is waiting, retrying or running (tests). */
  drain(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async health(): Promise<JobsHealth> {
    const now = Date.now();
    let waiting = 0;
    let delayed = 0;
    for (const j of this.queue) (j.notBefore > now ? delayed++ : waiting++);
    let completed = 0;
    let failed = 0;
    for (const s of this.seen.values()) {
      if (s.status === 'completed') completed++;
      if (s.status === 'failed') failed++;
    }
    return {
      kind: this.kind,
      ok: true,
      running: this.started,
      detail: null,
      counts: { waiting, active: this.running.size, delayed, completed, failed },
      schedules: await this.schedules(),
      recentFailures: [...this.failures],
    };
  }

  private add(
    name: string,
    payload: unknown,
    jobId: string | undefined,
    delayMs: number,
    daily: { scheduledAt: string; fechaEfecto: string } | null,
  ): string {
    this.forgetExpired();
    const id = jobId ?? randomUUID();
    if (this.seen.has(id)) return id;
    const { attempts, backoffMs } = this.policyOf(name);
    this.seen.set(id, { status: delayMs > 0 ? 'delayed' : 'waiting', at: Date.now() });
    this.queue.push({
      id,
      name,
      payload: toJson(payload),
      attempts,
      backoffMs,
      scheduledAt: daily?.scheduledAt ?? null,
      fechaEfecto: daily?.fechaEfecto ?? null,
      attempt: 0,
      notBefore: Date.now() + delayMs,
    });
    this.pump();
    return id;
  }

  private pump(): void {
    if (!this.started) return;
    if (this.pumpTimer) {
      clearTimeout(this.pumpTimer);
      this.pumpTimer = null;
    }
    const now = Date.now();
    while (this.running.size < this.concurrency) {
      const index = this.queue.findIndex((j) => j.notBefore <= now);
      if (index < 0) break;
      const [job] = this.queue.splice(index, 1);
      const run: Promise<void> = this.run(job!).finally(() => {
        this.running.delete(run);
        this.pump();
        if (this.isIdle()) this.idleWaiters.splice(0).forEach((resolve) => resolve());
      });
      this.running.add(run);
    }
    const next = Math.min(...this.queue.map((j) => j.notBefore));
    if (Number.isFinite(next)) this.pumpTimer = setTimeout(() => this.pump(), Math.max(0, next - Date.now()));
  }

  private async run(job: PendingJob): Promise<void> {
    job.attempt += 1;
    this.seen.set(job.id, { status: 'active', at: this.seen.get(job.id)?.at ?? Date.now() });
    const def = this.definitions.get(job.name);
    const context: JobContext = {
      jobId: job.id,
      name: job.name,
      attempt: job.attempt,
      scheduledAt: job.scheduledAt,
      fechaEfecto: job.fechaEfecto,
    };
    try {
      if (!def) throw noHandler(job.name);
      await def.handler(job.payload, context);
      this.seen.set(job.id, { status: 'completed', at: this.seen.get(job.id)!.at });
    } catch (error) {
      const final = job.attempt >= job.attempts;
      this.report({
        name: job.name,
        jobId: job.id,
        attempt: job.attempt,
        attempts: job.attempts,
        error: errorText(error),
        final,
        at: new Date().toISOString(),
      });
      if (final) {
        this.seen.set(job.id, { status: 'failed', at: this.seen.get(job.id)!.at });
      } else {
        job.notBefore = Date.now() + job.backoffMs * 2 ** (job.attempt - 1);
        this.seen.set(job.id, { status: 'delayed', at: this.seen.get(job.id)!.at });
        this.queue.push(job);
      }
    }
  }

  private armClock(): void {
    if (this.clockTimer) clearTimeout(this.clockTimer);
    const now = this.clock().getTime();
    const next = Math.min(...[...this.dailies.values()].map((d) => d.nextRunAt.getTime()));
    const wait = Number.isFinite(next) ? Math.min(Math.max(0, next - now), this.tickMs) : this.tickMs;
    this.clockTimer = setTimeout(() => {
      this.runDue();
      if (this.started) this.armClock();
    }, wait);
  }

  private isIdle(): boolean {
    return this.queue.length === 0 && this.running.size === 0;
  }

  private forgetExpired(): void {
    const limit = Date.now() - RETENTION_SECONDS * 1000;
    for (const [id, s] of this.seen) {
      if (s.at >= limit) break; // insertion order: the rest are newer
      if (s.status === 'completed' || s.status === 'failed') this.seen.delete(id);
    }
  }
}

// One interface for scheduled and background work, with two backends: BullMQ on Redis (several processes,
// persistent) and in-process timers (one machine, nothing to install). Payloads must survive JSON: amounts travel
// as strings, dates as 'YYYY-MM-DD'.

export interface JobContext {
  readonly jobId: string;
  readonly name: string;
  /** 1 on the first try, 2 on the first retry... */
  readonly attempt: number;
  /** Daily runs only: the instant the run was due (ISO-8601). */
  readonly scheduledAt: string | null;
  /** Daily runs only: the local date of the run in the schedule's time zone (YYYY-MM-DD): the legal date (fechaEfecto) of what it does. */
  readonly fechaEfecto: string | null;
}

export type JobHandler<P = unknown> = (payload: P, context: JobContext) => Promise<void>;

export interface JobDefinitionOptions {
  /** Tries in total before the job is reported as failed. Default 3. */
  readonly attempts?: number;
  /** Delay before the first retry; it doubles on each further retry. Default 1000 ms. */
  readonly backoffMs?: number;
}

export interface EnqueueOptions {
  /** A second enqueue with the same id does nothing while the first is kept (30 days): at-most-once per id. */
  readonly jobId?: string;
  readonly delayMs?: number;
}

export interface DailySchedule {
  readonly hour: number;
  readonly minute: number;
  /** IANA zone, e.g. 'America/Mexico_City'. */
  readonly tz: string;
}

export interface ScheduledJobInfo extends DailySchedule {
  readonly name: string;
  /** Cron pattern `m h * * *` as registered. */
  readonly pattern: string;
  /** Next due instant (ISO-8601), when known. */
  readonly nextRunAt: string | null;
}

export interface JobFailure {
  readonly name: string;
  readonly jobId: string;
  readonly attempt: number;
  readonly attempts: number;
  readonly error: string;
  /** True when no retry is left: the job is failed for good and needs a person. */
  readonly final: boolean;
  readonly at: string;
}

export interface JobCounts {
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly completed: number;
  readonly failed: number;
}

export interface JobsHealth {
  readonly kind: JobScheduler['kind'];
  readonly ok: boolean;
  readonly running: boolean;
  readonly detail: string | null;
  readonly counts: JobCounts;
  readonly schedules: ScheduledJobInfo[];
  /** The last failures seen by this process, newest first (at most 20). */
  readonly recentFailures: JobFailure[];
}

export interface JobScheduler {
  readonly kind: 'bullmq' | 'in-process';
  /** The handler for jobs of this name, in the process that runs them (the worker). */
  define<P>(name: string, handler: JobHandler<P>, options?: JobDefinitionOptions): void;
  enqueue<P>(name: string, payload: P, options?: EnqueueOptions): Promise<{ readonly jobId: string }>;
  /** Upserts a daily run of `name` at hour:minute in tz; declaring it again replaces it, never duplicates it. */
  scheduleDaily<P>(name: string, schedule: DailySchedule, payload?: P): Promise<void>;
  schedules(): Promise<ScheduledJobInfo[]>;
  /** Called on every failed try (final or not). */
  onFailure(listener: (failure: JobFailure) => void): void;
  /** Starts running jobs in this process. */
  start(): Promise<void>;
  /** Waits for running jobs and releases timers and connections. */
  stop(): Promise<void>;
  health(): Promise<JobsHealth>;
}

export const RETENTION_SECONDS = 30 * 24 * 3600;
export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 1000;

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

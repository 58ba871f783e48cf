// What both schedulers keep the same way: the handler and retry policy defined for each job name, and the failures
// reported to listeners (the last 20 kept for /salud). Each backend only decides how jobs are queued and run.
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS, type JobDefinitionOptions, type JobFailure, type JobHandler } from './job-scheduler';

export interface JobDefinition {
  readonly handler: JobHandler<unknown>;
  readonly attempts: number;
  readonly backoffMs: number;
}

export abstract class SchedulerBase {
  protected readonly definitions = new Map<string, JobDefinition>();
  protected readonly failures: JobFailure[] = [];
  private readonly listeners: Array<(f: JobFailure) => void> = [];

  define<P>(name: string, handler: JobHandler<P>, options: JobDefinitionOptions = {}): void {
    this.definitions.set(name, {
      handler: handler as JobHandler<unknown>,
      attempts: options.attempts ?? DEFAULT_ATTEMPTS,
      backoffMs: options.backoffMs ?? DEFAULT_BACKOFF_MS,
    });
  }

  onFailure(listener: (failure: JobFailure) => void): void {
    this.listeners.push(listener);
  }

  /** The retry policy of a name, the defaults for a name nobody defined (its run fails and says so). */
  protected policyOf(name: string): { readonly attempts: number; readonly backoffMs: number } {
    const def = this.definitions.get(name);
    return { attempts: def?.attempts ?? DEFAULT_ATTEMPTS, backoffMs: def?.backoffMs ?? DEFAULT_BACKOFF_MS };
  }

  protected report(failure: JobFailure): void {
    this.failures.unshift(failure);
    this.failures.length = Math.min(this.failures.length, 20);
    for (const listener of this.listeners) {
      try {
        listener(failure);
      } catch {
        // A broken listener must not turn a reported failure into a lost one; the failure is kept above.
      }
    }
  }
}

export const noHandler = (name: string) => new Error(`No hay un manejador definido para el trabajo "${name}"`);

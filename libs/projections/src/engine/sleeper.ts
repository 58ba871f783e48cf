// A sleep that can be cut short: a runner idles between polls, and an append (notify) or stop wakes it at once.
export class Sleeper {
  private wakeCurrent: (() => void) | null = null;
  private pendingWake = false;

  sleep(ms: number): Promise<void> {
    if (this.pendingWake) {
      this.pendingWake = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeCurrent = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeCurrent = done;
    });
  }

  /** Ends the current sleep, or makes the next one return at once (a wake during work is not lost). */
  wake(): void {
    if (this.wakeCurrent) this.wakeCurrent();
    else this.pendingWake = true;
  }
}

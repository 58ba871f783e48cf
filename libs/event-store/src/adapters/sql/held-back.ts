// Why readers may be behind the last append: the appends of this store still open (event_store_held_back in
// migration 0002). A healthy store shows none for more than a moment; one open for long (a forgotten psql
// session, a prepared transaction nobody resolved) stops every projection until it ends, since skipping it
// would lose its events.

export interface HeldBack {
  /** The last position readers may pass now. */
  readonly horizon: number;
  /** Committed events above the horizon: what readers cannot see yet. */
  readonly heldEvents: number;
  /** Appends of this store still open, prepared ones included. */
  readonly inFlight: number;
  /** Of those, prepared transactions (PREPARE TRANSACTION): they last until someone commits or rolls them back. */
  readonly prepared: number;
  /** How long the oldest open append has been open, in seconds (null when none). */
  readonly oldestSeconds: number | null;
}

export interface HeldBackRow {
  horizon: string | number;
  held_events: string | number;
  in_flight: number;
  prepared: number;
  oldest_seconds: number | null;
}

export function heldBackOf(r: HeldBackRow): HeldBack {
  return {
    horizon: Number(r.horizon),
    heldEvents: Number(r.held_events),
    inFlight: Number(r.in_flight),
    prepared: Number(r.prepared),
    oldestSeconds: r.oldest_seconds === null ? null : Math.round(Number(r.oldest_seconds) * 10) / 10,
  };
}

export interface HeldBackWatch {
  /** Warn once the oldest open append has been open this long. */
  readonly warnAfterSeconds: number;
  /** How often to look (default: half of warnAfterSeconds, at least one second). */
  readonly intervalMs?: number;
  readonly warn: (message: string) => void;
}

/** Looks periodically and warns (at most once per warnAfterSeconds) while an append stays open too long. */
export function watchHeldBack(source: { heldBack(): Promise<HeldBack> }, watch: HeldBackWatch): () => void {
  const intervalMs = watch.intervalMs ?? Math.max(1000, (watch.warnAfterSeconds * 1000) / 2);
  let lastWarned = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    source
      .heldBack()
      .then((h) => {
        if (h.oldestSeconds === null || h.oldestSeconds < watch.warnAfterSeconds) return;
        if (Date.now() - lastWarned < watch.warnAfterSeconds * 1000) return;
        lastWarned = Date.now();
        watch.warn(
          `El registro de eventos está retenido: un anexo lleva ${h.oldestSeconds} s abierto (${h.inFlight} abiertos, ${h.prepared} preparados) ` +
            `y ${h.heldEvents} eventos confirmados esperan detrás de él. Termine o revierta esa transacción; las proyecciones no avanzan mientras siga abierta.`,
        );
      })
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

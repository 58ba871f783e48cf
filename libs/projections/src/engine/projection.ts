// A projection folds events of the global log into read-model rows. It is a pure function of the events it
// handles: the engine may replay it from zero at any time (rebuild, version change) and must get the same rows.
import type { RecordedEvent, SqlClient } from '@tesoreria/event-store';

export interface Projection {
  /** Stable name; it keys the checkpoint, the advisory lock and the incidents. */
  readonly name: string;
  /** Bump it whenever apply or schema change: the engine then drops the tables and replays from zero. */
  readonly version: number;
  /** DDL that creates the projection's tables; run on an empty slate (after the tables were dropped). */
  readonly schema: string;
  /** Every table the schema creates and apply writes; truncated on rebuild, dropped on a version change. */
  readonly tables: readonly string[];
  /** Event types passed to apply; the checkpoint still advances over the others. */
  readonly handles: readonly string[];
  /**
   * Writes the rows for these events (already filtered by `handles`, in log order) inside the engine's
   * transaction. Applying a batch must equal applying its events one by one: the engine re-applies a failed
   * batch event by event to find the event that fails. Throwing rolls the whole batch back. Read and write only
   * through `tx` (never the event store or another connection: on PGlite that would wait on this transaction).
   */
  apply(tx: SqlClient, events: readonly RecordedEvent[]): Promise<void>;
}

const NAME = /^[a-z][a-z0-9_-]{0,62}$/;
const TABLE = /^[a-z_][a-z0-9_]{0,62}(\.[a-z_][a-z0-9_]{0,62})?$/;

/** Checks a projection's declaration once, so a typo fails at start-up instead of in the middle of a replay. */
export function defineProjection(projection: Projection): Projection {
  if (!NAME.test(projection.name)) {
    throw new Error(`Nombre de proyección inválido: "${projection.name}" (minúsculas, dígitos, _ o -)`);
  }
  if (!Number.isInteger(projection.version) || projection.version < 1) {
    throw new Error(`La proyección ${projection.name} necesita una versión entera ≥ 1`);
  }
  if (projection.tables.length === 0) throw new Error(`La proyección ${projection.name} no declara tablas`);
  for (const t of projection.tables) {
    if (!TABLE.test(t)) throw new Error(`Tabla inválida en la proyección ${projection.name}: "${t}"`);
  }
  if (projection.handles.length === 0) throw new Error(`La proyección ${projection.name} no maneja ningún tipo de evento`);
  return projection;
}

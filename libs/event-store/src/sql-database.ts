// A minimal SQL port shared by the PGlite and PostgreSQL adapters, the projection engine and read models.
// Read models and checkpoints live in it in every mode (in the EventStoreDB mode, in PostgreSQL).

export interface SqlResult<T> {
  readonly rows: T[];
  readonly affectedRows?: number;
}

export interface SqlClient {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<SqlResult<T>>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlDatabase extends SqlClient {
  readonly dialect: 'pglite' | 'postgresql';
  /** Runs fn inside one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  /**
   * Takes a session-level advisory lock without waiting; resolves to its release function, or null when
   * another session (another process) holds it. Used so that only one instance of a projection runs.
   */
  tryAdvisoryLock(name: string): Promise<(() => Promise<void>) | null>;
  close(): Promise<void>;
}

/** A statement failed inside the transaction and fn went on: COMMIT rolled it back, so nothing was written. */
export class TransactionRolledBackError extends Error {
  constructor() {
    super('La transacción se revirtió al confirmarla: una instrucción anterior falló dentro de ella y nada quedó escrito');
    this.name = 'TransactionRolledBackError';
  }
}

/**
 * PostgreSQL answers COMMIT of an aborted transaction with the tag ROLLBACK and no error; taken as success,
 * the caller would report writes that never happened.
 */
export function assertCommitted(commandTag: string | null | undefined): void {
  if (commandTag === 'ROLLBACK') throw new TransactionRolledBackError();
}

// What the read-model specs share: a credit's life through the decider (the pure domain, tables of
// test/support/entorno-de-credito.ts), its events recorded as the store would (global positions, revisions, who),
// a database of either dialect, the projection applied live (one transaction per event) or rebuilt from zero
// (one batch), and every row of its tables to compare.
import type { ComandoDeCredito, EventoDeCredito } from '@tesoreria/domain';
import { PgliteDatabase, type RecordedEvent, type SqlDatabase } from '@tesoreria/event-store';
import type { Projection } from '@tesoreria/projections';
import { decider } from '../../../test/support/credito-de-prueba';
import { createTemporaryDatabase } from '../../../test/support/postgres';

export type Paso = readonly [ComandoDeCredito['type'], Record<string, unknown>];

/** Runs the commands through the decider, each on the state folded so far, and returns every event decided. */
export function vida(creditoId: string, pasos: readonly Paso[], previos: readonly EventoDeCredito[] = []): EventoDeCredito[] {
  const eventos = [...previos];
  for (const [type, data] of pasos) {
    const estado = eventos.reduce(decider.evolve, decider.estadoInicial());
    eventos.push(...decider.decide({ type, data: { creditoId, ...data } } as ComandoDeCredito, estado));
  }
  return eventos.slice(previos.length);
}

/** The global log as the store would hand it to a projection. */
export class Bitacora {
  readonly eventos: RecordedEvent[] = [];
  private readonly revisiones = new Map<string, number>();

  registrar(creditoId: string, eventos: readonly EventoDeCredito[], actor = { userId: 'cobranza-1', role: 'cobranza' }): this {
    const flujo = `credito-${creditoId}`;
    for (const e of eventos) {
      const revision = this.revisiones.get(flujo) ?? 0;
      this.revisiones.set(flujo, revision + 1);
      const position = this.eventos.length + 1;
      this.eventos.push({
        eventId: `${flujo}-${revision}`, streamId: flujo, revision, position, type: e.type, data: e.data as unknown as Record<string, unknown>,
        metadata: { actor, correlationId: `c-${position}`, registradoEn: `2026-01-01T00:00:${String(position % 60).padStart(2, '0')}.000Z`, fechaEfecto: '2026-01-01', schemaVersion: 1 },
      });
    }
    return this;
  }
}

export type Dialecto = 'pglite' | 'postgresql';
export const DIALECTOS: readonly Dialecto[] = ['pglite', 'postgresql'];

export async function abrirBase(dialecto: Dialecto): Promise<{ db: SqlDatabase; cerrar: () => Promise<void> }> {
  if (dialecto === 'pglite') {
    const db = await PgliteDatabase.open();
    return { db, cerrar: () => db.close() };
  }
  const temporal = await createTemporaryDatabase('creditos');
  return { db: temporal.open(4), cerrar: () => temporal.drop() };
}

export async function crearTablas(db: SqlDatabase, p: Projection): Promise<void> {
  for (const t of p.tables) await db.exec(`DROP TABLE IF EXISTS ${t} CASCADE`);
  await db.exec(p.schema);
}

const suyos = (p: Projection, eventos: readonly RecordedEvent[]) => eventos.filter((e) => p.handles.includes(e.type));

/** As the daemon follows the log: one transaction per event. */
export async function aplicarEnVivo(db: SqlDatabase, p: Projection, eventos: readonly RecordedEvent[]): Promise<void> {
  for (const e of suyos(p, eventos)) await db.transaction((tx) => p.apply(tx, [e]));
}

/** As a rebuild: empty tables, then the whole log in one batch. */
export async function reconstruir(db: SqlDatabase, p: Projection, eventos: readonly RecordedEvent[]): Promise<void> {
  await db.exec(`TRUNCATE TABLE ${p.tables.join(', ')}`);
  await db.transaction((tx) => p.apply(tx, suyos(p, eventos)));
}

/** Every row of every table of the projection, as JSON text in a stable order. */
export async function volcar(db: SqlDatabase, p: Projection): Promise<Record<string, string[]>> {
  const tablas: Record<string, string[]> = {};
  for (const t of p.tables) {
    const r = await db.query<{ fila: string }>(`SELECT row_to_json(x)::text AS fila FROM ${t} x ORDER BY 1`);
    tablas[t] = r.rows.map((f) => f.fila);
  }
  return tablas;
}

/** Live rows, then a rebuild from zero: the spec asserts both are the same. */
export async function enVivoYReconstruida(db: SqlDatabase, p: Projection, eventos: readonly RecordedEvent[]) {
  await crearTablas(db, p);
  await aplicarEnVivo(db, p, eventos);
  const enVivo = await volcar(db, p);
  await reconstruir(db, p, eventos);
  return { enVivo, reconstruida: await volcar(db, p) };
}

/**
 * Inside a `describe`: opens a database of the dialect, applies the projection live and checks that a rebuild from
 * zero leaves the same rows, with `filas` rows per table. The returned object holds the database once ready.
 */
export function proyeccionSobreBase(dialecto: Dialecto, p: Projection, eventos: readonly RecordedEvent[], filas: Record<string, number>): { readonly db: SqlDatabase } {
  const contexto = {} as { db: SqlDatabase };
  let cerrar = async () => undefined as void;
  let resultado: Awaited<ReturnType<typeof enVivoYReconstruida>>;
  beforeAll(async () => {
    ({ db: contexto.db, cerrar } = await abrirBase(dialecto));
    resultado = await enVivoYReconstruida(contexto.db, p, eventos);
  });
  afterAll(() => cerrar());
  it('reconstruida desde cero deja las mismas filas que en vivo', () => {
    expect(resultado.reconstruida).toEqual(resultado.enVivo);
    expect(Object.fromEntries(Object.entries(resultado.enVivo).map(([t, f]) => [t, f.length]))).toEqual(filas);
  });
  return contexto;
}

// A failing projection is a recorded anomaly, never a silent skip or a clamped value: a row in
// projection_incidents names the event, its position and the error, and stays open until the projection
// moves past that position (after a fix) or is rebuilt.
import type { SqlClient } from '@tesoreria/event-store';

export interface NewIncident {
  readonly projection: string;
  readonly version: number;
  readonly position: number | null;
  readonly eventId: string | null;
  readonly eventType: string | null;
  readonly streamId: string | null;
  readonly error: string;
}

export interface ProjectionIncident extends NewIncident {
  readonly id: number;
  readonly occurredAt: string;
  readonly resolvedAt: string | null;
}

interface IncidentRow {
  id: string | number;
  projection: string;
  version: number;
  position: string | number | null;
  event_id: string | null;
  event_type: string | null;
  stream_id: string | null;
  error: string;
  occurred_at: string;
  resolved_at: string | null;
}

const COLUMNS = `id, projection, version, position, event_id, event_type, stream_id, error,
  to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at,
  to_char(resolved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS resolved_at`;

const toIncident = (r: IncidentRow): ProjectionIncident => ({
  id: Number(r.id),
  projection: r.projection,
  version: Number(r.version),
  position: r.position === null ? null : Number(r.position),
  eventId: r.event_id,
  eventType: r.event_type,
  streamId: r.stream_id,
  error: r.error,
  occurredAt: r.occurred_at,
  resolvedAt: r.resolved_at,
});

export async function recordIncident(c: SqlClient, i: NewIncident): Promise<ProjectionIncident> {
  const r = await c.query<IncidentRow>(
    `INSERT INTO projection_incidents (projection, version, position, event_id, event_type, stream_id, error)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
    [i.projection, i.version, i.position, i.eventId, i.eventType, i.streamId, i.error],
  );
  return toIncident(r.rows[0]!);
}

/** Open incidents, newest first; of every projection when `projection` is omitted. */
export async function openIncidents(c: SqlClient, projection?: string): Promise<ProjectionIncident[]> {
  const r = projection
    ? await c.query<IncidentRow>(
        `SELECT ${COLUMNS} FROM projection_incidents WHERE resolved_at IS NULL AND projection = $1 ORDER BY id DESC`,
        [projection],
      )
    : await c.query<IncidentRow>(`SELECT ${COLUMNS} FROM projection_incidents WHERE resolved_at IS NULL ORDER BY id DESC`);
  return r.rows.map(toIncident);
}

export async function listIncidents(c: SqlClient, projection: string): Promise<ProjectionIncident[]> {
  const r = await c.query<IncidentRow>(`SELECT ${COLUMNS} FROM projection_incidents WHERE projection = $1 ORDER BY id`, [projection]);
  return r.rows.map(toIncident);
}

/** Closes the open incidents at or below `upTo` (the projection got past them), or all of them on rebuild. */
export async function resolveIncidents(tx: SqlClient, projection: string, upTo?: number): Promise<void> {
  if (upTo === undefined) {
    await tx.query('UPDATE projection_incidents SET resolved_at = now() WHERE projection = $1 AND resolved_at IS NULL', [projection]);
  } else {
    await tx.query(
      'UPDATE projection_incidents SET resolved_at = now() WHERE projection = $1 AND resolved_at IS NULL AND position <= $2',
      [projection, upTo],
    );
  }
}

/** One line for status pages: which event (or the schema) and the error. */
export function describeIncident(i: Pick<ProjectionIncident, 'eventType' | 'position' | 'error'>): string {
  if (i.position === null) return i.error;
  return `${i.eventType ?? 'lote'} en la posición ${i.position}: ${i.error}`;
}

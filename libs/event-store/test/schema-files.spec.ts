// The SQL files under infra/postgres/event-store are what migrateEventStore runs, character for character.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE_MIGRATIONS } from '../src/adapters/sql/schema';

const dir = join(__dirname, '../../../infra/postgres/event-store');

describe('event-store migration files', () => {
  it('has one SQL file per migration, equal to the migration migrateEventStore applies', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
    expect(files).toEqual(EVENT_STORE_MIGRATIONS.map((m) => `${m.name}.sql`));
    for (const m of EVENT_STORE_MIGRATIONS) expect(readFileSync(join(dir, `${m.name}.sql`), 'utf8')).toBe(m.sql);
  });

  it('numbers migrations consecutively from 1, so the applied set is always a prefix', () => {
    expect(EVENT_STORE_MIGRATIONS.map((m) => m.version)).toEqual(EVENT_STORE_MIGRATIONS.map((_, i) => i + 1));
  });
});

// Every migration goes up and down cleanly, on both databases.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { migrateToLatest, rollbackAll } from '../../src/adapters/db/migrate.ts';
import { migrationProvider } from '../../src/adapters/db/migrations/index.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';

async function tables(database: Database): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_name NOT LIKE 'kysely_%' ORDER BY table_name`.execute(
    database.db,
  );
  return result.rows.map((r) => r.table_name);
}

describe.each(DATABASE_KINDS)('migrations (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(kind, { migrated: false });
  });
  afterAll(() => database?.close());

  it('apply all, undo all, and apply all again', async () => {
    const all = Object.keys(await migrationProvider.getMigrations());
    expect(await migrateToLatest(database.db)).toEqual(all);
    const created = await tables(database);
    expect(created).toEqual(expect.arrayContaining(['users', 'transactions', 'events']));
    expect(await rollbackAll(database.db)).toEqual([...all].reverse());
    expect(await tables(database)).toEqual([]);
    expect(await migrateToLatest(database.db)).toEqual(all);
    expect(await tables(database)).toEqual(created);
    expect(await migrateToLatest(database.db)).toEqual([]);
  });
});

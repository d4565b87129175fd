// The analytics rollup's tables as a comparable snapshot, and a way to roll everything up again from the start.
import { sql } from 'kysely';
import type { Db } from '../../src/adapters/db/database.ts';

/** Every table the rollup writes, with the columns that order its rows. */
const ROLLUP_TABLES = {
  analytics_people: 'user_id',
  analytics_person_days: 'user_id, day',
  analytics_active_days: 'day',
  analytics_signups: 'day, language',
  analytics_marks: 'user_id, kind, node, choice',
  analytics_story: 'kind, node, choice',
  analytics_dropoff: 'node',
  analytics_balances: 'bucket',
  analytics_days: 'metric, day, key',
} as const;

export async function rollupSnapshot(db: Db): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(ROLLUP_TABLES)) {
    const result = await sql.raw(`SELECT * FROM ${table} ORDER BY ${order}`).execute(db);
    snapshot[table] = result.rows.map((row) => JSON.parse(JSON.stringify(row)));
  }
  const cursor = await sql.raw(`SELECT event_id, events FROM analytics_cursor`).execute(db);
  snapshot.cursor = cursor.rows.map((row) => JSON.parse(JSON.stringify(row)));
  return snapshot;
}

/** Empties the rollup and puts its cursor back before the first event. */
export async function startRollupAfresh(db: Db): Promise<void> {
  await sql
    .raw(`
      TRUNCATE ${Object.keys(ROLLUP_TABLES).join(', ')};
      UPDATE analytics_cursor SET event_id = 0, events = 0, rolled_at = NULL;
    `)
    .execute(db);
}

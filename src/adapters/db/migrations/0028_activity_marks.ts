// Days people were active come from the update inbox's PersonActive marks (and the day they arrived). Events
// written before those marks existed keep the rule they were written under — any event of theirs that day —
// so a database whose history the rollup has not folded in yet keeps its active days: the rollup reads up to
// which event that older rule holds from this row. A new database has no history, and no row: a migrated
// database holds nothing until it is used (what a restore expects).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    INSERT INTO analytics_cursor (name, event_id)
    SELECT 'person-active-from', max(id) FROM events HAVING count(*) > 0
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM analytics_cursor WHERE name = 'person-active-from'`.execute(db);
}

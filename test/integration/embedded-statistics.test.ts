// The embedded database keeps its planner statistics up to date by itself (it has no autovacuum): once a table
// has changed enough, it is analyzed, and the outbox's claim of the next event is planned for the rows it has,
// not for the empty tables of the template it started from.
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { tidy } from '../../src/adapters/db/embedded-statistics.ts';
import { freshDatabase } from '../support/databases.ts';

describe('embedded database statistics', () => {
  let database: Database;

  beforeAll(async () => {
    database = await freshDatabase('embedded');
  });
  afterAll(async () => {
    await database?.close();
  });

  const estimatedEvents = async () => {
    const { rows } = await sql<{ reltuples: number }>`
      SELECT reltuples FROM pg_class WHERE relname = 'events' AND relkind = 'r'
    `.execute(database.db);
    return Number(rows[0]?.reltuples);
  };

  it('analyzes a table once it has changed enough, and leaves quiet tables alone', async () => {
    const db = database.db;
    await sql`
      INSERT INTO users (id, first_name, language, balance, total_earned)
      SELECT g, 'P', 'es', 0, 0 FROM generate_series(1, 300) AS g
    `.execute(db);
    await sql`
      INSERT INTO events (type, version, user_id, payload)
      SELECT 'ConversationDay', 1, g, '{}'::jsonb FROM generate_series(1, 300) AS g
    `.execute(db);
    // The database counts changes in the background: a round sees them within a second or so.
    for (let round = 0; round < 20 && (await estimatedEvents()) < 300; round++) {
      await sleep(250);
      await tidy(db);
    }
    expect(await estimatedEvents()).toBe(300);

    const claim = await sql<{ 'QUERY PLAN': string }>`
      EXPLAIN SELECT e.id FROM events e
      WHERE e.status = 'pending'
        AND NOT EXISTS (
          SELECT 1 FROM events p WHERE p.status = 'pending' AND p.user_id = e.user_id AND p.id < e.id
        )
      ORDER BY e.id LIMIT 1
    `.execute(db);
    const plan = claim.rows.map((r) => r['QUERY PLAN']).join('\n');
    // Each candidate's earlier events are looked up by user, not by reading every pending event again.
    expect(plan).toMatch(/Index Cond: \(\(user_id = e\.user_id\)/);

    const { rows } = await sql<{ relname: string }>`
      SELECT relname FROM pg_stat_user_tables
      WHERE schemaname = current_schema() AND last_analyze IS NOT NULL
    `.execute(db);
    expect(rows.map((r) => r.relname).sort()).toEqual(['events', 'users']);
  });
});

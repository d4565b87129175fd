// The embedded database has no autovacuum. Without it the planner keeps the statistics of the empty template it
// started from and plans every query for empty tables: the outbox's claim of the next event then reads every
// pending event once per pending event, and a burst of messages stalls everything queued behind it on the one
// connection. This does autovacuum's work with autovacuum's default thresholds: every CHECK_MS, the tables
// changed by more than 50 rows + 10% since their last ANALYZE are analyzed, and those with more than 50 + 20%
// dead rows are vacuumed. Each statement runs between transactions, like any other on this database. The check
// runs every second (a prepared statement of about a millisecond): a burst of newcomers on a fresh database
// otherwise runs for seconds on plans made for empty tables, each claim of an event holding the connection for
// hundreds of milliseconds.
import { sql } from 'kysely';
import type { Db } from './database.ts';

export const CHECK_MS = 1_000;
/** Rows beyond a share of the table that make it due: autovacuum's base thresholds (analyze 10%, vacuum 20%). */
const BASE_ROWS = 50;

/** Starts the checks; the returned function stops them (and waits for a round under way). */
export function keepStatistics(db: Db): () => Promise<void> {
  let round: Promise<void> | undefined;
  const timer = setInterval(() => {
    round ??= tidy(db)
      // A round that fails (the database closing, a table dropped meanwhile) is tried again at the next one.
      .catch(() => undefined)
      .finally(() => {
        round = undefined;
      });
  }, CHECK_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await round;
  };
}

/** One round: the tables past a threshold, analyzed or vacuumed. */
export async function tidy(db: Db): Promise<void> {
  const { rows } = await sql<{ name: string; needs_vacuum: boolean }>`
    SELECT relname AS name, n_dead_tup > ${BASE_ROWS} + 0.2 * n_live_tup AS needs_vacuum
    FROM pg_stat_user_tables
    WHERE schemaname = current_schema()
      AND (n_mod_since_analyze > ${BASE_ROWS} + 0.1 * n_live_tup OR n_dead_tup > ${BASE_ROWS} + 0.2 * n_live_tup)
  `.execute(db);
  for (const table of rows) {
    if (table.needs_vacuum) await sql`VACUUM ANALYZE ${sql.table(table.name)}`.execute(db);
    else await sql`ANALYZE ${sql.table(table.name)}`.execute(db);
  }
}

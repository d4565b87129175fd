// What the model cost the deployment per day (its budgets' day), kept as a running total beside the usage rows:
// the budgets read a day and its month's days by key before and after every model call, instead of summing
// every person's usage of the month. Money spent stays spent when a person's data is erased.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE conversation_spend (
      day            text PRIMARY KEY CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      cost_micro_usd bigint NOT NULL DEFAULT 0 CHECK (cost_micro_usd >= 0)
    );
    INSERT INTO conversation_spend (day, cost_micro_usd)
      SELECT day, sum(cost_micro_usd) FROM conversation_usage GROUP BY day HAVING sum(cost_micro_usd) > 0;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE conversation_spend`.execute(db);
}

// Progress that means something: levels and "earn N besitos" goals follow the besitos earned by activity
// (reading, choosing, the daily gift, reactions, the dailies), kept on the user row next to total_earned.
// Existing users start from the sum of their activity awards in the ledger. How Lucien addresses each person
// (señor, señora, or neutral wording) is chosen by them; until then, neutral.
import { type Kysely, sql } from 'kysely';
import { ACTIVITY_REASONS } from '../../../domain/economy/activity.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE users ADD COLUMN activity_earned integer NOT NULL DEFAULT 0
      CONSTRAINT users_activity_earned_check CHECK (activity_earned >= 0 AND activity_earned <= total_earned)
  `.execute(db);
  await sql`
    ALTER TABLE users ADD COLUMN address text
      CONSTRAINT users_address_check CHECK (address IN ('senor', 'senora', 'neutral'))
  `.execute(db);
  await sql`
    UPDATE users SET activity_earned = earned.sum
    FROM (
      SELECT user_id, sum(amount)::int AS sum FROM transactions
      WHERE amount > 0 AND reason IN (${sql.join([...ACTIVITY_REASONS])})
      GROUP BY user_id
    ) AS earned
    WHERE users.id = earned.user_id
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE users DROP COLUMN address`.execute(db);
  await sql`ALTER TABLE users DROP COLUMN activity_earned`.execute(db);
}

// A broadcast may be paid: Telegram then lets it go out at up to 1,000 messages a second (allow_paid_broadcast)
// and takes 0.1 Star from the bot's balance for each message beyond the free 30 a second.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE broadcasts ADD COLUMN paid boolean NOT NULL DEFAULT false;`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE broadcasts DROP COLUMN paid;`.execute(db);
}

// A recipient whose message was on its way when its sender died is 'uncertain': Telegram may or may not have
// delivered it and cannot be asked, so it is never sent again and is counted apart from the failures.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE broadcast_recipients DROP CONSTRAINT broadcast_recipients_status_check;
    ALTER TABLE broadcast_recipients ADD CONSTRAINT broadcast_recipients_status_check
      CHECK (status IN ('pending', 'claimed', 'sent', 'failed', 'blocked', 'skipped', 'uncertain'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE broadcast_recipients SET status = 'failed', error = 'interrupted' WHERE status = 'uncertain';
    ALTER TABLE broadcast_recipients DROP CONSTRAINT broadcast_recipients_status_check;
    ALTER TABLE broadcast_recipients ADD CONSTRAINT broadcast_recipients_status_check
      CHECK (status IN ('pending', 'claimed', 'sent', 'failed', 'blocked', 'skipped'));
  `.execute(db);
}

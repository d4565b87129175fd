// A broadcast may carry a photo (a Telegram file id or an https URL); its text is then the photo's caption.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE broadcasts ADD COLUMN photo text CHECK (photo IS NULL OR length(photo) BETWEEN 1 AND 1024);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE broadcasts DROP COLUMN photo;`.execute(db);
}

// Quiet hours of the person's own choosing: 'HH:MM-HH:MM' (in their zone, may span midnight) or 'off'; null
// keeps the pack's quiet hours (pack.yaml › notifications).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE users ADD COLUMN quiet_hours text
      CONSTRAINT users_quiet_hours_check CHECK (
        quiet_hours = 'off' OR quiet_hours ~ '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$'
      )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE users DROP COLUMN quiet_hours`.execute(db);
}

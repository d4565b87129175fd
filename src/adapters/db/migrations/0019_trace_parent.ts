// Tracing: an outbox event and a job keep the W3C trace parent of the span that wrote them (when tracing is
// on), so that their delivery, later and maybe on another instance, continues the trace of the update.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE events ADD COLUMN trace_parent text;
    ALTER TABLE jobs ADD COLUMN trace_parent text;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE jobs DROP COLUMN trace_parent;
    ALTER TABLE events DROP COLUMN trace_parent;
  `.execute(db);
}

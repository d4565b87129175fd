// Who was active, and when: `users.last_seen_at` follows a person's updates to within an hour, and the first
// update of each of their local days (their zone, else the deployment's) writes a PersonActive event for that
// day, which analytics count as a day they were active. Opening a menu counts as much as playing.
import { sql } from 'kysely';
import type { Executor } from '../database.ts';

/** How stale `last_seen_at` may grow within a day before an update moves it again. */
export const SEEN_WITHIN_MS = 60 * 60_000;

/**
 * Notes an update of the person at `at`: moves `last_seen_at` when it is on an earlier local day or more than
 * SEEN_WITHIN_MS old (never backwards), and on an earlier local day also writes PersonActive for the new day.
 * Exactly once per person and day: of two notes racing on PostgreSQL, the second waits for the first's row,
 * finds the day already noted and writes nothing.
 */
export async function noteActive(
  db: Executor,
  userId: number,
  moment: { at: Date; zone: string },
): Promise<void> {
  const zone = sql`coalesce(u.time_zone, ${moment.zone})`;
  const dayOf = (instant: unknown) => sql`(${instant}::timestamptz AT TIME ZONE ${zone})::date`;
  await sql`
    WITH before AS (
      SELECT u.id, ${dayOf(sql`u.last_seen_at`)} AS day FROM users u WHERE u.id = ${userId}
    ), seen AS (
      UPDATE users u SET last_seen_at = ${moment.at}
      WHERE u.id = ${userId}
        AND (${dayOf(sql`u.last_seen_at`)} < ${dayOf(moment.at)}
          OR u.last_seen_at < ${new Date(moment.at.getTime() - SEEN_WITHIN_MS)})
      RETURNING u.id, ${dayOf(moment.at)} AS day
    )
    INSERT INTO events (type, user_id, payload, created_at)
    SELECT 'PersonActive', seen.id, jsonb_build_object('day', seen.day::text), ${moment.at}
    FROM seen JOIN before ON before.id = seen.id
    WHERE before.day < seen.day
  `.execute(db);
}

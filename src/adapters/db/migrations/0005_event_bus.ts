// Delivery of outbox events (status, retries, dead letters), progress towards missions and achievements,
// notifications waiting to be sent, and durable scheduled jobs.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE events
      ADD COLUMN status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'dead')),
      ADD COLUMN attempts     integer NOT NULL DEFAULT 0,
      ADD COLUMN available_at timestamptz, -- a retry waits until then; NULL = now
      ADD COLUMN last_error   text,
      ADD COLUMN processed_at timestamptz;
    CREATE INDEX events_pending_idx ON events (id) WHERE status = 'pending';
    CREATE INDEX events_user_pending_idx ON events (user_id, id) WHERE status = 'pending';
    CREATE INDEX events_dead_idx ON events (id) WHERE status = 'dead';

    -- Progress of one user towards one goal (a mission or an achievement) in one period
    -- ('once', a day 'YYYY-MM-DD' or a week 'YYYY-Www' in the user's zone).
    CREATE TABLE goal_progress (
      user_id       bigint NOT NULL REFERENCES users (id),
      goal_id       text NOT NULL,
      period        text NOT NULL,
      progress      integer NOT NULL DEFAULT 0 CHECK (progress >= 0),
      completed_at  timestamptz,
      last_event_id bigint NOT NULL DEFAULT 0,
      updated_at    timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, goal_id, period)
    );
    CREATE INDEX goal_progress_completed_idx ON goal_progress (user_id, completed_at) WHERE completed_at IS NOT NULL;

    -- Values already counted by goals that count distinct things (nodes visited, channels joined).
    CREATE TABLE goal_distinct_values (
      user_id bigint NOT NULL,
      goal_id text NOT NULL,
      period  text NOT NULL,
      value   text NOT NULL,
      PRIMARY KEY (user_id, goal_id, period, value)
    );

    CREATE TABLE notifications (
      id            bigserial PRIMARY KEY,
      user_id       bigint NOT NULL REFERENCES users (id),
      kind          text NOT NULL,
      payload       jsonb NOT NULL DEFAULT '{}',
      dedupe_key    text NOT NULL CONSTRAINT notifications_dedupe_key_unique UNIQUE,
      created_at    timestamptz NOT NULL DEFAULT now(),
      deliver_after timestamptz NOT NULL DEFAULT now(),
      sent_at       timestamptz,
      attempts      integer NOT NULL DEFAULT 0
    );
    CREATE INDEX notifications_due_idx ON notifications (deliver_after) WHERE sent_at IS NULL;

    CREATE TABLE jobs (
      id         bigserial PRIMARY KEY,
      kind       text NOT NULL,
      key        text NOT NULL CONSTRAINT jobs_key_unique UNIQUE,
      payload    jsonb NOT NULL DEFAULT '{}',
      run_at     timestamptz NOT NULL,
      status     text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'dead', 'cancelled')),
      attempts   integer NOT NULL DEFAULT 0,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      done_at    timestamptz
    );
    CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE status = 'pending';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE jobs;
    DROP TABLE notifications;
    DROP TABLE goal_distinct_values;
    DROP TABLE goal_progress;
    DROP INDEX events_dead_idx;
    DROP INDEX events_user_pending_idx;
    DROP INDEX events_pending_idx;
    ALTER TABLE events
      DROP COLUMN processed_at, DROP COLUMN last_error, DROP COLUMN available_at,
      DROP COLUMN attempts, DROP COLUMN status;
  `.execute(db);
}

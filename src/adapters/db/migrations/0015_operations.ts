// Running it in production: feature flags set by admins at run time (over the pack's defaults), and the
// exposures of story experiments (one per person and node: the variant they were shown first), and the
// correlation id of the update (or event) that scheduled a job, carried on to what the job does.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE feature_flags (
      name       text PRIMARY KEY,
      enabled    boolean NOT NULL,
      percent    integer NOT NULL CHECK (percent BETWEEN 0 AND 100),
      segment    jsonb NOT NULL DEFAULT '{}'::jsonb,
      updated_by bigint NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE TABLE story_exposures (
      -- No foreign key to users: deleting a person's row is never blocked by their exposures.
      user_id    bigint NOT NULL,
      node_id    text NOT NULL,
      variant    text NOT NULL,
      exposed_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, node_id)
    );
    ALTER TABLE jobs ADD COLUMN correlation_id text;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE jobs DROP COLUMN correlation_id;
    DROP TABLE story_exposures;
    DROP TABLE feature_flags;
  `.execute(db);
}

// The admin API's access: API keys for scripts and services (only a digest of each key is stored), and who
// did what through the API in the audit log (the actor, the role it acted with, and the request id the logs
// carry). An action taken with an API key has no Telegram person behind it: its admin_id is 0.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE api_keys (
      id           bigserial PRIMARY KEY,
      name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
      role         text NOT NULL CHECK (role IN ('admin', 'operator', 'developer', 'viewer')),
      -- The first characters of the key, to tell keys apart in a list; never enough to use it.
      prefix       text NOT NULL,
      digest       text NOT NULL UNIQUE,
      created_by   text NOT NULL,
      created_at   timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at   timestamptz
    );

    ALTER TABLE audit_log
      ADD COLUMN actor      text,
      ADD COLUMN actor_role text,
      ADD COLUMN request_id text;
    CREATE INDEX audit_log_action_idx ON audit_log (action, id);
    CREATE INDEX audit_log_actor_idx ON audit_log (actor, id);
    CREATE INDEX audit_log_ref_idx ON audit_log (ref);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX audit_log_ref_idx;
    DROP INDEX audit_log_actor_idx;
    DROP INDEX audit_log_action_idx;
    ALTER TABLE audit_log DROP COLUMN request_id, DROP COLUMN actor_role, DROP COLUMN actor;
    DROP TABLE api_keys;
  `.execute(db);
}

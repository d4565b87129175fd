// The admin API's access: API keys for scripts and services (only a digest of each key is stored); roles given
// to Telegram people for the console; one-time login links and the console's refresh tokens (rotated: each is
// used once, and a family is revoked when a used one comes back); and who did what through the API in the audit
// log (the actor, the role it acted with, and the request id the logs carry). An action taken with an API key
// has no Telegram person behind it: its admin_id is 0.
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

    CREATE TABLE console_roles (
      telegram_id bigint PRIMARY KEY,
      role        text NOT NULL CHECK (role IN ('admin', 'operator', 'developer', 'viewer')),
      granted_by  text NOT NULL,
      granted_at  timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE console_logins (
      digest      text PRIMARY KEY,
      telegram_id bigint NOT NULL,
      created_at  timestamptz NOT NULL,
      expires_at  timestamptz NOT NULL,
      used_at     timestamptz
    );
    CREATE INDEX console_logins_expires_idx ON console_logins (expires_at);

    CREATE TABLE console_refresh_tokens (
      digest      text PRIMARY KEY,
      family      text NOT NULL,
      telegram_id bigint NOT NULL,
      created_at  timestamptz NOT NULL,
      expires_at  timestamptz NOT NULL,
      rotated_at  timestamptz,
      revoked_at  timestamptz
    );
    CREATE INDEX console_refresh_tokens_family_idx ON console_refresh_tokens (family);

    -- The console's people search: names and @usernames by their beginning, in any case.
    CREATE INDEX IF NOT EXISTS users_first_name_prefix_idx ON users (lower(first_name) text_pattern_ops);
    CREATE INDEX IF NOT EXISTS users_last_name_prefix_idx ON users (lower(last_name) text_pattern_ops);
    CREATE INDEX IF NOT EXISTS users_username_prefix_idx ON users (lower(username) text_pattern_ops);

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
    -- IF EXISTS: databases that ran this migration before the search indexes were part of it lack them.
    DROP INDEX IF EXISTS users_username_prefix_idx;
    DROP INDEX IF EXISTS users_last_name_prefix_idx;
    DROP INDEX IF EXISTS users_first_name_prefix_idx;
    DROP TABLE console_refresh_tokens;
    DROP TABLE console_logins;
    DROP TABLE console_roles;
    DROP TABLE api_keys;
  `.execute(db);
}

// Users, the besitos ledger, update dedupe, the outbox of domain events and app settings.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE users (
      id            bigint PRIMARY KEY,
      first_name    text NOT NULL,
      last_name     text,
      username      text,
      language      text NOT NULL DEFAULT 'es',
      balance       bigint NOT NULL DEFAULT 0 CONSTRAINT balance_never_negative CHECK (balance >= 0),
      total_earned  bigint NOT NULL DEFAULT 0 CHECK (total_earned >= 0),
      start_payload text,
      notifications boolean NOT NULL DEFAULT true,
      time_zone     text,
      created_at    timestamptz NOT NULL DEFAULT now(),
      last_seen_at  timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX users_username_idx ON users (lower(username));

    CREATE TABLE transactions (
      id              bigserial PRIMARY KEY,
      user_id         bigint NOT NULL REFERENCES users (id),
      amount          bigint NOT NULL CHECK (amount <> 0),
      balance_after   bigint NOT NULL CHECK (balance_after >= 0),
      reason          text NOT NULL,
      idempotency_key text NOT NULL CONSTRAINT transactions_idempotency_key_unique UNIQUE,
      ref             text,
      created_at      timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX transactions_user_idx ON transactions (user_id, id DESC);

    -- The ledger is append-only: corrections are compensating entries, never edits.
    CREATE FUNCTION transactions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the besitos ledger is append-only (% refused)', TG_OP;
    END $$;
    CREATE TRIGGER transactions_append_only BEFORE UPDATE OR DELETE ON transactions
      FOR EACH ROW EXECUTE FUNCTION transactions_append_only();

    CREATE TABLE processed_updates (
      update_id   bigint PRIMARY KEY,
      received_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX processed_updates_received_idx ON processed_updates (received_at);

    CREATE TABLE app_settings (
      key   text PRIMARY KEY,
      value text NOT NULL
    );

    CREATE TABLE events (
      id             bigserial PRIMARY KEY,
      type           text NOT NULL,
      version        integer NOT NULL DEFAULT 1,
      user_id        bigint,
      payload        jsonb NOT NULL DEFAULT '{}',
      correlation_id text,
      created_at     timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX events_user_idx ON events (user_id, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE events;
    DROP TABLE app_settings;
    DROP TABLE processed_updates;
    DROP TABLE transactions;
    DROP FUNCTION transactions_append_only();
    DROP TABLE users;
  `.execute(db);
}

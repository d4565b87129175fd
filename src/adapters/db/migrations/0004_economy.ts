// The economy: daily gift claims (streaks), shop stock and orders, the admin audit log and the admins'
// pending questions. Limits live in the schema too, so no race or bug can oversell or double a claim.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- One claim per user and local day ('YYYY-MM-DD' in the user's zone); the ledger entry daily:<user>:<day>
    -- holds what it paid.
    CREATE TABLE daily_claims (
      user_id    bigint NOT NULL REFERENCES users (id),
      day        text NOT NULL CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      streak     integer NOT NULL CHECK (streak >= 1),
      claimed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, day)
    );

    -- Items with a limited stock; created on the first sale with the pack's stock. Unlimited items have no row.
    CREATE TABLE item_stock (
      item_id   text PRIMARY KEY,
      initial   integer NOT NULL CHECK (initial >= 0),
      remaining integer NOT NULL CONSTRAINT stock_never_negative CHECK (remaining >= 0 AND remaining <= initial)
    );

    -- A user's purchases, numbered from 0: the buy button carries the next number, so a double tap is the
    -- same order and is refused by the primary key.
    CREATE TABLE orders (
      user_id    bigint NOT NULL REFERENCES users (id),
      order_no   integer NOT NULL CHECK (order_no >= 0),
      item_id    text NOT NULL,
      price      bigint NOT NULL CHECK (price >= 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, order_no)
    );
    CREATE INDEX orders_item_idx ON orders (item_id);

    -- Consumables used, numbered per user and item from 0: the use button carries the next number, so a
    -- double tap is the same use and is refused by the primary key.
    CREATE TABLE item_uses (
      user_id bigint NOT NULL REFERENCES users (id),
      item_id text NOT NULL,
      use_no  integer NOT NULL CHECK (use_no >= 0),
      used_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, item_id, use_no)
    );

    -- Who did what to whom, with the state before and after. Never updated or deleted.
    CREATE TABLE audit_log (
      id             bigserial PRIMARY KEY,
      admin_id       bigint NOT NULL,
      action         text NOT NULL,
      target_user_id bigint,
      before         jsonb,
      after          jsonb,
      reason         text,
      ref            text,
      created_at     timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX audit_log_target_idx ON audit_log (target_user_id, id);
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the audit log is append-only (% refused)', TG_OP;
    END $$;
    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

    -- What the bot asked an admin to type (a user to look up, an amount and reason), kept across restarts.
    CREATE TABLE admin_sessions (
      admin_id       bigint PRIMARY KEY,
      awaiting       text NOT NULL,
      target_user_id bigint,
      updated_at     timestamptz NOT NULL DEFAULT now()
    );

    -- Daily caps count a user's awards of one reason within their day.
    CREATE INDEX transactions_user_reason_idx ON transactions (user_id, reason, created_at);
    CREATE INDEX transactions_created_idx ON transactions (created_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX transactions_created_idx;
    DROP INDEX transactions_user_reason_idx;
    DROP TABLE admin_sessions;
    DROP TABLE audit_log;
    DROP FUNCTION audit_log_append_only();
    DROP TABLE item_uses;
    DROP TABLE orders;
    DROP TABLE item_stock;
    DROP TABLE daily_claims;
  `.execute(db);
}

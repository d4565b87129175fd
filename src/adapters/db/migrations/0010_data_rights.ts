// Data rights: a person who asks to be forgotten leaves the books under a pseudonymous id (a negative user id,
// never a Telegram one), so every balance still equals its ledger while nothing links the amounts to them.
// - `users.forgotten_at` marks a pseudonymous row (no name, no username, out of every list);
// - `forgotten_people` records each pseudonymisation and when its purge is due (no Telegram id in it);
// - `pseudonymised(text, from, to)` rewrites a ledger key or reference: the `:`-separated parts equal to the
//   person's id become the pseudonymous id (`purchase:42:3` → `purchase:-1:3`), nothing else changes;
// - the ledger and the audit log stay append-only with exactly one exception: inside a transaction that
//   declared `diana.pseudonymise = '<from>><to>'` (to < 0), a row of that person may move to that pseudonymous
//   id, its key and reference rewritten by `pseudonymised`, every amount, reason and time unchanged.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE users ADD COLUMN forgotten_at timestamptz;

    CREATE TABLE forgotten_people (
      pseudonym    bigint PRIMARY KEY REFERENCES users (id) CHECK (pseudonym < 0),
      forgotten_at timestamptz NOT NULL,
      purge_after  timestamptz NOT NULL,
      purged_at    timestamptz,
      requested_by text NOT NULL CHECK (requested_by IN ('person', 'admin'))
    );
    CREATE INDEX forgotten_people_due_idx ON forgotten_people (purge_after) WHERE purged_at IS NULL;

    CREATE FUNCTION pseudonymised(value text, from_id bigint, to_id bigint) RETURNS text
      LANGUAGE sql IMMUTABLE AS $$
        SELECT regexp_replace(value, '(^|:)' || from_id::text || '(?=:|$)', '\\1' || to_id::text, 'g')
      $$;

    CREATE FUNCTION pseudonymising(from_id bigint, to_id bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT to_id < 0 AND current_setting('diana.pseudonymise', true) = from_id::text || '>' || to_id::text
    $$;

    CREATE OR REPLACE FUNCTION transactions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND pseudonymising(OLD.user_id, NEW.user_id)
        AND NEW.id = OLD.id AND NEW.amount = OLD.amount AND NEW.balance_after = OLD.balance_after
        AND NEW.reason = OLD.reason AND NEW.created_at = OLD.created_at
        AND NEW.idempotency_key = pseudonymised(OLD.idempotency_key, OLD.user_id, NEW.user_id)
        AND NEW.ref IS NOT DISTINCT FROM pseudonymised(OLD.ref, OLD.user_id, NEW.user_id)
      THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'the besitos ledger is append-only (% refused)', TG_OP;
    END $$;

    CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND pseudonymising(OLD.target_user_id, NEW.target_user_id)
        AND NEW.id = OLD.id AND NEW.admin_id = OLD.admin_id AND NEW.action = OLD.action
        AND NEW.before IS NOT DISTINCT FROM OLD.before AND NEW.after IS NOT DISTINCT FROM OLD.after
        AND NEW.reason IS NOT DISTINCT FROM OLD.reason AND NEW.created_at = OLD.created_at
        AND NEW.ref IS NOT DISTINCT FROM pseudonymised(OLD.ref, OLD.target_user_id, NEW.target_user_id)
      THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'the audit log is append-only (% refused)', TG_OP;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION transactions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the besitos ledger is append-only (% refused)', TG_OP;
    END $$;
    CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the audit log is append-only (% refused)', TG_OP;
    END $$;
    DROP FUNCTION pseudonymising(bigint, bigint);
    DROP FUNCTION pseudonymised(text, bigint, bigint);
    DROP TABLE forgotten_people;
    ALTER TABLE users DROP COLUMN forgotten_at;
  `.execute(db);
}

// The dailies: each ledger entry keeps the part of it earned by activity (the weekly standing sums it over a
// week, so the VIP bonus and rewards never rank anyone), a person may keep their name out of the standing, and
// the riddle of the day keeps each person's attempts and whether it waits for their typed answer.
// Entries written before this migration count their whole amount when their reason is activity, as 0009 did
// for the users' totals.
import { type Kysely, sql } from 'kysely';
import { ACTIVITY_REASONS } from '../../../domain/economy/activity.ts';

/** The ledger's guard as of 0010, which `up` extends to the new column and `down` restores. */
const appendOnly = (activityUnchanged: string) => `
  CREATE OR REPLACE FUNCTION transactions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND pseudonymising(OLD.user_id, NEW.user_id)
      AND NEW.id = OLD.id AND NEW.amount = OLD.amount AND NEW.balance_after = OLD.balance_after
      AND NEW.reason = OLD.reason AND NEW.created_at = OLD.created_at${activityUnchanged}
      AND NEW.idempotency_key = pseudonymised(OLD.idempotency_key, OLD.user_id, NEW.user_id)
      AND NEW.ref IS NOT DISTINCT FROM pseudonymised(OLD.ref, OLD.user_id, NEW.user_id)
    THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the besitos ledger is append-only (% refused)', TG_OP;
  END $$;
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE transactions ADD COLUMN activity integer NOT NULL DEFAULT 0
      CONSTRAINT transactions_activity_check CHECK (activity >= 0 AND activity <= GREATEST(amount, 0))
  `.execute(db);
  // The one rewrite the ledger ever gets, before any entry of the new kind exists.
  await sql`ALTER TABLE transactions DISABLE TRIGGER transactions_append_only`.execute(db);
  await sql`
    UPDATE transactions SET activity = amount
    WHERE amount > 0 AND reason IN (${sql.join([...ACTIVITY_REASONS])})
  `.execute(db);
  await sql`ALTER TABLE transactions ENABLE TRIGGER transactions_append_only`.execute(db);
  await sql.raw(appendOnly('\n      AND NEW.activity = OLD.activity')).execute(db);
  await sql`
    CREATE INDEX transactions_activity_by_time ON transactions (created_at) WHERE activity > 0;

    ALTER TABLE users ADD COLUMN standing_hidden boolean NOT NULL DEFAULT false;

    -- One row per person and local day they looked at the riddle: answers given, solved or not, and until
    -- when typed text is taken as an answer (null: it is not). The ledger entry riddle:<user>:<day> holds
    -- what solving it paid.
    CREATE TABLE riddle_days (
      user_id         bigint NOT NULL REFERENCES users (id),
      day             text NOT NULL CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      solved          boolean NOT NULL DEFAULT false,
      answer_until    timestamptz,
      -- The message of the last answer counted: the same message delivered again is not a second attempt.
      last_message_id bigint,
      PRIMARY KEY (user_id, day)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE riddle_days;
    ALTER TABLE users DROP COLUMN standing_hidden;
    DROP INDEX transactions_activity_by_time;
  `.execute(db);
  await sql.raw(appendOnly('')).execute(db);
  await sql`ALTER TABLE transactions DROP COLUMN activity`.execute(db);
}

// Nothing paid is lost, nobody gets in who didn't pay:
// - the update inbox: an update is kept (raw) from its arrival until its effects have committed, so a handler
//   that fails is retried instead of being skipped as a duplicate, and one that keeps failing is dead-lettered;
// - jobs being run are `running` under a lease (no longer `pending` with a pushed run_at);
// - a grant can have several invitations (a fresh one whenever its VIP needs to come back in);
// - the ledger and the audit log refuse TRUNCATE as they refuse UPDATE and DELETE.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE processed_updates RENAME TO update_inbox;
    ALTER INDEX processed_updates_received_idx RENAME TO update_inbox_received_idx;
    ALTER TABLE update_inbox RENAME CONSTRAINT processed_updates_pkey TO update_inbox_pkey;
    -- Updates recorded before the inbox existed were handled.
    ALTER TABLE update_inbox
      ADD COLUMN status     text NOT NULL DEFAULT 'done'
        CONSTRAINT update_inbox_status_check CHECK (status IN ('handling', 'done', 'failed', 'dead')),
      ADD COLUMN body       jsonb,
      ADD COLUMN attempts   integer NOT NULL DEFAULT 1,
      ADD COLUMN retry_at   timestamptz,
      ADD COLUMN last_error text,
      ADD COLUMN handled_at timestamptz;
    ALTER TABLE update_inbox ALTER COLUMN status SET DEFAULT 'handling';
    CREATE INDEX update_inbox_due_idx ON update_inbox (retry_at) WHERE status IN ('handling', 'failed');
    CREATE INDEX update_inbox_dead_idx ON update_inbox (update_id) WHERE status = 'dead';

    ALTER TABLE jobs DROP CONSTRAINT jobs_status_check;
    ALTER TABLE jobs ADD CONSTRAINT jobs_status_check
      CHECK (status IN ('pending', 'running', 'done', 'dead', 'cancelled'));
    ALTER TABLE jobs ADD COLUMN lease_until timestamptz;
    CREATE INDEX jobs_running_idx ON jobs (lease_until) WHERE status = 'running';
    CREATE INDEX jobs_finished_idx ON jobs (done_at) WHERE status IN ('done', 'cancelled');

    ALTER TABLE vip_invites DROP CONSTRAINT vip_invites_pkey;
    ALTER TABLE vip_invites ADD COLUMN seq integer NOT NULL DEFAULT 0 CHECK (seq >= 0);
    ALTER TABLE vip_invites ADD CONSTRAINT vip_invites_pkey PRIMARY KEY (grant_id, seq);

    CREATE INDEX events_done_idx ON events (processed_at) WHERE status = 'done';
    CREATE INDEX notifications_sent_idx ON notifications (sent_at) WHERE sent_at IS NOT NULL;

    CREATE TRIGGER transactions_no_truncate BEFORE TRUNCATE ON transactions
      FOR EACH STATEMENT EXECUTE FUNCTION transactions_append_only();
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER audit_log_no_truncate ON audit_log;
    DROP TRIGGER transactions_no_truncate ON transactions;
    DROP INDEX notifications_sent_idx;
    DROP INDEX events_done_idx;

    DELETE FROM vip_invites WHERE seq > 0;
    ALTER TABLE vip_invites DROP CONSTRAINT vip_invites_pkey;
    ALTER TABLE vip_invites DROP COLUMN seq;
    ALTER TABLE vip_invites ADD CONSTRAINT vip_invites_pkey PRIMARY KEY (grant_id);

    DROP INDEX jobs_finished_idx;
    DROP INDEX jobs_running_idx;
    UPDATE jobs SET status = 'pending', run_at = coalesce(lease_until, run_at) WHERE status = 'running';
    ALTER TABLE jobs DROP COLUMN lease_until;
    ALTER TABLE jobs DROP CONSTRAINT jobs_status_check;
    ALTER TABLE jobs ADD CONSTRAINT jobs_status_check CHECK (status IN ('pending', 'done', 'dead', 'cancelled'));

    DROP INDEX update_inbox_dead_idx;
    DROP INDEX update_inbox_due_idx;
    -- Updates still waiting to be handled are forgotten: the older code cannot retry them.
    DELETE FROM update_inbox WHERE status <> 'done';
    ALTER TABLE update_inbox
      DROP COLUMN handled_at, DROP COLUMN last_error, DROP COLUMN retry_at, DROP COLUMN attempts,
      DROP COLUMN body, DROP COLUMN status;
    ALTER TABLE update_inbox RENAME CONSTRAINT update_inbox_pkey TO processed_updates_pkey;
    ALTER INDEX update_inbox_received_idx RENAME TO processed_updates_received_idx;
    ALTER TABLE update_inbox RENAME TO processed_updates;
  `.execute(db);
}

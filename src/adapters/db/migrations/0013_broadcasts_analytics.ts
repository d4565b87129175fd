// Broadcasts: a message an operator sends to a segment of the community (a draft until it is sent or scheduled). Each recipient has a durable row,
// claimed before the message goes out, so nobody receives a broadcast twice (across restarts and instances).
// People can turn broadcasts off; a person who blocked the bot is marked unreachable and skipped later.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE users
      ADD COLUMN broadcasts     boolean NOT NULL DEFAULT true,
      ADD COLUMN unreachable_at timestamptz;

    CREATE TABLE broadcasts (
      id          bigserial PRIMARY KEY,
      text        text NOT NULL CHECK (length(text) BETWEEN 1 AND 4096),
      buttons     jsonb NOT NULL DEFAULT '[]',
      segment     jsonb NOT NULL DEFAULT '{}',
      status      text NOT NULL DEFAULT 'scheduled'
                  CHECK (status IN ('draft', 'scheduled', 'sending', 'paused', 'cancelled', 'done')),
      send_at     timestamptz NOT NULL,
      audience    integer,
      created_by  text NOT NULL,
      -- The API caller's Idempotency-Key (scoped to the caller): a retried request creates nothing again.
      idempotency_key text UNIQUE,
      created_at  timestamptz NOT NULL DEFAULT now(),
      started_at  timestamptz,
      finished_at timestamptz
    );
    CREATE INDEX broadcasts_due_idx ON broadcasts (send_at) WHERE status = 'scheduled';

    CREATE TABLE broadcast_recipients (
      broadcast_id bigint NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
      user_id      bigint NOT NULL,
      status       text NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'claimed', 'sent', 'failed', 'blocked', 'skipped')),
      attempts     integer NOT NULL DEFAULT 0,
      claimed_at   timestamptz,
      done_at      timestamptz,
      error        text,
      PRIMARY KEY (broadcast_id, user_id)
    );
    CREATE INDEX broadcast_recipients_waiting_idx ON broadcast_recipients (broadcast_id, status)
      WHERE status IN ('pending', 'claimed');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE broadcast_recipients;
    DROP TABLE broadcasts;
    ALTER TABLE users DROP COLUMN unreachable_at, DROP COLUMN broadcasts;
  `.execute(db);
}

// Talking to Diana: what she remembers of each person, what the model cost per person, day and model, each
// reply's consistency score, the days each person talked to her (missions count them), and the anonymous
// messages VIP members send to the creator with their answers.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- A rolling summary and the facts the person told her; the person can see and erase it.
    CREATE TABLE conversation_memory (
      user_id    bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
      summary    text NOT NULL DEFAULT '',
      facts      jsonb NOT NULL DEFAULT '[]',
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    -- Usage per person, day (the person's day) and model; cost in millionths of a dollar (exact sums).
    -- Scripted and cached replies are rows too (model 'scripted' / 'cache'), at no cost.
    CREATE TABLE conversation_usage (
      user_id           bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      day               text NOT NULL CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      model             text NOT NULL,
      messages          integer NOT NULL DEFAULT 0 CHECK (messages >= 0),
      prompt_tokens     integer NOT NULL DEFAULT 0 CHECK (prompt_tokens >= 0),
      completion_tokens integer NOT NULL DEFAULT 0 CHECK (completion_tokens >= 0),
      cost_micro_usd    bigint NOT NULL DEFAULT 0 CHECK (cost_micro_usd >= 0),
      PRIMARY KEY (user_id, day, model)
    );
    CREATE INDEX conversation_usage_day_idx ON conversation_usage (day);

    -- Every model reply the gate judged: its score, and why it was refused when it was.
    CREATE TABLE conversation_verdicts (
      id         bigserial PRIMARY KEY,
      user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      model      text NOT NULL,
      attempt    integer NOT NULL CHECK (attempt >= 1),
      score      integer NOT NULL,
      accepted   boolean NOT NULL,
      reasons    jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX conversation_verdicts_created_idx ON conversation_verdicts (created_at);

    -- One row per person and day they wrote to Diana: the first message of a day emits ConversationDay.
    CREATE TABLE conversation_days (
      user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      day     text NOT NULL CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      PRIMARY KEY (user_id, day)
    );

    -- Anonymous messages from VIP members to the creator; answered as Diana, delivered to the member's chat.
    CREATE TABLE conversation_inbox (
      id          bigserial PRIMARY KEY,
      user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      text        text NOT NULL,
      status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered')),
      answer      text,
      answered_by bigint,
      created_at  timestamptz NOT NULL DEFAULT now(),
      answered_at timestamptz
    );
    CREATE INDEX conversation_inbox_open_idx ON conversation_inbox (status, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE conversation_inbox;
    DROP TABLE conversation_days;
    DROP TABLE conversation_verdicts;
    DROP TABLE conversation_usage;
    DROP TABLE conversation_memory;
  `.execute(db);
}

// Channels and VIP: join requests to the free channel, who is in each channel, the posts the bot published and
// the reactions they received, VIP tokens, grants, invitations and Telegram Stars payments. Uniqueness lives
// in the schema, so a duplicated update or a double tap can never record (or pay, or grant) twice.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- One row per request (Telegram's date tells a new request from a redelivered one). Requesters may
    -- never have started the bot, so there is no reference to users.
    CREATE TABLE join_requests (
      chat_id      bigint NOT NULL,
      user_id      bigint NOT NULL,
      requested_at timestamptz NOT NULL,
      status       text NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'approved', 'already_member', 'withdrawn')),
      language     text,
      created_at   timestamptz NOT NULL DEFAULT now(),
      handled_at   timestamptz,
      PRIMARY KEY (chat_id, user_id, requested_at)
    );
    CREATE INDEX join_requests_status_idx ON join_requests (chat_id, status);

    -- The last known membership of a person in a channel, from chat_member updates and approvals.
    CREATE TABLE channel_members (
      chat_id    bigint NOT NULL,
      user_id    bigint NOT NULL,
      is_member  boolean NOT NULL,
      changed_at timestamptz NOT NULL,
      PRIMARY KEY (chat_id, user_id)
    );

    -- Posts admins write through the bot: a draft until published, then the channel message it became.
    CREATE TABLE channel_posts (
      id           bigserial PRIMARY KEY,
      chat_id      bigint NOT NULL,
      message_id   integer,
      status       text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'publishing', 'published')),
      text         text NOT NULL DEFAULT '',
      photo        text,
      emojis       jsonb NOT NULL,
      created_by   bigint NOT NULL,
      created_at   timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz,
      CONSTRAINT channel_posts_message_unique UNIQUE (chat_id, message_id)
    );

    -- One reaction per person and channel message, whether by button or natively: the first one counts and
    -- pays (reaction:<user>:<chat>:<message> in the ledger). credited_at stays empty while the person has not
    -- started the bot; their reward is paid when they do.
    CREATE TABLE reactions (
      chat_id     bigint NOT NULL,
      message_id  integer NOT NULL,
      user_id     bigint NOT NULL,
      emoji       text NOT NULL,
      source      text NOT NULL CHECK (source IN ('button', 'native')),
      post_id     bigint REFERENCES channel_posts (id),
      created_at  timestamptz NOT NULL DEFAULT now(),
      credited_at timestamptz,
      PRIMARY KEY (chat_id, message_id, user_id)
    );
    CREATE INDEX reactions_uncredited_idx ON reactions (user_id) WHERE credited_at IS NULL;
    CREATE INDEX reactions_post_idx ON reactions (post_id);

    CREATE TABLE vip_tokens (
      token       text PRIMARY KEY,
      plan_id     text NOT NULL,
      created_by  bigint NOT NULL,
      created_at  timestamptz NOT NULL DEFAULT now(),
      expires_at  timestamptz NOT NULL,
      redeemed_by bigint REFERENCES users (id),
      redeemed_at timestamptz,
      revoked_at  timestamptz,
      CHECK ((redeemed_by IS NULL) = (redeemed_at IS NULL))
    );
    CREATE INDEX vip_tokens_created_idx ON vip_tokens (created_at DESC);

    -- Every grant of VIP time, named by its cause (token:<t>, stars:<charge>, admin:<admin>:<message>), so
    -- one cause grants once. until: the user's VIP end right after this grant.
    CREATE TABLE vip_grants (
      id         bigserial PRIMARY KEY,
      user_id    bigint NOT NULL REFERENCES users (id),
      plan_id    text,
      source     text NOT NULL CHECK (source IN ('token', 'stars', 'admin')),
      ref        text NOT NULL CONSTRAINT vip_grants_ref_unique UNIQUE,
      days       integer NOT NULL CHECK (days > 0),
      until      timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz
    );
    CREATE INDEX vip_grants_user_idx ON vip_grants (user_id, id);

    -- The single-use invitation to the VIP channel made for a grant: one per grant, whatever the retries.
    CREATE TABLE vip_invites (
      grant_id    bigint PRIMARY KEY REFERENCES vip_grants (id),
      user_id     bigint NOT NULL REFERENCES users (id),
      chat_id     bigint NOT NULL,
      invite_link text NOT NULL CONSTRAINT vip_invites_link_unique UNIQUE,
      expires_at  timestamptz NOT NULL,
      created_at  timestamptz NOT NULL DEFAULT now(),
      used_at     timestamptz,
      revoked_at  timestamptz
    );
    CREATE INDEX vip_invites_user_idx ON vip_invites (user_id);

    -- Telegram Stars payments, one per telegram_payment_charge_id.
    CREATE TABLE star_payments (
      charge_id          text PRIMARY KEY,
      -- A short number for admins' buttons (charge ids are too long for button data).
      id                 bigserial NOT NULL CONSTRAINT star_payments_id_unique UNIQUE,
      user_id            bigint NOT NULL REFERENCES users (id),
      plan_id            text NOT NULL,
      amount             integer NOT NULL CHECK (amount > 0),
      provider_charge_id text,
      grant_id           bigint REFERENCES vip_grants (id),
      created_at         timestamptz NOT NULL DEFAULT now(),
      refunded_at        timestamptz,
      refunded_by        bigint
    );
    CREATE INDEX star_payments_created_idx ON star_payments (created_at DESC);

    -- Messages and Telegram calls a background job must make at most once (a reminder, a farewell): the job
    -- claims the key before acting, so running it again after a crash does not act twice.
    CREATE TABLE side_effects (
      key     text PRIMARY KEY,
      done_at timestamptz NOT NULL
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE side_effects;
    DROP TABLE star_payments;
    DROP TABLE vip_invites;
    DROP TABLE vip_grants;
    DROP TABLE vip_tokens;
    DROP TABLE reactions;
    DROP TABLE channel_posts;
    DROP TABLE channel_members;
    DROP TABLE join_requests;
  `.execute(db);
}

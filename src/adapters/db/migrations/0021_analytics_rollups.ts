// Analytics from rollup tables, refreshed incrementally from the event store by a job: a view reads these,
// never the events themselves. The rollup's cursor is the id of the last event it folded in.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Where the rollup stands; moved in the same transaction as the rows it rolled up. Its row is made by the
    -- first rollup: a new database holds no rows at all (a backup is restored only into an empty one).
    CREATE TABLE analytics_cursor (
      name       text PRIMARY KEY,
      event_id   bigint NOT NULL,
      events     bigint NOT NULL DEFAULT 0,
      rolled_at  timestamptz
    );

    -- One row per person: when and in which language they arrived (their local day), the funnel steps taken
    -- (bits: 1 /start, 2 fragment, 4 decision, 8 chapter 2, 16 chapter 3, 32 VIP by Stars or token), the days
    -- they came back (bits: 1 D1, 2 D7, 4 D30), the last node they reached, their balance and VIP state (null: never VIP).
    -- No foreign key to users: a person's deletion is never blocked by their figures.
    CREATE TABLE analytics_people (
      user_id     bigint PRIMARY KEY,
      signup_at   timestamptz,
      signup_day  date,
      language    text,
      steps       smallint NOT NULL DEFAULT 0,
      retained    smallint NOT NULL DEFAULT 0,
      last_node   text,
      balance     bigint,
      vip         boolean
    );
    CREATE INDEX analytics_people_signup_at ON analytics_people (signup_at);

    -- The local days (in each person's zone) on which a person did anything; and how many people per day.
    CREATE TABLE analytics_person_days (
      user_id bigint NOT NULL,
      day     date NOT NULL,
      PRIMARY KEY (user_id, day)
    );
    CREATE TABLE analytics_active_days (
      day    date PRIMARY KEY,
      people integer NOT NULL
    );

    -- Per signup day and language: the funnel (each step counting those who took every step before it) and
    -- the people who came back on day 1, 7 and 30.
    CREATE TABLE analytics_signups (
      day        date NOT NULL,
      language   text NOT NULL,
      started    integer NOT NULL,
      fragment   integer NOT NULL,
      decision   integer NOT NULL,
      chapter2   integer NOT NULL,
      chapter3   integer NOT NULL,
      vip        integer NOT NULL,
      d1         integer NOT NULL,
      d7         integer NOT NULL,
      d30        integer NOT NULL,
      PRIMARY KEY (day, language)
    );

    -- Distinct people per story mark: a node reached, a choice made at a node, an ending reached.
    CREATE TABLE analytics_marks (
      user_id bigint NOT NULL,
      kind    text NOT NULL,
      node    text NOT NULL,
      choice  text NOT NULL,
      PRIMARY KEY (user_id, kind, node, choice)
    );
    CREATE TABLE analytics_story (
      kind   text NOT NULL CHECK (kind IN ('reach', 'choice', 'ending')),
      node   text NOT NULL,
      choice text NOT NULL,
      people integer NOT NULL,
      PRIMARY KEY (kind, node, choice)
    );
    -- People by the last node they reached (where they stopped), and by balance bucket (the lower bound).
    CREATE TABLE analytics_dropoff (
      node   text PRIMARY KEY,
      people integer NOT NULL
    );
    CREATE TABLE analytics_balances (
      bucket bigint PRIMARY KEY,
      people integer NOT NULL
    );

    -- Sums per day (in the deployment's zone): besitos issued by reason and spent by item (or reason), Stars
    -- received and refunded, VIP started, renewed and ended.
    CREATE TABLE analytics_days (
      day    date NOT NULL,
      metric text NOT NULL CHECK (metric IN ('issued', 'spent', 'stars', 'vip')),
      key    text NOT NULL,
      amount bigint NOT NULL,
      times  integer NOT NULL,
      PRIMARY KEY (metric, day, key)
    );

    -- Admins who asked for Lucien's daily summary, and the days it was sent to them.
    CREATE TABLE analytics_summary_subscribers (
      admin_id bigint PRIMARY KEY,
      since    timestamptz NOT NULL
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE analytics_summary_subscribers;
    DROP TABLE analytics_days;
    DROP TABLE analytics_balances;
    DROP TABLE analytics_dropoff;
    DROP TABLE analytics_story;
    DROP TABLE analytics_marks;
    DROP TABLE analytics_signups;
    DROP TABLE analytics_active_days;
    DROP TABLE analytics_person_days;
    DROP TABLE analytics_people;
    DROP TABLE analytics_cursor;
  `.execute(db);
}

// The analytics rollup: takes the next events after the cursor (only final ones, see finalEventId) and
// folds them into the rollup tables, moving the cursor in the same transaction. A batch that fails half-way
// leaves nothing behind; a batch taken twice is impossible, since the second run starts past the first.
import { sql } from 'kysely';
import type { Db } from '../database.ts';

export interface RollupStory {
  /** Nodes with more than one choice: a real decision (the funnel's "first decision"). */
  decisionNodes: readonly string[];
  /** The chapters whose completion means entering chapter 2 and chapter 3. */
  chapter2From: string;
  chapter3From: string;
}

export interface RollupOptions {
  story: RollupStory;
  /** The deployment's zone: community figures per day, and a person's day when they chose none. */
  defaultZone: string;
  /** The lower bounds of the balance distribution's buckets, ascending, the first one 0. */
  balanceBuckets: readonly number[];
  batchSize: number;
}

/**
 * The id up to which the events are final: no transaction can still add an event at or below it. Ids are drawn
 * as rows are written, so a transaction that commits late leaves an id below ones already visible; a moment's
 * SHARE lock on the table waits for every transaction writing events to end (new ones wait that moment), and
 * after it every id up to the largest one seen is either visible or never will be. Writers wait at most the
 * lock's timeout; past it the run fails and the job tries again later.
 */
export async function finalEventId(db: Db): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await sql`SET LOCAL lock_timeout = '2s'`.execute(tx);
    await sql`LOCK TABLE events IN SHARE MODE`.execute(tx);
    const result = await sql<{ id: string | number | null }>`SELECT max(id) AS id FROM events`.execute(tx);
    return Number(result.rows[0]?.id ?? 0);
  });
}

/** Rolls up the next batch of events up to `finalId` (see finalEventId); how many it took (0: caught up). */
export async function rollUpBatch(db: Db, options: RollupOptions, finalId: number): Promise<number> {
  return db.transaction().execute(async (tx) => {
    // Locking the cursor serializes rollups (several instances): the second one reads where the first ended.
    // The first rollup of a database makes the cursor's row (inserting nothing when it is there).
    await sql`
      INSERT INTO analytics_cursor (name, event_id)
      SELECT 'events', 0 WHERE NOT EXISTS (SELECT 1 FROM analytics_cursor WHERE name = 'events')
      ON CONFLICT DO NOTHING
    `.execute(tx);
    const cursor = await sql<{ event_id: string | number }>`
      SELECT event_id FROM analytics_cursor WHERE name = 'events' FOR UPDATE
    `.execute(tx);
    const from = cursor.rows[0];
    if (!from) throw new Error('analytics_cursor has no row after making it');
    const next = await sql<{ taken: string | number; id: string | number | null }>`
      SELECT count(*) AS taken, max(id) AS id FROM (
        SELECT id FROM events WHERE id > ${from.event_id}::bigint AND id <= ${finalId}::bigint
        ORDER BY id LIMIT ${options.batchSize}
      ) AS next
    `.execute(tx);
    const to = next.rows[0];
    if (!to || to.id === null) return 0;

    // The batch is read once, with each event's day in the deployment's zone and in its person's zone; the
    // statements below fold it in. The table lives until the transaction ends.
    const zone = options.defaultZone;
    await sql`
      CREATE TEMP TABLE analytics_batch ON COMMIT DROP AS
      SELECT e.id, e.type, e.user_id, e.payload, e.created_at,
        (e.created_at AT TIME ZONE coalesce(u.time_zone, ${zone}))::date AS local_day,
        (e.created_at AT TIME ZONE ${zone})::date AS day
      FROM events e LEFT JOIN users u ON u.id = e.user_id
      WHERE e.id > ${from.event_id}::bigint AND e.id <= ${to.id}::bigint
    `.execute(tx);
    // Statistics, so that the planner joins a large batch by hash rather than row by row.
    await sql`ANALYZE analytics_batch`.execute(tx);
    for (const statement of [
      daySums(),
      people(options.story),
      activeDaysAndRetention(),
      storyMarks(),
      ...derivedFigures(options.balanceBuckets),
    ])
      await statement.execute(tx);
    await sql`
      UPDATE analytics_cursor
      SET event_id = ${to.id}::bigint, events = events + ${Number(to.taken)}, rolled_at = now()
      WHERE name = 'events'
    `.execute(tx);
    return Number(to.taken);
  });
}

/** Sums per day: besitos issued and spent, Stars, VIP started/renewed/ended (read before `people` moves on). */
function daySums() {
  return sql`
    WITH batch AS (SELECT * FROM analytics_batch),
    vip_events AS (
      SELECT b.day, b.type,
        coalesce(lag(b.type = 'VipGranted') OVER (PARTITION BY b.user_id ORDER BY b.id), p.vip, false) AS was_vip
      FROM batch b LEFT JOIN analytics_people p ON p.user_id = b.user_id
      WHERE b.type IN ('VipGranted', 'VipRevoked', 'VipExpired')
    ),
    sums AS (
      SELECT day, 'issued' AS metric, payload->>'reason' AS key, (payload->>'amount')::bigint AS amount
        FROM batch WHERE type = 'BesitosAwarded'
      UNION ALL SELECT day, 'spent', payload->>'itemId', (payload->>'price')::bigint
        FROM batch WHERE type = 'ItemPurchased'
      UNION ALL SELECT day, 'spent', payload->>'reason', (payload->>'amount')::bigint
        FROM batch WHERE type = 'BesitosSpent' AND payload->>'reason' <> 'purchase'
      UNION ALL SELECT day, 'stars', 'received', (payload->>'amount')::bigint
        FROM batch WHERE type = 'PaymentReceived'
      UNION ALL SELECT day, 'stars', 'refunded', (payload->>'amount')::bigint
        FROM batch WHERE type = 'PaymentRefunded'
      UNION ALL SELECT day, 'vip', CASE WHEN type <> 'VipGranted' THEN 'ended' WHEN was_vip THEN 'renewed' ELSE 'started' END, 0
        FROM vip_events WHERE type = 'VipGranted' OR was_vip
    )
    INSERT INTO analytics_days (day, metric, key, amount, times)
    SELECT day, metric, key, sum(amount), count(*) FROM sums GROUP BY day, metric, key
    ON CONFLICT (metric, day, key) DO UPDATE
    SET amount = analytics_days.amount + excluded.amount, times = analytics_days.times + excluded.times
  `;
}

/** Each person's row: arrival, funnel steps, last node, balance and VIP state, as of the batch's last event. */
function people(story: RollupStory) {
  const decisions = story.decisionNodes.length ? story.decisionNodes : ['\u0000'];
  return sql`
    WITH per AS (
      SELECT user_id,
        min(created_at) FILTER (WHERE type = 'UserRegistered') AS signup_at,
        min(local_day) FILTER (WHERE type = 'UserRegistered') AS signup_day,
        (array_agg(payload->>'language' ORDER BY id) FILTER (WHERE type = 'UserRegistered'))[1] AS language,
        bit_or(CASE
          WHEN type = 'UserRegistered' THEN 1
          WHEN type = 'FragmentCompleted' THEN 2
          WHEN type = 'DecisionMade' AND payload->>'node' IN (${sql.join(decisions)}) THEN 4
          WHEN type = 'ChapterCompleted' AND payload->>'chapter' = ${story.chapter2From} THEN 8
          WHEN type = 'ChapterCompleted' AND payload->>'chapter' = ${story.chapter3From} THEN 16
          WHEN type = 'VipGranted' AND payload->>'source' IN ('stars', 'token') THEN 32
          ELSE 0 END)::smallint AS steps,
        (array_agg(payload->>'node' ORDER BY id DESC)
          FILTER (WHERE type = 'FragmentCompleted'))[1] AS last_node,
        (array_agg((payload->>'balance')::bigint ORDER BY id DESC)
          FILTER (WHERE type IN ('BesitosAwarded', 'BesitosSpent')))[1] AS balance,
        (array_agg(type = 'VipGranted' ORDER BY id DESC)
          FILTER (WHERE type IN ('VipGranted', 'VipRevoked', 'VipExpired')))[1] AS vip
      FROM analytics_batch WHERE user_id IS NOT NULL GROUP BY user_id
    )
    INSERT INTO analytics_people (user_id, signup_at, signup_day, language, steps, last_node, balance, vip)
    SELECT user_id, signup_at, signup_day, language, steps, last_node, balance, vip FROM per
    ON CONFLICT (user_id) DO UPDATE SET
      signup_at = coalesce(analytics_people.signup_at, excluded.signup_at),
      signup_day = coalesce(analytics_people.signup_day, excluded.signup_day),
      language = coalesce(analytics_people.language, excluded.language),
      steps = analytics_people.steps | excluded.steps,
      last_node = coalesce(excluded.last_node, analytics_people.last_node),
      balance = coalesce(excluded.balance, analytics_people.balance),
      vip = coalesce(excluded.vip, analytics_people.vip)
  `;
}

/**
 * The local days people were active — any update of theirs that day, in their zone: the day they arrived and
 * each day the update inbox marked with PersonActive (events written without an update of theirs, a VIP
 * reminder or expiry, say, are no sign of life) — the new ones counted per day; a new day that is a person's
 * day 1, 7 or 30 after their arrival marks them as come back. Events from before those marks existed (up to
 * the `person-active-from` row, see migration 0028) count as they did then: any event of theirs that day.
 */
function activeDaysAndRetention() {
  return sql`
    WITH fresh AS (
      INSERT INTO analytics_person_days (user_id, day)
      SELECT DISTINCT user_id, CASE type WHEN 'PersonActive' THEN (payload->>'day')::date ELSE local_day END
      FROM analytics_batch
      WHERE user_id IS NOT NULL AND (type IN ('UserRegistered', 'PersonActive') OR id <= (
        SELECT coalesce(max(event_id), 0) FROM analytics_cursor WHERE name = 'person-active-from'
      ))
      ON CONFLICT DO NOTHING RETURNING user_id, day
    ),
    counted AS (
      INSERT INTO analytics_active_days (day, people)
      SELECT day, count(*) FROM fresh GROUP BY day
      ON CONFLICT (day) DO UPDATE SET people = analytics_active_days.people + excluded.people
    ),
    back AS (
      SELECT p.user_id, bit_or(CASE f.day - p.signup_day WHEN 1 THEN 1 WHEN 7 THEN 2 ELSE 4 END)::smallint AS bits
      FROM fresh f JOIN analytics_people p ON p.user_id = f.user_id
      WHERE f.day - p.signup_day IN (1, 7, 30)
      GROUP BY p.user_id
    )
    UPDATE analytics_people p SET retained = p.retained | back.bits FROM back WHERE back.user_id = p.user_id
  `;
}

/** Distinct people per node reached, per choice at a node, per ending. */
function storyMarks() {
  return sql`
    WITH fresh AS (
      INSERT INTO analytics_marks (user_id, kind, node, choice)
      SELECT DISTINCT user_id,
        CASE type WHEN 'FragmentCompleted' THEN 'reach' WHEN 'DecisionMade' THEN 'choice' ELSE 'ending' END,
        payload->>'node', coalesce(payload->>'choice', '')
      FROM analytics_batch
      WHERE type IN ('FragmentCompleted', 'DecisionMade', 'EndingReached') AND user_id IS NOT NULL
      ON CONFLICT DO NOTHING RETURNING kind, node, choice
    )
    INSERT INTO analytics_story (kind, node, choice, people)
    SELECT kind, node, choice, count(*) FROM fresh GROUP BY kind, node, choice
    ON CONFLICT (kind, node, choice) DO UPDATE SET people = analytics_story.people + excluded.people
  `;
}

/**
 * The figures drawn from the people's rows as a whole (funnel and retention per signup day and language,
 * where people stopped, the balance distribution), recomputed: small tables a view reads in one go.
 */
function derivedFigures(buckets: readonly number[]) {
  const step = (mask: number) => sql`count(*) FILTER (WHERE steps & ${mask}::smallint = ${mask}::smallint)`;
  const back = (bit: number) =>
    sql`count(*) FILTER (WHERE steps & 1 = 1 AND retained & ${bit}::smallint <> 0)`;
  return [
    sql`DELETE FROM analytics_signups`,
    sql`
      INSERT INTO analytics_signups
        (day, language, started, fragment, decision, chapter2, chapter3, vip, d1, d7, d30)
      SELECT signup_day, coalesce(language, ''), ${step(1)}, ${step(3)}, ${step(7)}, ${step(15)}, ${step(31)},
        ${step(63)}, ${back(1)}, ${back(2)}, ${back(4)}
      FROM analytics_people WHERE signup_day IS NOT NULL GROUP BY 1, 2
    `,
    sql`DELETE FROM analytics_dropoff`,
    sql`
      INSERT INTO analytics_dropoff (node, people)
      SELECT last_node, count(*) FROM analytics_people WHERE last_node IS NOT NULL GROUP BY 1
    `,
    sql`DELETE FROM analytics_balances`,
    sql`
      INSERT INTO analytics_balances (bucket, people)
      SELECT (SELECT max(b) FROM unnest(ARRAY[${sql.join(buckets)}]::bigint[]) AS b WHERE b <= coalesce(balance, 0)),
        count(*)
      FROM analytics_people GROUP BY 1
    `,
  ];
}

/** How far the rollup is: events rolled up so far, when it last ran, and the events still waiting. */
export async function rollupLag(
  db: Db,
): Promise<{ rolledUp: number; rolledAt: Date | null; waiting: number }> {
  const result = await sql<{ events: string | number; rolled_at: Date | null; waiting: string | number }>`
    SELECT coalesce(c.events, 0) AS events, c.rolled_at,
      (SELECT count(*) FROM events e WHERE e.id > coalesce(c.event_id, 0)) AS waiting
    FROM (SELECT 1) AS one LEFT JOIN analytics_cursor c ON c.name = 'events'
  `.execute(db);
  const row = result.rows[0];
  return {
    rolledUp: Number(row?.events ?? 0),
    rolledAt: row?.rolled_at ?? null,
    waiting: Number(row?.waiting ?? 0),
  };
}

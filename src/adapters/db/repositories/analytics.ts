// Analytics read from the rollup tables (analytics-rollup.ts), never from the events: the funnel and retention
// per signup day and language, the story's reach, choices, endings and drop-off, the economy, VIP and Stars
// per day. Each figure counts distinct people unless it says otherwise.
import { sql } from 'kysely';
import type { Executor } from '../database.ts';

export interface FunnelCounts {
  started: number;
  firstFragment: number;
  firstDecision: number;
  chapter2: number;
  chapter3: number;
  vip: number;
}

export interface SignupFilter {
  /** Signup days from/to (local days, inclusive, `YYYY-MM-DD`). */
  from?: string | undefined;
  to?: string | undefined;
  language?: string | undefined;
}

export interface CohortFigures extends FunnelCounts {
  /** The signup day, or the Monday of the signup week. */
  cohort: string;
  language: string;
  d1: number;
  d7: number;
  d30: number;
}

const num = (v: string | number | null | undefined) => Number(v ?? 0);

function signupWhere(f: SignupFilter) {
  return sql`WHERE true
    ${f.from ? sql`AND day >= ${f.from}::date` : sql``}
    ${f.to ? sql`AND day <= ${f.to}::date` : sql``}
    ${f.language ? sql`AND language = ${f.language}` : sql``}`;
}

/**
 * Funnel and retention figures per signup cohort: `by` a day or a (Monday-started) week, split by language or
 * not (`language` '' then). `by: 'all'` gives one row with every signup.
 */
export async function cohortFigures(
  db: Executor,
  by: 'day' | 'week' | 'all',
  split: { byLanguage: boolean },
  f: SignupFilter = {},
): Promise<CohortFigures[]> {
  const cohort =
    by === 'day' ? sql`day::text` : by === 'week' ? sql`date_trunc('week', day)::date::text` : sql`''`;
  const language = split.byLanguage ? sql`language` : sql`''`;
  const result = await sql<Record<string, string | number>>`
    SELECT ${cohort} AS cohort, ${language} AS language,
      sum(started) AS started, sum(fragment) AS fragment, sum(decision) AS decision, sum(chapter2) AS chapter2,
      sum(chapter3) AS chapter3, sum(vip) AS vip, sum(d1) AS d1, sum(d7) AS d7, sum(d30) AS d30
    FROM analytics_signups ${signupWhere(f)}
    GROUP BY 1, 2 ORDER BY 1, 2
  `.execute(db);
  return result.rows.map((r) => ({
    cohort: String(r.cohort),
    language: String(r.language),
    started: num(r.started),
    firstFragment: num(r.fragment),
    firstDecision: num(r.decision),
    chapter2: num(r.chapter2),
    chapter3: num(r.chapter3),
    vip: num(r.vip),
    d1: num(r.d1),
    d7: num(r.d7),
    d30: num(r.d30),
  }));
}

/** The funnel of the people who arrived from `since` on (an instant: read from the people's rolled-up rows). */
export async function funnelSince(db: Executor, since: Date): Promise<FunnelCounts> {
  const step = (mask: number) => sql`count(*) FILTER (WHERE steps & ${mask}::smallint = ${mask}::smallint)`;
  const result = await sql<Record<string, string | number>>`
    SELECT ${step(1)} AS s, ${step(3)} AS f, ${step(7)} AS d, ${step(15)} AS c2, ${step(31)} AS c3, ${step(63)} AS v
    FROM analytics_people WHERE signup_at >= ${since}
  `.execute(db);
  const r = result.rows[0] ?? {};
  return {
    started: num(r.s),
    firstFragment: num(r.f),
    firstDecision: num(r.d),
    chapter2: num(r.c2),
    chapter3: num(r.c3),
    vip: num(r.v),
  };
}

/** Distinct people per story mark: nodes reached, choices made at a node, endings reached; most first. */
export async function storyMarks(
  db: Executor,
  kind: 'reach' | 'choice' | 'ending',
): Promise<Array<{ node: string; choice: string; people: number }>> {
  const result = await sql<{ node: string; choice: string; people: number }>`
    SELECT node, choice, people FROM analytics_story WHERE kind = ${kind}
    ORDER BY ${kind === 'choice' ? sql`node, people DESC, choice` : sql`people DESC, node`}
  `.execute(db);
  return result.rows.map((r) => ({ node: r.node, choice: r.choice, people: num(r.people) }));
}

/** People by the last node they reached, most first. */
export async function dropoff(db: Executor): Promise<Array<{ node: string; people: number }>> {
  const result = await sql<{ node: string; people: number }>`
    SELECT node, people FROM analytics_dropoff ORDER BY people DESC, node
  `.execute(db);
  return result.rows.map((r) => ({ node: r.node, people: num(r.people) }));
}

/** People per balance bucket (its lower bound), lowest first. */
export async function balanceBuckets(db: Executor): Promise<Array<{ from: number; people: number }>> {
  const result = await sql<{ bucket: string; people: number }>`
    SELECT bucket, people FROM analytics_balances ORDER BY bucket
  `.execute(db);
  return result.rows.map((r) => ({ from: num(r.bucket), people: num(r.people) }));
}

export type DayMetric = 'issued' | 'spent' | 'stars' | 'vip';

/** Sums of one metric per day and key over the days `from`..`to` (inclusive), oldest first. */
export async function daySums(
  db: Executor,
  metric: DayMetric,
  range: { from: string; to: string },
): Promise<Array<{ day: string; key: string; amount: number; times: number }>> {
  const result = await sql<{ day: string; key: string; amount: string; times: number }>`
    SELECT day::text AS day, key, amount, times FROM analytics_days
    WHERE metric = ${metric} AND day BETWEEN ${range.from}::date AND ${range.to}::date
    ORDER BY day, key
  `.execute(db);
  return result.rows.map((r) => ({ day: r.day, key: r.key, amount: num(r.amount), times: num(r.times) }));
}

/** The sum of VIP starts minus ends before `from`: the VIP members on the eve of the range. */
export async function vipBefore(db: Executor, from: string): Promise<number> {
  const result = await sql<{ members: string | number | null }>`
    SELECT sum(CASE key WHEN 'started' THEN times WHEN 'ended' THEN -times ELSE 0 END) AS members
    FROM analytics_days WHERE metric = 'vip' AND day < ${from}::date
  `.execute(db);
  return num(result.rows[0]?.members);
}

/** People active per local day over `from`..`to`, oldest first. */
export async function activePerDay(
  db: Executor,
  range: { from: string; to: string },
): Promise<Array<{ day: string; people: number }>> {
  const result = await sql<{ day: string; people: number }>`
    SELECT day::text AS day, people FROM analytics_active_days WHERE day BETWEEN ${range.from}::date AND ${range.to}::date
    ORDER BY day
  `.execute(db);
  return result.rows.map((r) => ({ day: r.day, people: num(r.people) }));
}

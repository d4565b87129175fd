// Analytics read from the event store: the funnel from /start to VIP, and per story node the people who went
// through it and how they chose. Each figure counts distinct people.
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

/**
 * The funnel, each step counting the people who also took every step before it. `decisionNodes`: nodes with
 * more than one choice (a real decision); `chapter2From`/`chapter3From`: the chapters whose completion means
 * entering chapter 2 and 3.
 */
export async function funnelCounts(
  db: Executor,
  story: { decisionNodes: readonly string[]; chapter2From: string; chapter3From: string },
  since?: Date,
): Promise<FunnelCounts> {
  const decisions = story.decisionNodes.length ? story.decisionNodes : ['\u0000'];
  const result = await sql<Record<keyof FunnelCounts, string | number>>`
    WITH people AS (
      SELECT user_id,
        bool_or(type = 'UserRegistered') AS s,
        bool_or(type = 'FragmentCompleted') AS f,
        bool_or(type = 'DecisionMade' AND payload->>'node' IN (${sql.join(decisions)})) AS d,
        bool_or(type = 'ChapterCompleted' AND payload->>'chapter' = ${story.chapter2From}) AS c2,
        bool_or(type = 'ChapterCompleted' AND payload->>'chapter' = ${story.chapter3From}) AS c3,
        bool_or(type = 'VipGranted') AS v
      FROM events
      WHERE user_id IS NOT NULL
        AND type IN ('UserRegistered', 'FragmentCompleted', 'DecisionMade', 'ChapterCompleted', 'VipGranted')
        ${since ? sql`AND created_at >= ${since}` : sql``}
      GROUP BY user_id
    )
    SELECT
      count(*) FILTER (WHERE s) AS "started",
      count(*) FILTER (WHERE s AND f) AS "firstFragment",
      count(*) FILTER (WHERE s AND f AND d) AS "firstDecision",
      count(*) FILTER (WHERE s AND f AND d AND c2) AS "chapter2",
      count(*) FILTER (WHERE s AND f AND d AND c2 AND c3) AS "chapter3",
      count(*) FILTER (WHERE s AND f AND d AND c2 AND c3 AND v) AS "vip"
    FROM people
  `.execute(db);
  const row = result.rows[0];
  const n = (k: keyof FunnelCounts) => Number(row?.[k] ?? 0);
  return {
    started: n('started'),
    firstFragment: n('firstFragment'),
    firstDecision: n('firstDecision'),
    chapter2: n('chapter2'),
    chapter3: n('chapter3'),
    vip: n('vip'),
  };
}

/** People who went through each node (completed its fragment), most first. */
export async function nodeReach(db: Executor): Promise<Array<{ node: string; people: number }>> {
  const result = await sql<{ node: string; people: string | number }>`
    SELECT payload->>'node' AS node, count(DISTINCT user_id) AS people
    FROM events WHERE type = 'FragmentCompleted' AND user_id IS NOT NULL
    GROUP BY 1 ORDER BY 2 DESC, 1
  `.execute(db);
  return result.rows.map((r) => ({ node: r.node, people: Number(r.people) }));
}

/** People per choice at each node, counting each person's first choice there. */
export async function choiceSplit(
  db: Executor,
): Promise<Array<{ node: string; choice: string; people: number }>> {
  const result = await sql<{ node: string; choice: string; people: string | number }>`
    SELECT payload->>'node' AS node, payload->>'choice' AS choice, count(DISTINCT user_id) AS people
    FROM events WHERE type = 'DecisionMade' AND user_id IS NOT NULL
    GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2
  `.execute(db);
  return result.rows.map((r) => ({ node: r.node, choice: r.choice, people: Number(r.people) }));
}

// Progress rows of missions and achievements.
import { sql } from 'kysely';
import type { Executor } from '../database.ts';

export interface ProgressRow {
  goalId: string;
  period: string;
  progress: number;
  completedAt: Date | null;
}

/**
 * Adds to a goal's progress for a period, once per event: an event id at or below the last one counted is
 * ignored, and a completed goal no longer moves. Returns the new progress, or undefined when nothing moved.
 */
export async function addProgress(
  tx: Executor,
  row: { userId: number; goalId: string; period: string; amount: number; eventId: number },
): Promise<number | undefined> {
  const result = await sql<{ progress: number }>`
    INSERT INTO goal_progress (user_id, goal_id, period, progress, last_event_id)
    VALUES (${row.userId}, ${row.goalId}, ${row.period}, ${row.amount}, ${row.eventId})
    ON CONFLICT (user_id, goal_id, period) DO UPDATE
      SET progress = goal_progress.progress + EXCLUDED.progress,
          last_event_id = EXCLUDED.last_event_id,
          updated_at = now()
      WHERE goal_progress.completed_at IS NULL AND goal_progress.last_event_id < EXCLUDED.last_event_id
    RETURNING progress
  `.execute(tx);
  return result.rows[0]?.progress;
}

/**
 * `addProgress` for several goals at once (one event moving several goals): one round trip. Returns the new
 * progress of each goal that moved.
 */
export async function addProgressToGoals(
  tx: Executor,
  userId: number,
  eventId: number,
  moves: readonly { goalId: string; period: string; amount: number }[],
): Promise<Map<string, number>> {
  if (moves.length === 0) return new Map();
  const result = await sql<{ goal_id: string; period: string; progress: number }>`
    INSERT INTO goal_progress (user_id, goal_id, period, progress, last_event_id)
    SELECT ${userId}, m.goal_id, m.period, m.amount, ${eventId}
    FROM unnest(${moves.map((m) => m.goalId)}::text[], ${moves.map((m) => m.period)}::text[],
                ${moves.map((m) => m.amount)}::int[]) AS m(goal_id, period, amount)
    ON CONFLICT (user_id, goal_id, period) DO UPDATE
      SET progress = goal_progress.progress + EXCLUDED.progress,
          last_event_id = EXCLUDED.last_event_id,
          updated_at = now()
      WHERE goal_progress.completed_at IS NULL AND goal_progress.last_event_id < EXCLUDED.last_event_id
    RETURNING goal_id, period, progress
  `.execute(tx);
  return new Map(result.rows.map((r) => [`${r.goal_id}@${r.period}`, r.progress]));
}

/** Records a distinct value for a goal; true when it was not counted before. */
export async function addDistinctValue(
  tx: Executor,
  row: { userId: number; goalId: string; period: string; value: string },
): Promise<boolean> {
  const result = await tx
    .insertInto('goal_distinct_values')
    .values({ user_id: row.userId, goal_id: row.goalId, period: row.period, value: row.value })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Marks a goal complete; true only for the call that completed it. */
export async function completeGoal(
  tx: Executor,
  row: { userId: number; goalId: string; period: string; at: Date },
): Promise<boolean> {
  const result = await tx
    .updateTable('goal_progress')
    .set({ completed_at: row.at })
    .where('user_id', '=', row.userId)
    .where('goal_id', '=', row.goalId)
    .where('period', '=', row.period)
    .where('completed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Creates empty progress rows (a period's drawn missions), leaving existing ones alone. */
export async function ensureProgressRows(
  tx: Executor,
  userId: number,
  period: string,
  goalIds: readonly string[],
): Promise<void> {
  if (goalIds.length === 0) return;
  await tx
    .insertInto('goal_progress')
    .values(goalIds.map((goalId) => ({ user_id: userId, goal_id: goalId, period })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function progressRows(
  db: Executor,
  userId: number,
  filter: { periods?: readonly string[]; goalIds?: readonly string[] } = {},
): Promise<ProgressRow[]> {
  let query = db
    .selectFrom('goal_progress')
    .select(['goal_id', 'period', 'progress', 'completed_at'])
    .where('user_id', '=', userId);
  if (filter.periods) query = query.where('period', 'in', filter.periods.length ? [...filter.periods] : ['']);
  if (filter.goalIds)
    query = query.where('goal_id', 'in', filter.goalIds.length ? [...filter.goalIds] : ['']);
  const rows = await query.execute();
  return rows.map((r) => ({
    goalId: r.goal_id,
    period: r.period,
    progress: r.progress,
    completedAt: r.completed_at,
  }));
}

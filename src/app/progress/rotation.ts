// The daily and weekly missions a user has in a period, drawn once and kept, so the set stays the same all
// day (across restarts, level-ups and instances).
import type { Executor } from '../../adapters/db/database.ts';
import { ensureProgressRows, progressRows } from '../../adapters/db/repositories/progress.ts';
import type { ProgressContent } from '../../content/progress-loader.ts';
import { type Goal, type GoalStanding, rotation } from '../../domain/progress/goals.ts';

export async function drawnMissions(
  db: Executor,
  content: ProgressContent,
  cadence: 'daily' | 'weekly',
  userId: number,
  period: string,
  player: GoalStanding,
): Promise<Goal[]> {
  const pool = content.missions.filter((m) => m.cadence === cadence);
  const existing = await progressRows(db, userId, { periods: [period], goalIds: pool.map((g) => g.id) });
  if (existing.length > 0) return pool.filter((g) => existing.some((r) => r.goalId === g.id));
  const drawn = rotation(pool, content.rotation[cadence], userId, period, player);
  await ensureProgressRows(
    db,
    userId,
    period,
    drawn.map((g) => g.id),
  );
  return pool.filter((g) => drawn.includes(g));
}

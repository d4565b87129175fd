// When a creator adds a mission or achievement, users who already played get the progress their history
// earns: each user's handled events are replayed through the goals they have no progress on. A dry run only
// reports; a real run writes the progress and completes what was reached, paying through the ledger with the
// usual keys, so running it twice changes nothing the second time.
import { sql } from 'kysely';
import { transact } from '../../adapters/db/repositories/events.ts';
import { addDistinctValue, addProgress, progressRows } from '../../adapters/db/repositories/progress.ts';
import { isAvailable } from '../../domain/progress/goals.ts';
import { replayGoal } from '../../domain/progress/replay.ts';
import { loadPlayer } from '../player.ts';
import type { AppContext } from '../services.ts';
import { completeReachedGoal } from './tracker.ts';

export interface BackfillLine {
  userId: number;
  goalId: string;
  progress: number;
  target: number;
  reached: boolean;
}

export async function backfill(app: AppContext, options: { dryRun: boolean }): Promise<BackfillLine[]> {
  const goals = [...app.pack.progress.missions, ...app.pack.progress.achievements].filter(
    (g) => g.cadence === 'once',
  );
  const users = await app.db
    .selectFrom('users')
    .select('id')
    .where('forgotten_at', 'is', null)
    .orderBy('id')
    .execute();
  const lines: BackfillLine[] = [];
  for (const { id: userId } of users) {
    const tracked = new Set((await progressRows(app.db, userId, { periods: ['once'] })).map((r) => r.goalId));
    const candidates = goals.filter((g) => !tracked.has(g.id));
    if (candidates.length === 0) continue;
    const history = await sql<{ id: number; type: string; payload: Record<string, unknown> }>`
      SELECT id, type, payload FROM events WHERE user_id = ${userId} AND status = 'done' ORDER BY id
    `.execute(app.db);
    const events = history.rows.map((e) => ({
      ...e,
      payload: typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload,
    }));
    const lastEventId = events.at(-1)?.id ?? 0;
    const now = app.clock.now();
    const player = await loadPlayer(app.db, app.pack, userId, now);
    if (!player) continue;
    for (const goal of candidates) {
      if (!isAvailable(goal, player)) continue;
      const replay = replayGoal(goal, events);
      if (replay.progress === 0) continue;
      lines.push({
        userId,
        goalId: goal.id,
        progress: replay.progress,
        target: goal.target,
        reached: replay.reached,
      });
      if (options.dryRun) continue;
      await transact(app.db, async (tx) => {
        for (const value of replay.distinct)
          await addDistinctValue(tx, { userId, goalId: goal.id, period: 'once', value });
        const progress = await addProgress(tx, {
          userId,
          goalId: goal.id,
          period: 'once',
          amount: replay.progress,
          eventId: lastEventId,
        });
        if (progress !== undefined && progress >= goal.target) {
          await completeReachedGoal(app, tx, goal, userId, 'once', now);
        }
      });
    }
  }
  return lines;
}

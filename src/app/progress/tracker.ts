// Moves missions and achievements forward from domain events. Runs inside the event's delivery transaction:
// a goal that reaches its target is completed once, pays its reward through the ledger (idempotency key per
// goal and period), and emits MissionCompleted or AchievementUnlocked, which can move further goals.
import type { Transaction } from 'kysely';
import { appendEvents } from '../../adapters/db/repositories/events.ts';
import type { StoredEvent } from '../../adapters/db/repositories/outbox.ts';
import {
  addDistinctValue,
  addProgressToGoals,
  completeGoal,
} from '../../adapters/db/repositories/progress.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { contribution, type Goal, isAvailable } from '../../domain/progress/goals.ts';
import { memberDay, periodOf } from '../../domain/progress/periods.ts';
import type { Subscriber } from '../events/dispatcher.ts';
import { award } from '../ledger.ts';
import { loadStanding } from '../player.ts';
import type { AppContext } from '../services.ts';
import { zoneOf } from '../zone.ts';
import { drawnMissions } from './rotation.ts';

export function progressTracker(app: AppContext): Subscriber {
  const { progress } = app.pack;
  return {
    name: 'progress',
    types: [...progress.byEvent.keys()],
    handle: (tx, event) => track(app, tx, event),
    // An event that moves no goal (an award without activity) needs no delivery.
    wants: (event) =>
      (progress.byEvent.get(event.type) ?? []).some((goal) => contribution(goal, event) !== undefined),
  };
}

async function track(app: AppContext, tx: Transaction<DB>, event: StoredEvent): Promise<void> {
  const userId = event.userId;
  if (userId === null) return;
  const goals = app.pack.progress.byEvent.get(event.type) ?? [];
  const counted = goals
    .map((goal) => ({ goal, c: contribution(goal, event) }))
    .filter((g) => g.c !== undefined);
  if (counted.length === 0) return;
  const now = app.clock.now();
  const found = await loadStanding(tx, app.pack, userId, now);
  if (!found) return;
  const zone = zoneOf(app, found);
  const standing = { ...found, day: memberDay(found.registeredAt, event.createdAt, zone) };

  // Which goals this event moves, in which period, and by how much.
  const drawn = new Map<string, Goal[]>();
  const moves: { goal: Goal; goalId: string; period: string; amount: number }[] = [];
  for (const { goal, c } of counted) {
    // An event counts in the period it happened in, even if it is delivered after midnight.
    const period = periodOf(goal.cadence, event.createdAt, zone);
    if (goal.cadence === 'once') {
      if (!isAvailable(goal, standing)) continue;
    } else {
      const key = `${goal.cadence}@${period}`;
      if (!drawn.has(key)) {
        drawn.set(key, await drawnMissions(tx, app.pack.progress, goal.cadence, userId, period, standing));
      }
      if (!drawn.get(key)?.includes(goal)) continue;
    }
    if (c && 'distinct' in c) {
      if (!(await addDistinctValue(tx, { userId, goalId: goal.id, period, value: c.distinct }))) continue;
      moves.push({ goal, goalId: goal.id, period, amount: 1 });
    } else {
      moves.push({ goal, goalId: goal.id, period, amount: c?.add ?? 0 });
    }
  }

  const progress = await addProgressToGoals(tx, userId, event.id, moves);
  for (const { goal, period } of moves) {
    const reached = progress.get(`${goal.id}@${period}`);
    if (reached !== undefined && reached >= goal.target) {
      await completeReachedGoal(app, tx, goal, userId, period, now);
    }
  }
}

/** Completes a goal once: marks it, pays its reward and emits MissionCompleted or AchievementUnlocked. */
export async function completeReachedGoal(
  app: AppContext,
  tx: Transaction<DB>,
  goal: Goal,
  userId: number,
  period: string,
  now: Date,
): Promise<void> {
  if (!(await completeGoal(tx, { userId, goalId: goal.id, period, at: now }))) return;
  const paid = await award(tx, app.pack, now, {
    userId,
    base: goal.reward,
    reason: goal.kind,
    key:
      goal.kind === 'mission' ? `mission:${userId}:${goal.id}:${period}` : `achievement:${userId}:${goal.id}`,
    ref: goal.id,
  });
  await appendEvents(tx, [
    goal.kind === 'mission'
      ? {
          type: 'MissionCompleted',
          userId,
          at: now,
          payload: { missionId: goal.id, period, reward: paid.amount },
        }
      : {
          type: 'AchievementUnlocked',
          userId,
          at: now,
          payload: { achievementId: goal.id, reward: paid.amount },
        },
  ]);
}

// What the 🎯 Misiones and 🏆 Logros screens show: active missions with progress and time left, and every
// achievement, unlocked (with its date) or locked (with progress).
import { progressRows } from '../../adapters/db/repositories/progress.ts';
import { applyMultiplier } from '../../domain/economy/multiplier.ts';
import { type Goal, isAvailable } from '../../domain/progress/goals.ts';
import { memberDay, periodEnd, periodOf } from '../../domain/progress/periods.ts';
import { loadPlayer, loadStanding } from '../player.ts';
import type { AppContext } from '../services.ts';
import { zoneOf } from '../zone.ts';
import { drawnMissions } from './rotation.ts';

export interface GoalView {
  goal: Goal;
  progress: number;
  completedAt: Date | null;
  available: boolean;
  /** What this person gets on completing it: the pack's reward, with the VIP multiplier for a VIP. */
  reward: number;
}

function rewardFor(app: AppContext, goal: Goal, isVip: boolean): number {
  return isVip ? applyMultiplier(goal.reward, app.pack.economy.vip_multiplier) : goal.reward;
}

export interface MissionBoard {
  once: GoalView[];
  daily: GoalView[];
  weekly: GoalView[];
  dailyEndsAt: Date;
  weeklyEndsAt: Date;
}

export async function missionBoard(app: AppContext, userId: number): Promise<MissionBoard | undefined> {
  const now = app.clock.now();
  const found = await loadPlayer(app.db, app.pack, userId, now);
  if (!found) return undefined;
  const zone = zoneOf(app, found.user);
  const player = { ...found, day: memberDay(found.user.createdAt, now, zone) };
  const content = app.pack.progress;
  const day = periodOf('daily', now, zone);
  const week = periodOf('weekly', now, zone);
  const daily = await drawnMissions(app.db, content, 'daily', userId, day, player);
  const weekly = await drawnMissions(app.db, content, 'weekly', userId, week, player);
  const rows = await progressRows(app.db, userId, { periods: ['once', day, week] });
  const view = (goal: Goal, period: string): GoalView => {
    const row = rows.find((r) => r.goalId === goal.id && r.period === period);
    return {
      goal,
      progress: Math.min(row?.progress ?? 0, goal.target),
      completedAt: row?.completedAt ?? null,
      available: isAvailable(goal, player),
      reward: rewardFor(app, goal, player.isVip),
    };
  };
  // Open errands first, closest to done on top; then the completed ones, latest first.
  const once = content.missions
    .filter((m) => m.cadence === 'once')
    .map((m) => view(m, 'once'))
    .sort(
      (a, b) =>
        Number(a.completedAt !== null) - Number(b.completedAt !== null) ||
        (b.completedAt?.getTime() ?? 0) - (a.completedAt?.getTime() ?? 0) ||
        b.progress / b.goal.target - a.progress / a.goal.target,
    );
  return {
    once,
    daily: daily.map((m) => view(m, day)),
    weekly: weekly.map((m) => view(m, week)),
    dailyEndsAt: periodEnd('daily', now, zone),
    weeklyEndsAt: periodEnd('weekly', now, zone),
  };
}

export async function achievementList(app: AppContext, userId: number): Promise<GoalView[]> {
  const goals = app.pack.progress.achievements;
  const isVip = (await loadStanding(app.db, app.pack, userId, app.clock.now()))?.isVip ?? false;
  const rows = await progressRows(app.db, userId, { periods: ['once'], goalIds: goals.map((g) => g.id) });
  return goals
    .map((goal) => {
      const row = rows.find((r) => r.goalId === goal.id);
      return {
        goal,
        progress: Math.min(row?.progress ?? 0, goal.target),
        completedAt: row?.completedAt ?? null,
        available: true,
        reward: rewardFor(app, goal, isVip),
      };
    })
    .sort((a, b) => Number(b.completedAt !== null) - Number(a.completedAt !== null));
}

// Missions and achievements are goals: "this many of that event" (or their sum, or how many distinct values),
// counted per period. The rules are pure: which events count, by how much, and which daily or weekly
// missions a user has in a period. Goals count what the person did: an award moves a goal only by its
// activity (src/domain/economy/activity.ts), so rewards, grants and the VIP bonus never set off a goal.
import { createHash } from 'node:crypto';
import { activityInAward } from '../economy/activity.ts';
import type { Cadence } from './periods.ts';

export type Condition = string | number | boolean | { gte?: number; lte?: number; in?: (string | number)[] };

export type Measure = { count: true } | { sum: string } | { distinct: string };

export interface Goal {
  id: string;
  kind: 'mission' | 'achievement';
  cadence: Cadence;
  event: string;
  where: Record<string, Condition>;
  measure: Measure;
  target: number;
  reward: number;
  /** Who can pursue it: VIP, a level, and from which day of theirs (1 = the day they arrived). */
  requires: { vip: boolean; level: number; day?: number | undefined };
}

/** What one event adds to a goal: an amount, a distinct value, or nothing. */
export type Contribution = { add: number } | { distinct: string } | undefined;

export interface GoalEvent {
  type: string;
  payload: Record<string, unknown>;
}

function satisfies(value: unknown, condition: Condition): boolean {
  if (typeof condition !== 'object') return value === condition;
  if (condition.in && !condition.in.includes(value as string | number)) return false;
  if (typeof condition.gte === 'number' && !(typeof value === 'number' && value >= condition.gte))
    return false;
  if (typeof condition.lte === 'number' && !(typeof value === 'number' && value <= condition.lte))
    return false;
  return true;
}

export function contribution(goal: Goal, event: GoalEvent): Contribution {
  if (event.type !== goal.event) return undefined;
  const activity = event.type === 'BesitosAwarded' ? activityInAward(event.payload) : undefined;
  if (activity === 0) return undefined;
  for (const [field, condition] of Object.entries(goal.where)) {
    if (!satisfies(event.payload[field], condition)) return undefined;
  }
  if ('count' in goal.measure) return { add: 1 };
  if ('sum' in goal.measure) {
    const value = activity ?? event.payload[goal.measure.sum];
    return typeof value === 'number' && value > 0 ? { add: Math.floor(value) } : undefined;
  }
  const value = event.payload[goal.measure.distinct];
  return value === undefined || value === null ? undefined : { distinct: String(value) };
}

/** Where a person stands for goals: VIP, level, and which of their days it is (1 = the day they arrived). */
export interface GoalStanding {
  isVip: boolean;
  level: number;
  day?: number | undefined;
}

export function isAvailable(goal: Goal, player: GoalStanding): boolean {
  return (
    (!goal.requires.vip || player.isVip) &&
    player.level >= goal.requires.level &&
    (player.day ?? Number.POSITIVE_INFINITY) >= (goal.requires.day ?? 1)
  );
}

/**
 * The daily or weekly missions a user has in a period: the pool shuffled by a hash of (user, period), so the
 * draw is the same after a restart and differs between users and days, then the first `pick` available ones.
 */
export function rotation(
  pool: readonly Goal[],
  pick: number,
  userId: number,
  period: string,
  player: GoalStanding,
): Goal[] {
  const rank = (goal: Goal) =>
    createHash('sha1').update(`${userId}:${period}:${goal.id}`).digest().readUInt32BE(0);
  return [...pool]
    .map((goal) => ({ goal, rank: rank(goal) }))
    .sort((a, b) => a.rank - b.rank || a.goal.id.localeCompare(b.goal.id))
    .map((r) => r.goal)
    .filter((goal) => isAvailable(goal, player))
    .slice(0, pick);
}

/** A text progress bar: ▰▰▰▱▱▱▱▱▱▱ */
export function progressBar(progress: number, target: number, width = 10): string {
  const filled = target <= 0 ? width : Math.min(width, Math.floor((progress / target) * width));
  return '▰'.repeat(filled) + '▱'.repeat(width - filled);
}

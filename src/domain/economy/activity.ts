// What counts as activity: besitos a person earned by doing something (reading, choosing, the daily gift,
// reactions, the dailies). Rewards of missions and achievements, admin grants, the welcome gift and the VIP
// bonus are not activity. Levels and "earn N besitos" goals follow activity alone, so a reward never sets off
// the next goal, and a newcomer does not spend the whole game in one evening.

/** Ledger reasons whose awards are activity. Every other reason (mission, achievement, admin, welcome, ...) is not. */
export const ACTIVITY_REASONS: ReadonlySet<string> = new Set([
  'fragment',
  'decision',
  'story_bonus',
  'daily_gift',
  'reaction',
  'nightly',
  'riddle',
  'chance',
]);

export function isActivity(reason: string): boolean {
  return ACTIVITY_REASONS.has(reason);
}

/**
 * The part of an award that counts as activity: its base (before the VIP multiplier) when its reason is
 * activity, nothing otherwise.
 */
export function activityOf(reason: string, base: number): number {
  return isActivity(reason) ? Math.max(0, Math.floor(base)) : 0;
}

/**
 * What an award event adds to "earn N besitos" goals: its `activity` as written by the ledger; an older event
 * without it counts its amount when its reason is activity.
 */
export function activityInAward(payload: Record<string, unknown>): number {
  if (typeof payload.activity === 'number') return Math.max(0, Math.floor(payload.activity));
  const reason = typeof payload.reason === 'string' ? payload.reason : '';
  return typeof payload.amount === 'number' ? activityOf(reason, payload.amount) : 0;
}

// The daily gift: one claim per user and local day. Coming back the day after a claim continues the streak,
// missing a day starts it again at 1, and the pack's streak table adds a bonus to long streaks.
import { addDays, type LocalDate } from '../calendar.ts';

export interface StreakBonus {
  /** The bonus applies from this consecutive day on. */
  from_day: number;
  bonus: number;
}

export interface LastClaim {
  day: LocalDate;
  streak: number;
}

export type DailyGiftPlan =
  | { claimable: true; day: LocalDate; streak: number; base: number; bonus: number }
  | { claimable: false; day: LocalDate; streak: number };

/** The bonus of the highest row the streak has reached (0 below the first row). */
export function streakBonus(streak: number, table: readonly StreakBonus[]): number {
  let bonus = 0;
  for (const row of table) if (streak >= row.from_day) bonus = row.bonus;
  return bonus;
}

/**
 * What claiming on `today` would pay, given the user's latest claim. A latest claim dated today, or later
 * (the user's zone moved them back a day), means today's gift is already taken.
 */
export function planDailyGift(
  last: LastClaim | undefined,
  today: LocalDate,
  rules: { base: number; streakTable: readonly StreakBonus[] },
): DailyGiftPlan {
  if (last && last.day >= today) return { claimable: false, day: today, streak: last.streak };
  const streak = last?.day === addDays(today, -1) ? last.streak + 1 : 1;
  return {
    claimable: true,
    day: today,
    streak,
    base: rules.base,
    bonus: streakBonus(streak, rules.streakTable),
  };
}

/** The streak shown before today's claim: yesterday's streak still counts until today is over. */
export function currentStreak(last: LastClaim | undefined, today: LocalDate): number {
  if (!last) return 0;
  return last.day >= addDays(today, -1) ? last.streak : 0;
}

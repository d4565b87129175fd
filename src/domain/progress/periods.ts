// Missions count in periods of the user's own calendar: a day ('2026-11-23') or an ISO week ('2026-W48')
// in their time zone, or 'once' for goals that never reset. Days, weeks and their boundaries come from the
// one calendar of the domain (calendar.ts), shared with the daily gift and daily caps.
import {
  addDays,
  daysBetween,
  isoWeek,
  localDate,
  nextMidnight,
  startOfDay,
  weekStart,
} from '../calendar.ts';

export type Cadence = 'once' | 'daily' | 'weekly';

export function periodOf(cadence: Cadence, at: Date, zone: string): string {
  if (cadence === 'daily') return localDate(at, zone);
  if (cadence === 'weekly') return isoWeek(at, zone);
  return 'once';
}

/** The instant the user's current day (or week, from Monday) ends, in their zone. */
export function periodEnd(cadence: Exclude<Cadence, 'once'>, at: Date, zone: string): Date {
  return cadence === 'daily' ? nextMidnight(at, zone) : startOfDay(addDays(weekStart(at, zone), 7), zone);
}

/** Which of the person's days `at` is in their zone: 1 on the day they arrived, 2 the day after, ... */
export function memberDay(registeredAt: Date, at: Date, zone: string): number {
  return Math.max(1, daysBetween(localDate(registeredAt, zone), localDate(at, zone)) + 1);
}

// Missions count in periods of the user's own calendar: a day ('2026-11-23') or an ISO week ('2026-W48')
// in their time zone, or 'once' for goals that never reset. Days and their boundaries come from the one
// calendar of the domain (calendar.ts), shared with the daily gift and daily caps.
import { addDays, localDate, nextMidnight, startOfDay, weekStart } from '../calendar.ts';

export { localDate };

export type Cadence = 'once' | 'daily' | 'weekly';

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function localParts(at: Date, zone: string): LocalParts {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return parts as unknown as LocalParts;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The ISO week (weeks start on Monday) containing the user's date at `at`, as YYYY-Www. */
export function localWeek(at: Date, zone: string): string {
  const p = localParts(at, zone);
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week names the ISO year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${pad(week)}`;
}

export function periodOf(cadence: Cadence, at: Date, zone: string): string {
  if (cadence === 'daily') return localDate(at, zone);
  if (cadence === 'weekly') return localWeek(at, zone);
  return 'once';
}

/** The instant the user's current day (or week, from Monday) ends, in their zone. */
export function periodEnd(cadence: Exclude<Cadence, 'once'>, at: Date, zone: string): Date {
  return cadence === 'daily' ? nextMidnight(at, zone) : startOfDay(addDays(weekStart(at, zone), 7), zone);
}

/** Local hour and minute at `at` in a zone, as minutes since midnight (quiet hours). */
export function localMinuteOfDay(at: Date, zone: string): number {
  const p = localParts(at, zone);
  return p.hour * 60 + p.minute;
}

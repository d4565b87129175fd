// Lucien does not write during a user's quiet hours: an announcement due then waits until they end. A person
// keeps the pack's hours or chooses their own (stored as 'HH:MM-HH:MM', or 'off' for none).
import { minuteOfDay } from '../calendar.ts';

export interface QuietHours {
  from: string;
  to: string;
}

/** What a person chose instead of the pack's hours. */
export const QUIET_OFF = 'off';

const minutes = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** When a message due at `at` may be sent, given quiet hours (which may span midnight) in the user's zone. */
export function deliverAfter(at: Date, zone: string, quiet: QuietHours | undefined): Date {
  if (!quiet) return at;
  const from = minutes(quiet.from);
  const to = minutes(quiet.to);
  const now = minuteOfDay(at, zone);
  const inside = from <= to ? now >= from && now < to : now >= from || now < to;
  if (!inside) return at;
  const wait = (to - now + 24 * 60) % (24 * 60);
  const delayed = new Date(at.getTime() + wait * 60_000);
  delayed.setUTCSeconds(0, 0);
  return delayed;
}

/** How quiet hours are stored and carried on buttons. */
export const quietHoursKey = (quiet: QuietHours): string => `${quiet.from}-${quiet.to}`;

/**
 * The hours in force: the person's choice (none when they turned them off), else the pack's. A stored value
 * that is not one (the database's CHECK makes that an old or hand-edited row) falls back to the pack's.
 */
export function quietHoursIn(stored: string | null, pack: QuietHours | undefined): QuietHours | undefined {
  if (stored === QUIET_OFF) return undefined;
  const match = stored?.match(/^(\d\d:\d\d)-(\d\d:\d\d)$/);
  return match ? { from: match[1]!, to: match[2]! } : pack;
}

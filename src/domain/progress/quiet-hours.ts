// Lucien does not write during a user's quiet hours: an announcement due then waits until they end.
import { minuteOfDay } from '../calendar.ts';

const minutes = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** When a message due at `at` may be sent, given quiet hours (which may span midnight) in the user's zone. */
export function deliverAfter(at: Date, zone: string, quiet: { from: string; to: string } | undefined): Date {
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

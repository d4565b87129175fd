// The one place that says what "today", "tomorrow at midnight" and "this week" mean for a user: always in
// their IANA time zone, from an instant passed in. Daily gifts, daily caps and (later) daily and weekly
// missions all ask here, so a day boundary is the same everywhere, across midnight and DST changes.

/** A calendar day as written in the user's zone: 'YYYY-MM-DD'. */
export type LocalDate = string;

const MS_PER_DAY = 86_400_000;
/** No zone is more than 14 hours from UTC; a local day starts within this window around its UTC midnight. */
const MAX_OFFSET_MS = 15 * 3_600_000;

/** Formatters are costly to build: one per zone and purpose, kept for the life of the process. */
function formatterCache(locale: string, options: Intl.DateTimeFormatOptions) {
  const formatters = new Map<string, Intl.DateTimeFormat>();
  return (zone: string): Intl.DateTimeFormat => {
    let formatter = formatters.get(zone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
      formatters.set(zone, formatter);
    }
    return formatter;
  };
}

// en-CA writes dates as YYYY-MM-DD.
const formatterFor = formatterCache('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
const clockFormatterFor = formatterCache('en-GB', { hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });

export function isTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar day an instant falls on in a zone. */
export function localDate(instant: Date, zone: string): LocalDate {
  return formatterFor(zone).format(instant);
}

function parse(date: LocalDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a calendar day: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function format(utcMidnight: number): LocalDate {
  return new Date(utcMidnight).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return format(parse(date) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((parse(to) - parse(from)) / MS_PER_DAY);
}

/**
 * The first instant of a local day. Usually its midnight; where a DST change skips midnight (e.g. Chile),
 * the moment the clocks jump. Found by bisection, since the local date only moves forward with time.
 */
export function startOfDay(date: LocalDate, zone: string): Date {
  let before = parse(date) - MAX_OFFSET_MS; // still the previous local day
  let after = parse(date) + MAX_OFFSET_MS; // already this local day
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (localDate(new Date(middle), zone) < date) before = middle;
    else after = middle;
  }
  return new Date(after);
}

/** The local day an instant falls on, as the half-open interval [start, end) of instants. */
export function dayBounds(instant: Date, zone: string): { day: LocalDate; start: Date; end: Date } {
  const day = localDate(instant, zone);
  return { day, start: startOfDay(day, zone), end: startOfDay(addDays(day, 1), zone) };
}

/** When the next local day begins: the moment a daily gift becomes available again. */
export function nextMidnight(instant: Date, zone: string): Date {
  return startOfDay(addDays(localDate(instant, zone), 1), zone);
}

/** The Monday that starts the local week of an instant. */
export function weekStart(instant: Date, zone: string): LocalDate {
  const day = localDate(instant, zone);
  const weekday = new Date(parse(day)).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** The ISO week (from Monday; the week's Thursday names its year) of an instant, as 'YYYY-Www'. */
export function isoWeek(instant: Date, zone: string): string {
  const thursday = parse(addDays(weekStart(instant, zone), 3));
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday - yearStart) / MS_PER_DAY / 7) + 1;
  return `${new Date(thursday).getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The wall-clock time of an instant in a zone, as minutes since local midnight (0..1439). */
export function minuteOfDay(instant: Date, zone: string): number {
  const [hour = 0, minute = 0] = clockFormatterFor(zone).format(instant).split(':').map(Number);
  return hour * 60 + minute;
}

/** The part of the day at an instant in a zone, for greetings: morning 6–12, afternoon 12–20, night otherwise. */
export type DayPart = 'morning' | 'afternoon' | 'night';

export function dayPart(instant: Date, zone: string): DayPart {
  const hour = Math.floor(minuteOfDay(instant, zone) / 60);
  if (hour >= 6 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 20) return 'afternoon';
  return 'night';
}

/** A zone as people read it: "Mexico City · UTC−6", or "UTC−6" for an offset zone (Etc/GMT±N, UTC). */
export function zoneLabel(zone: string, at: Date): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name
    .replace('GMT', 'UTC')
    .replace('-', '−')
    .replace(/^UTC[+−]0$/, 'UTC');
  if (zone === 'UTC' || zone.startsWith('Etc/')) return offset;
  const city = zone.split('/').at(-1)!.replaceAll('_', ' ');
  return `${city} · ${offset}`;
}

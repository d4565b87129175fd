// The nightly visit: Diana receives each person once a night, in the evening and night of their own zone.
// A night that runs past midnight belongs to the evening it began on, so 23:00 and 01:00 are the same visit.
import { addDays, type LocalDate, localDate, minuteOfDay } from '../calendar.ts';

export interface NightWindow {
  /** Minutes after local midnight when the visits open (e.g. 20:00 = 1200). */
  opens: number;
  /** Minutes after local midnight when they close; earlier than `opens` when the night runs past midnight. */
  closes: number;
}

/** "HH:MM" as minutes after midnight. */
export function clockMinutes(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

export function isOpen(minute: number, window: NightWindow): boolean {
  return window.opens <= window.closes
    ? minute >= window.opens && minute < window.closes
    : minute >= window.opens || minute < window.closes;
}

/**
 * The night an instant belongs to, in the person's zone: the evening's date while the visits are open, none
 * outside them.
 */
export function nightOf(instant: Date, zone: string, window: NightWindow): LocalDate | undefined {
  const minute = minuteOfDay(instant, zone);
  if (!isOpen(minute, window)) return undefined;
  const day = localDate(instant, zone);
  const pastMidnight = window.opens > window.closes && minute < window.closes;
  return pastMidnight ? addDays(day, -1) : day;
}

/** Each person walks the pool in their own order (a stable offset from their id): no repeat within its size. */
export function sceneOffset(userId: number): number {
  return Math.abs(Math.imul(userId, 2654435761) >> 7);
}

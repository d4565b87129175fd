// "Today" in the user's zone: across midnight and across DST changes, in two zones with different rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayBounds,
  daysBetween,
  isTimeZone,
  localDate,
  nextMidnight,
  startOfDay,
  weekStart,
} from '../../src/domain/calendar.ts';

const MADRID = 'Europe/Madrid'; // DST at 02:00/03:00
const SANTIAGO = 'America/Santiago'; // DST changes at midnight: some days have no 00:00
const MEXICO = 'America/Mexico_City'; // the default zone, no DST since 2022

describe('calendar', () => {
  it('gives the local day on each side of midnight', () => {
    expect(localDate(new Date('2026-01-15T22:59:59Z'), MADRID)).toBe('2026-01-15');
    expect(localDate(new Date('2026-01-15T23:00:00Z'), MADRID)).toBe('2026-01-16');
    expect(localDate(new Date('2026-01-16T05:59:59Z'), MEXICO)).toBe('2026-01-15');
    expect(localDate(new Date('2026-01-16T06:00:00Z'), MEXICO)).toBe('2026-01-16');
  });

  it('finds the next midnight, also on the short and long days of DST', () => {
    expect(nextMidnight(new Date('2026-01-15T12:00:00Z'), MEXICO).toISOString()).toBe(
      '2026-01-16T06:00:00.000Z',
    );
    // Madrid, 29 March 2026 has 23 hours; 25 October 2026 has 25.
    const spring = dayBounds(new Date('2026-03-29T12:00:00Z'), MADRID);
    expect(spring.start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(spring.end.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    const autumn = dayBounds(new Date('2026-10-25T12:00:00Z'), MADRID);
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(25 * 3_600_000);
  });

  it('starts a day when the clocks jump where DST skips midnight (Santiago)', () => {
    // Saturday 5 September 2026 at 24:00 (-04) the clocks go to Sunday 01:00 (-03).
    expect(startOfDay('2026-09-06', SANTIAGO).toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(localDate(new Date('2026-09-06T03:59:59.999Z'), SANTIAGO)).toBe('2026-09-05');
    expect(nextMidnight(new Date('2026-09-05T20:00:00Z'), SANTIAGO).toISOString()).toBe(
      '2026-09-06T04:00:00.000Z',
    );
    // Saturday 4 April 2026 at 24:00 (-03) the clocks go back to 23:00 (-04): the Saturday lasts 25 hours.
    const long = dayBounds(new Date('2026-04-04T12:00:00Z'), SANTIAGO);
    expect(long.end.toISOString()).toBe('2026-04-05T04:00:00.000Z');
    expect(long.end.getTime() - long.start.getTime()).toBe(25 * 3_600_000);
  });

  it('starts weeks on Monday in the user zone', () => {
    // Sunday 18 January 2026, 23:30 in Mexico City is already Monday 19 in Madrid.
    const instant = new Date('2026-01-19T05:30:00Z');
    expect(weekStart(instant, MEXICO)).toBe('2026-01-12');
    expect(weekStart(instant, MADRID)).toBe('2026-01-19');
  });

  it('adds and counts days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(() => addDays('yesterday', 1)).toThrow(RangeError);
    expect(isTimeZone(SANTIAGO)).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('puts every instant inside its own day, and days follow each other (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.constantFrom(MADRID, SANTIAGO, MEXICO, 'Asia/Kolkata', 'Pacific/Kiritimati', 'UTC'),
        (instant, zone) => {
          const { day, start, end } = dayBounds(instant, zone);
          expect(start.getTime()).toBeLessThanOrEqual(instant.getTime());
          expect(instant.getTime()).toBeLessThan(end.getTime());
          expect(localDate(start, zone)).toBe(day);
          expect(localDate(new Date(start.getTime() - 1), zone)).toBe(addDays(day, -1));
          expect(localDate(end, zone)).toBe(addDays(day, 1));
          expect(daysBetween(weekStart(instant, zone), day)).toBeLessThan(7);
        },
      ),
      { numRuns: 300 },
    );
  });
});

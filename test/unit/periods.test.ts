import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeek, localDate } from '../../src/domain/calendar.ts';
import { periodEnd, periodOf } from '../../src/domain/progress/periods.ts';
import { deliverAfter } from '../../src/domain/progress/quiet-hours.ts';

describe('periods in the user’s zone', () => {
  it('changes day at local midnight, not at UTC midnight', () => {
    const mx = 'America/Mexico_City'; // UTC-6
    const madrid = 'Europe/Madrid'; // UTC+1 in November
    expect(localDate(new Date('2026-11-24T05:59:00Z'), mx)).toBe('2026-11-23');
    expect(localDate(new Date('2026-11-24T06:00:00Z'), mx)).toBe('2026-11-24');
    expect(localDate(new Date('2026-11-23T22:59:00Z'), madrid)).toBe('2026-11-23');
    expect(localDate(new Date('2026-11-23T23:00:00Z'), madrid)).toBe('2026-11-24');
  });

  it('starts weeks on the user’s Monday', () => {
    const mx = 'America/Mexico_City';
    // Monday 2026-11-23 00:00 in Mexico City is 06:00 UTC.
    expect(isoWeek(new Date('2026-11-23T05:59:00Z'), mx)).toBe('2026-W47');
    expect(isoWeek(new Date('2026-11-23T06:00:00Z'), mx)).toBe('2026-W48');
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'), 'UTC')).toBe('2026-W53');
    expect(periodOf('once', new Date(), mx)).toBe('once');
  });

  it('ends a day at the next local midnight, across a DST change', () => {
    expect(periodEnd('daily', new Date('2026-11-23T12:00:00Z'), 'America/Mexico_City').toISOString()).toBe(
      '2026-11-24T06:00:00.000Z',
    );
    // Madrid leaves summer time on 2026-10-25: that day is 25 hours long.
    expect(periodEnd('daily', new Date('2026-10-25T12:00:00Z'), 'Europe/Madrid').toISOString()).toBe(
      '2026-10-25T23:00:00.000Z',
    );
    expect(periodEnd('weekly', new Date('2026-11-25T12:00:00Z'), 'Europe/Madrid').toISOString()).toBe(
      '2026-11-29T23:00:00.000Z',
    );
  });

  it('the end of a period is in the next period, and just before it is not (property)', () => {
    const zones = ['America/Mexico_City', 'Europe/Madrid', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        fc.constantFrom('daily' as const, 'weekly' as const),
        (at, zone, cadence) => {
          const end = periodEnd(cadence, at, zone);
          expect(end.getTime()).toBeGreaterThan(at.getTime());
          expect(periodOf(cadence, new Date(end.getTime() - 1), zone)).toBe(periodOf(cadence, at, zone));
          expect(periodOf(cadence, end, zone)).not.toBe(periodOf(cadence, at, zone));
        },
      ),
    );
  });
});

describe('quiet hours', () => {
  it('hold back a message due inside them until they end, in the user’s zone', () => {
    const quiet = { from: '23:00', to: '08:00' };
    const mx = 'America/Mexico_City';
    expect(deliverAfter(new Date('2026-11-24T05:30:00Z'), mx, quiet).toISOString()).toBe(
      '2026-11-24T14:00:00.000Z',
    );
    expect(deliverAfter(new Date('2026-11-24T13:59:00Z'), mx, quiet).toISOString()).toBe(
      '2026-11-24T14:00:00.000Z',
    );
    const noon = new Date('2026-11-24T18:00:00Z');
    expect(deliverAfter(noon, mx, quiet)).toEqual(noon);
    expect(deliverAfter(noon, mx, undefined)).toEqual(noon);
  });
});

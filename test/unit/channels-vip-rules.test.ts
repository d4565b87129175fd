// The pure rules of channels and VIP: VIP time that grants extend and revocations shorten (never past the
// original end nor before now), reminders, token states and shapes, the invoice payload and the pre-checkout,
// what an admin types to grant VIP, which native reaction is new, and the counters' refresh window.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addedEmoji, counterWindow, isMemberStatus, reactionLabel } from '../../src/domain/channels.ts';
import {
  checkoutRefusal,
  DAY_MS,
  daysLeft,
  extendVip,
  invoicePayload,
  parseVipGrant,
  planOfPayload,
  reminderSchedule,
  shortenVip,
  TOKEN_LENGTH,
  tokenFromBytes,
  tokenOfPayload,
  tokenState,
} from '../../src/domain/vip.ts';

const now = new Date('2026-06-01T12:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * DAY_MS);

describe('VIP time', () => {
  it('adds a grant after an active VIP, or from now', () => {
    expect(extendVip(null, now, 30)).toEqual(inDays(30));
    expect(extendVip(inDays(-2), now, 30)).toEqual(inDays(30));
    expect(extendVip(inDays(5), now, 30)).toEqual(inDays(35));
  });

  it('takes back days without ending before now, and all of it when asked', () => {
    expect(shortenVip(inDays(35), now, 30)).toEqual(inDays(5));
    expect(shortenVip(inDays(10), now, 30)).toEqual(now);
    expect(shortenVip(inDays(10), now)).toEqual(now);
    expect(shortenVip(inDays(-1), now, 30)).toEqual(inDays(-1));
    expect(shortenVip(null, now)).toEqual(now);
  });

  it('undoes a grant exactly when nothing else happened in between (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), fc.integer({ min: 1, max: 400 }), (start, days) => {
        const before = inDays(start);
        const after = shortenVip(extendVip(before, now, days), now, days);
        expect(after.getTime()).toBe(Math.max(before.getTime(), now.getTime()));
      }),
    );
  });

  it('counts days left, a started day as one', () => {
    expect(daysLeft(inDays(3), now)).toBe(3);
    expect(daysLeft(new Date(now.getTime() + 1), now)).toBe(1);
    expect(daysLeft(inDays(-1), now)).toBe(0);
    expect(daysLeft(null, now)).toBe(0);
  });

  it('schedules only the reminders still ahead', () => {
    expect(reminderSchedule(inDays(10), now, [3, 1])).toEqual([
      { days: 3, at: inDays(7) },
      { days: 1, at: inDays(9) },
    ]);
    expect(reminderSchedule(inDays(2), now, [3, 1])).toEqual([{ days: 1, at: inDays(1) }]);
  });
});

describe('VIP tokens, invoices and admin input', () => {
  it('tells a token’s state', () => {
    const token = { expiresAt: inDays(1), redeemedBy: null, revokedAt: null };
    expect(tokenState(token, now)).toBe('unused');
    expect(tokenState({ ...token, redeemedBy: 5 }, now)).toBe('used');
    expect(tokenState({ ...token, revokedAt: now }, now)).toBe('revoked');
    expect(tokenState(token, inDays(1))).toBe('expired');
  });

  it('makes tokens that fit a deep link, and reads them back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: TOKEN_LENGTH, maxLength: TOKEN_LENGTH }), (bytes) => {
        const token = tokenFromBytes(bytes);
        expect(token).toMatch(/^[A-Za-z0-9]{12}$/);
        expect(tokenOfPayload(`vip_${token}`)).toBe(token);
      }),
    );
    expect(tokenOfPayload('canal')).toBeUndefined();
    expect(tokenOfPayload('vip_<script>')).toBe('');
  });

  it('carries the plan in the invoice and checks the pre-checkout against it', () => {
    expect(planOfPayload(invoicePayload('vip_mensual'))).toBe('vip_mensual');
    expect(planOfPayload('vip:../x')).toBeUndefined();
    const plan = { price_stars: 250 };
    expect(checkoutRefusal(plan, { currency: 'XTR', total: 250 })).toBeUndefined();
    expect(checkoutRefusal(plan, { currency: 'XTR', total: 249 })).toBe('wrong_price');
    expect(checkoutRefusal(plan, { currency: 'EUR', total: 250 })).toBe('wrong_currency');
    expect(checkoutRefusal(undefined, { currency: 'XTR', total: 250 })).toBe('unknown_plan');
  });

  it('parses "@user days reason" strictly', () => {
    expect(parseVipGrant('@ana_luz 30 premio del concurso')).toEqual({
      user: { username: 'ana_luz' },
      days: 30,
      reason: 'premio del concurso',
    });
    expect(parseVipGrant('12345 7   por   su ayuda ')).toEqual({
      user: { id: 12345 },
      days: 7,
      reason: 'por su ayuda',
    });
    expect(parseVipGrant('@ana_luz')).toBe('format');
    expect(parseVipGrant('¿? 30 motivo')).toBe('user');
    expect(parseVipGrant('@ana_luz treinta motivo')).toBe('days');
    expect(parseVipGrant('@ana_luz 0 motivo')).toBe('days');
    expect(parseVipGrant('@ana_luz 99999 motivo')).toBe('days');
    expect(parseVipGrant('@ana_luz 30 ok')).toBe('reason');
  });
});

describe('channel rules', () => {
  const emoji = (e: string) => ({ type: 'emoji', emoji: e });

  it('finds the emoji a person added, ignoring removals and custom reactions', () => {
    expect(addedEmoji([], [emoji('🔥')])).toBe('🔥');
    expect(addedEmoji([emoji('🔥')], [emoji('🔥'), emoji('💋')])).toBe('💋');
    expect(addedEmoji([emoji('🔥')], [])).toBeUndefined();
    expect(addedEmoji([], [{ type: 'custom_emoji' }])).toBeUndefined();
  });

  it('labels buttons with their counters', () => {
    expect(reactionLabel('🔥', 0)).toBe('🔥');
    expect(reactionLabel('🔥', 12)).toBe('🔥 12');
  });

  it('shares one refresh among the reactions of a window, run when it closes', () => {
    const a = counterWindow(new Date('2026-06-01T12:00:01Z'), 5);
    const b = counterWindow(new Date('2026-06-01T12:00:04.999Z'), 5);
    const c = counterWindow(new Date('2026-06-01T12:00:05Z'), 5);
    expect(a).toEqual(b);
    expect(a.runAt).toEqual(new Date('2026-06-01T12:00:05Z'));
    expect(c.window).toBe(a.window + 1);
  });

  it('knows who is in a channel', () => {
    expect(['creator', 'administrator', 'member'].every((s) => isMemberStatus(s))).toBe(true);
    expect(isMemberStatus('restricted', true)).toBe(true);
    expect(isMemberStatus('restricted', false)).toBe(false);
    expect(['left', 'kicked'].some((s) => isMemberStatus(s))).toBe(false);
  });
});

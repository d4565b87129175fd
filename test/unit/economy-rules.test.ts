// The economy's pure rules: the daily gift and its streak, daily caps, the shop's refusals, admin input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/adapters/telegram/features/besitos.ts';
import type { Item } from '../../src/content/items-schema.ts';
import { MAX_ADJUSTMENT, parseAdjustment, parseUserQuery } from '../../src/domain/admin-input.ts';
import { addDays } from '../../src/domain/calendar.ts';
import { capReached, dailyCapFor } from '../../src/domain/economy/caps.ts';
import { currentStreak, planDailyGift, streakBonus } from '../../src/domain/economy/daily-gift.ts';
import { purchaseRefusal } from '../../src/domain/economy/shop.ts';

const table = [
  { from_day: 3, bonus: 5 },
  { from_day: 7, bonus: 10 },
  { from_day: 30, bonus: 20 },
];
const rules = { base: 15, streakTable: table };

describe('daily gift', () => {
  it('starts a streak, continues it the next day and restarts it after a missed day', () => {
    expect(planDailyGift(undefined, '2026-01-15', rules)).toEqual({
      claimable: true,
      day: '2026-01-15',
      streak: 1,
      base: 15,
      bonus: 0,
    });
    expect(planDailyGift({ day: '2026-01-14', streak: 2 }, '2026-01-15', rules)).toMatchObject({
      claimable: true,
      streak: 3,
      bonus: 5,
    });
    expect(planDailyGift({ day: '2026-01-13', streak: 9 }, '2026-01-15', rules)).toMatchObject({
      claimable: true,
      streak: 1,
      bonus: 0,
    });
  });

  it('refuses a second claim the same day, and a claim dated before the latest one', () => {
    expect(planDailyGift({ day: '2026-01-15', streak: 4 }, '2026-01-15', rules)).toEqual({
      claimable: false,
      day: '2026-01-15',
      streak: 4,
    });
    expect(planDailyGift({ day: '2026-01-16', streak: 1 }, '2026-01-15', rules).claimable).toBe(false);
  });

  it('pays the bonus of the highest streak row reached', () => {
    expect([1, 2, 3, 6, 7, 29, 30, 365].map((s) => streakBonus(s, table))).toEqual([
      0, 0, 5, 5, 10, 10, 20, 20,
    ]);
    expect(streakBonus(10, [])).toBe(0);
  });

  it('shows yesterday’s streak until today is over', () => {
    expect(currentStreak(undefined, '2026-01-15')).toBe(0);
    expect(currentStreak({ day: '2026-01-14', streak: 5 }, '2026-01-15')).toBe(5);
    expect(currentStreak({ day: '2026-01-13', streak: 5 }, '2026-01-15')).toBe(0);
  });

  it('claiming every day grows the streak by one each day, and never twice a day (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3), { minLength: 1, maxLength: 60 }), (gaps) => {
        let last: { day: string; streak: number } | undefined;
        let day = '2026-01-01';
        for (const gap of gaps) {
          day = addDays(day, gap);
          const plan = planDailyGift(last, day, rules);
          if (gap === 0 && last) {
            expect(plan.claimable).toBe(false);
            continue;
          }
          expect(plan.claimable).toBe(true);
          expect(plan.streak).toBe(last && gap === 1 ? last.streak + 1 : 1);
          last = { day, streak: plan.streak };
        }
      }),
    );
  });
});

describe('daily caps', () => {
  const caps = { reaction: 20 };
  it('cap only the reasons the pack names', () => {
    expect(dailyCapFor(caps, 'reaction')).toBe(20);
    expect(dailyCapFor(caps, 'fragment')).toBeUndefined();
    expect(dailyCapFor(caps, 'toString')).toBeUndefined();
    expect(capReached(caps, 'reaction', 19)).toBe(false);
    expect(capReached(caps, 'reaction', 20)).toBe(true);
    expect(capReached(caps, 'fragment', 10_000)).toBe(false);
  });
});

describe('shop rules', () => {
  const item: Item = {
    id: 'insignia',
    kind: 'badge',
    name: 'n',
    description: 'd',
    price: 300,
    stock: 100,
    per_user_limit: 1,
    vip_only: false,
  };
  const buyer = { balance: 500, isVip: false, owned: 0 };

  it('sells to a buyer who can pay, within stock and limit', () => {
    expect(purchaseRefusal(item, buyer, 10)).toBeUndefined();
    expect(purchaseRefusal(item, buyer, -1)).toBeUndefined();
  });

  it('names why a purchase is refused', () => {
    expect(purchaseRefusal({ ...item, price: 0 }, buyer, 10)).toBe('not_for_sale');
    expect(purchaseRefusal({ ...item, vip_only: true }, buyer, 10)).toBe('vip_only');
    expect(purchaseRefusal({ ...item, vip_only: true }, { ...buyer, isVip: true }, 10)).toBeUndefined();
    expect(purchaseRefusal(item, buyer, 0)).toBe('sold_out');
    expect(purchaseRefusal(item, { ...buyer, owned: 1 }, 10)).toBe('limit_reached');
    expect(purchaseRefusal(item, { ...buyer, balance: 299 }, 10)).toBe('insufficient');
  });
});

describe('admin input', () => {
  it('reads a user as an id or a @username', () => {
    expect(parseUserQuery(' 123456789 ')).toEqual({ id: 123456789 });
    expect(parseUserQuery('@ana_bel')).toEqual({ username: 'ana_bel' });
    expect(parseUserQuery('ana_bel')).toEqual({ username: 'ana_bel' });
    expect(parseUserQuery('@a')).toBeUndefined();
    expect(parseUserQuery('drop table users;')).toBeUndefined();
    expect(parseUserQuery('')).toBeUndefined();
  });

  it('reads an amount and a reason, and says what is wrong otherwise', () => {
    expect(parseAdjustment('50 compensación por el fallo')).toEqual({
      amount: 50,
      reason: 'compensación por el fallo',
    });
    expect(parseAdjustment('  7   doble   abono ')).toEqual({ amount: 7, reason: 'doble abono' });
    expect(parseAdjustment('-5 nope')).toBe('amount');
    expect(parseAdjustment('0 nothing')).toBe('amount');
    expect(parseAdjustment('2.5 half')).toBe('amount');
    expect(parseAdjustment(`${MAX_ADJUSTMENT + 1} too much`)).toBe('amount');
    expect(parseAdjustment('50')).toBe('reason');
    expect(parseAdjustment('50 ok')).toBe('reason');
    expect(parseAdjustment('   ')).toBe('format');
  });

  it('never accepts an amount outside 1..MAX (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseAdjustment(text);
        if (typeof parsed !== 'string') {
          expect(parsed.amount).toBeGreaterThanOrEqual(1);
          expect(parsed.amount).toBeLessThanOrEqual(MAX_ADJUSTMENT);
          expect(parsed.reason.length).toBeGreaterThanOrEqual(3);
        }
      }),
    );
  });
});

describe('progress bar', () => {
  it('fills in proportion and never overflows', () => {
    expect(progressBar(0, 100)).toBe('▱▱▱▱▱▱▱▱▱▱');
    expect(progressBar(45, 100)).toBe('▰▰▰▰▱▱▱▱▱▱');
    expect(progressBar(199, 200)).toBe('▰▰▰▰▰▰▰▰▰▱');
    expect(progressBar(300, 200)).toBe('▰▰▰▰▰▰▰▰▰▰');
  });
});

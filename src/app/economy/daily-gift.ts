// The daily gift: claimed once per user and local day (the user's zone, else TZ_DEFAULT), whatever the number
// of taps, concurrent updates or restarts: the claim row and the ledger key are both unique per day.
import type { Executor } from '../../adapters/db/database.ts';
import { lastClaim, recordClaim } from '../../adapters/db/repositories/daily.ts';
import { appendEvents, transact } from '../../adapters/db/repositories/events.ts';
import { UnknownUser } from '../../adapters/db/repositories/ledger.ts';
import { lockUser, type User } from '../../adapters/db/repositories/users.ts';
import { localDate, nextMidnight } from '../../domain/calendar.ts';
import { currentStreak, planDailyGift } from '../../domain/economy/daily-gift.ts';
import { ledgerKeys } from '../../domain/economy/ledger.ts';
import { award } from '../ledger.ts';
import type { AppContext } from '../services.ts';
import { zoneOf } from '../zone.ts';

export interface DailyGiftStatus {
  /** Today, in the user's zone. */
  day: string;
  /** Consecutive days so far (yesterday's streak still counts until today ends). */
  streak: number;
  claimable: boolean;
  /** What a claim today would pay before the VIP multiplier: the gift and the streak bonus. */
  base: number;
  bonus: number;
  /** When the next local day, and so the next gift, begins. */
  nextAt: Date;
}

export type DailyGiftClaim =
  | { claimed: true; amount: number; balance: number; status: DailyGiftStatus }
  | { claimed: false; status: DailyGiftStatus };

async function planFor(app: AppContext, db: Executor, user: User, now: Date) {
  const zone = zoneOf(app, user);
  const day = localDate(now, zone);
  const last = await lastClaim(db, user.id);
  const plan = planDailyGift(last, day, {
    base: app.pack.economy.rewards.daily_gift,
    streakTable: app.pack.economy.streak_bonus,
  });
  const status: DailyGiftStatus = {
    day,
    streak: plan.claimable ? currentStreak(last, day) : plan.streak,
    claimable: plan.claimable,
    base: plan.claimable ? plan.base : 0,
    bonus: plan.claimable ? plan.bonus : 0,
    nextAt: nextMidnight(now, zone),
  };
  return { plan, status };
}

export async function dailyGiftStatus(app: AppContext, user: User): Promise<DailyGiftStatus> {
  return (await planFor(app, app.db, user, app.clock.now())).status;
}

export async function claimDailyGift(app: AppContext, userId: number): Promise<DailyGiftClaim> {
  const now = app.clock.now();
  return transact(app.db, async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) throw new UnknownUser(`user ${userId} is not registered`);
    const { plan, status } = await planFor(app, tx, user, now);
    if (!plan.claimable) return { claimed: false, status };

    const { day, streak } = plan;
    const claimedNow = await recordClaim(tx, { userId, day, streak, at: now });
    if (!claimedNow) return { claimed: false, status: { ...status, claimable: false, base: 0, bonus: 0 } };
    const paid = await award(tx, app.pack, now, {
      userId,
      base: plan.base + plan.bonus,
      reason: 'daily_gift',
      key: ledgerKeys.daily(userId, day),
      ref: `streak:${streak}`,
      zone: app.timeZone,
    });
    await appendEvents(tx, [
      { type: 'DailyGiftClaimed', userId, at: now, payload: { day, streak, amount: paid.amount } },
    ]);
    return {
      claimed: true,
      amount: paid.amount,
      balance: paid.balance,
      status: { ...status, streak, claimable: false, base: 0, bonus: 0 },
    };
  });
}

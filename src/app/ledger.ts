// Moving besitos, in the caller's transaction: the ledger entry, the cached balance, and the events that tell
// the rest of the system (BesitosAwarded/Spent, LevelReached when an award's activity crosses a level).
import type { Executor } from '../adapters/db/database.ts';
import { appendEvents } from '../adapters/db/repositories/events.ts';
import {
  countAwards,
  type LockedAccount,
  lockAccount,
  postEntry,
} from '../adapters/db/repositories/ledger.ts';
import type { ContentPack } from '../content/pack.ts';
import { dayBounds } from '../domain/calendar.ts';
import { activityOf } from '../domain/economy/activity.ts';
import { capReached, dailyCapFor } from '../domain/economy/caps.ts';
import type { LedgerEntry, PostResult } from '../domain/economy/ledger.ts';
import { levelFor } from '../domain/economy/levels.ts';
import { applyMultiplier } from '../domain/economy/multiplier.ts';
import type { DomainEvent } from '../domain/events.ts';
import { zoneOf } from './zone.ts';

export interface Award {
  userId: number;
  /** The pack's value for the cause, before the VIP multiplier. */
  base: number;
  reason: string;
  key: string;
  ref?: string | null;
  /**
   * The deployment's default zone (TZ_DEFAULT), for users who have not chosen one. Needed by reasons with a
   * daily cap, whose "day" is the user's.
   */
  zone?: string;
}

/** `capped`: nothing was paid because the reason's daily cap is reached for this user today. */
export type AwardResult = PostResult & { amount: number; capped: boolean };

export class MissingTimeZone extends Error {
  override name = 'MissingTimeZone';
}

/**
 * Pays an award: VIP users get the pack's multiplier (rounded half up). Paying the same key again pays nothing,
 * and neither does an award of a capped reason once the user's day has had its cap.
 */
export async function award(
  tx: Executor,
  pack: ContentPack,
  now: Date,
  a: Award,
  /** The user's account when this transaction already holds its row (e.g. it just created the user). */
  locked?: LockedAccount,
): Promise<AwardResult> {
  // The user row is locked first: the cap count below then sees every earlier award of this user, and a
  // concurrent award of the same user waits for this one to finish.
  const account = locked ?? (await lockAccount(tx, a.userId));
  const unpaid = {
    applied: false as const,
    balance: account.balance,
    totalEarned: account.totalEarned,
    activityEarned: account.activityEarned,
    amount: 0,
  };
  const entry = awardEntry(pack, now, a, account);
  if (!entry) return { ...unpaid, capped: false };

  if (dailyCapFor(pack.economy.daily_caps, a.reason) !== undefined) {
    const zone = a.zone ? zoneOf({ timeZone: a.zone }, account) : account.timeZone;
    if (!zone)
      throw new MissingTimeZone(`the award "${a.reason}" has a daily cap and needs the default zone`);
    const { start, end } = dayBounds(now, zone);
    const paidToday = await countAwards(tx, a.userId, a.reason, start, end);
    if (capReached(pack.economy.daily_caps, a.reason, paidToday)) return { ...unpaid, capped: true };
  }

  const result = await moveBesitos(tx, pack, entry, { locked: account, at: now });
  return { ...result, amount: result.applied ? entry.amount : 0, capped: false };
}

/** What an award pays this account, before any daily cap: VIPs get the pack's multiplier; nothing is nothing. */
function awardEntry(pack: ContentPack, now: Date, a: Award, account: LockedAccount): LedgerEntry | undefined {
  const vip = account.vipUntil !== null && account.vipUntil.getTime() > now.getTime();
  const amount = vip ? applyMultiplier(a.base, pack.economy.vip_multiplier) : a.base;
  if (amount <= 0) return undefined;
  // The VIP bonus is paid but is not activity: levels and "earn N" goals count the base alone.
  return {
    userId: a.userId,
    amount,
    activity: Math.min(amount, activityOf(a.reason, a.base)),
    reason: a.reason,
    key: a.key,
    ref: a.ref ?? null,
  };
}

/**
 * The award that opens a new account (the welcome gift), which upsertUser writes with the account: what `award`
 * pays an account that has nothing yet (no VIP time, nothing paid today); undefined when that is nothing.
 * Once written, `openingEvents` tell the rest of the system.
 */
export function openingAward(pack: ContentPack, now: Date, a: Award): LedgerEntry | undefined {
  const fresh = {
    userId: a.userId,
    balance: 0,
    totalEarned: 0,
    activityEarned: 0,
    vipUntil: null,
    timeZone: null,
  };
  const entry = awardEntry(pack, now, a, fresh);
  if (!entry || capReached(pack.economy.daily_caps, a.reason, 0)) return undefined;
  return { ...entry, at: now };
}

/** The events of an opening entry, once written (see upsertUser): the account holds that entry and nothing else. */
export function openingEvents(pack: ContentPack, entry: LedgerEntry): DomainEvent[] {
  const result = {
    applied: true as const,
    balance: entry.amount,
    totalEarned: entry.amount,
    activityEarned: entry.activity ?? 0,
  };
  return movementEvents(pack, entry, result, entry.at);
}

/** Spends besitos; throws InsufficientBesitos (and the caller's transaction rolls back) when they are short. */
export async function spend(
  tx: Executor,
  pack: ContentPack,
  s: { userId: number; amount: number; reason: string; key: string; ref?: string | null },
  context: { locked?: LockedAccount; at?: Date } = {},
): Promise<PostResult> {
  return moveBesitos(tx, pack, { ...s, amount: -Math.abs(s.amount), ref: s.ref ?? null }, context);
}

/**
 * The path to the ledger of an existing account (a new one opens with its first entry, see openingAward): the
 * entry, the balance, and the events of the movement. `locked`: the user's
 * account when the caller already holds its row lock in this transaction; `at`: when it happened by the app's
 * clock (the entry's and the events' time; daily caps count entries by it).
 */
export async function moveBesitos(
  tx: Executor,
  pack: ContentPack,
  entry: LedgerEntry,
  context: { locked?: LockedAccount; at?: Date } = {},
): Promise<PostResult> {
  const { locked, at } = context;
  const result = await postEntry(tx, at && !entry.at ? { ...entry, at } : entry, locked);
  if (!result.applied) return result;
  await appendEvents(tx, movementEvents(pack, entry, result, at));
  return result;
}

/** What a movement tells the rest of the system: BesitosAwarded or BesitosSpent, and LevelReached. */
function movementEvents(
  pack: ContentPack,
  entry: LedgerEntry,
  result: PostResult,
  at: Date | undefined,
): DomainEvent[] {
  const payload = {
    amount: Math.abs(entry.amount),
    reason: entry.reason,
    key: entry.key,
    balance: result.balance,
    ...(entry.amount > 0 ? { activity: entry.activity ?? 0 } : {}),
  };
  const events: DomainEvent[] = [
    entry.amount > 0
      ? { type: 'BesitosAwarded', userId: entry.userId, payload, ...(at ? { at } : {}) }
      : { type: 'BesitosSpent', userId: entry.userId, payload, ...(at ? { at } : {}) },
  ];
  const activity = entry.activity ?? 0;
  if (activity > 0) {
    // Levels follow activity: a reward, a grant or the VIP bonus never raises one.
    const tiers = pack.economy.levels;
    const before = levelFor(result.activityEarned - activity, tiers);
    const after = levelFor(result.activityEarned, tiers);
    // One event per award however many levels it crosses (from → level): a huge grant is one announcement.
    if (after > before) {
      events.push({
        type: 'LevelReached',
        userId: entry.userId,
        payload: { level: after, from: before },
        ...(at ? { at } : {}),
      });
    }
  }
  return events;
}

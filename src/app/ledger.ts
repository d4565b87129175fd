// Moving besitos, in the caller's transaction: the ledger entry, the cached balance, and the events that tell
// the rest of the system (BesitosAwarded/Spent, LevelReached when an award crosses a level).
import type { Executor } from '../adapters/db/database.ts';
import { appendEvents } from '../adapters/db/repositories/events.ts';
import { type LockedAccount, lockAccount, postEntry } from '../adapters/db/repositories/ledger.ts';
import type { ContentPack } from '../content/pack.ts';
import type { LedgerEntry, PostResult } from '../domain/economy/ledger.ts';
import { levelFor } from '../domain/economy/levels.ts';
import { applyMultiplier } from '../domain/economy/multiplier.ts';
import type { DomainEvent } from '../domain/events.ts';

export interface Award {
  userId: number;
  /** The pack's value for the cause, before the VIP multiplier. */
  base: number;
  reason: string;
  key: string;
  ref?: string | null;
}

export type AwardResult = PostResult & { amount: number };

/**
 * Pays an award: VIP users get the pack's multiplier (rounded half up). Paying the same key again pays nothing.
 */
export async function award(tx: Executor, pack: ContentPack, now: Date, a: Award): Promise<AwardResult> {
  const account = await lockAccount(tx, a.userId);
  const vip = account.vipUntil !== null && account.vipUntil.getTime() > now.getTime();
  const amount = vip ? applyMultiplier(a.base, pack.economy.vip_multiplier) : a.base;
  if (amount <= 0)
    return { applied: false, balance: account.balance, totalEarned: account.totalEarned, amount: 0 };
  const entry = { userId: a.userId, amount, reason: a.reason, key: a.key, ref: a.ref ?? null };
  const result = await moveBesitos(tx, pack, entry, { locked: account, at: now });
  return { ...result, amount: result.applied ? amount : 0 };
}

/** Spends besitos; throws InsufficientBesitos (and the caller's transaction rolls back) when they are short. */
export async function spend(
  tx: Executor,
  pack: ContentPack,
  s: { userId: number; amount: number; reason: string; key: string; ref?: string | null },
): Promise<PostResult> {
  return moveBesitos(tx, pack, { ...s, amount: -Math.abs(s.amount), ref: s.ref ?? null });
}

/** The single path to the ledger: the entry, the balance, and the events of the movement. */
export async function moveBesitos(
  tx: Executor,
  pack: ContentPack,
  entry: LedgerEntry,
  context: { locked?: LockedAccount; at?: Date } = {},
): Promise<PostResult> {
  const { locked, at } = context;
  const result = await postEntry(tx, entry, locked);
  if (!result.applied) return result;
  const payload = {
    amount: Math.abs(entry.amount),
    reason: entry.reason,
    key: entry.key,
    balance: result.balance,
  };
  const events: DomainEvent[] = [
    entry.amount > 0
      ? { type: 'BesitosAwarded', userId: entry.userId, payload, ...(at ? { at } : {}) }
      : { type: 'BesitosSpent', userId: entry.userId, payload, ...(at ? { at } : {}) },
  ];
  if (entry.amount > 0) {
    const tiers = pack.economy.levels;
    const before = levelFor(result.totalEarned - entry.amount, tiers);
    const after = levelFor(result.totalEarned, tiers);
    for (let level = before + 1; level <= after; level++) {
      events.push({ type: 'LevelReached', userId: entry.userId, payload: { level }, ...(at ? { at } : {}) });
    }
  }
  await appendEvents(tx, events);
  return result;
}

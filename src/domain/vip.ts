// VIP rules, pure: how a grant extends VIP time, how a revocation shortens it, when reminders fall, what a
// token's state is, what the Stars invoice carries and what an admin types to grant VIP by hand.
import { parseUserQuery, type UserQuery } from './admin-input.ts';

export const DAY_MS = 24 * 3_600_000;

export type VipSource = 'token' | 'stars' | 'admin';

/** A grant adds its days after the current VIP end, or from now when there is no VIP left. */
export function extendVip(until: Date | null, now: Date, days: number): Date {
  const from = until && until.getTime() > now.getTime() ? until.getTime() : now.getTime();
  return new Date(from + days * DAY_MS);
}

/** Takes back `days` (all of it when undefined); VIP never ends before now nor ends later than it was. */
export function shortenVip(until: Date | null, now: Date, days?: number): Date {
  if (!until || until.getTime() <= now.getTime()) return until ?? now;
  if (days === undefined) return now;
  return new Date(Math.max(now.getTime(), until.getTime() - days * DAY_MS));
}

/** Whole days left, counting a started day as one (0 when VIP is over). */
export function daysLeft(until: Date | null, now: Date): number {
  if (!until) return 0;
  return Math.max(0, Math.ceil((until.getTime() - now.getTime()) / DAY_MS));
}

/** The reminders still ahead for a VIP that ends at `until`: `days` before it, if that is after now. */
export function reminderSchedule(
  until: Date,
  now: Date,
  reminderDays: readonly number[],
): Array<{ days: number; at: Date }> {
  return reminderDays
    .map((days) => ({ days, at: new Date(until.getTime() - days * DAY_MS) }))
    .filter((r) => r.at.getTime() > now.getTime());
}

export interface TokenRecord {
  expiresAt: Date;
  redeemedBy: number | null;
  revokedAt: Date | null;
}

export type TokenState = 'unused' | 'used' | 'expired' | 'revoked';

export function tokenState(token: TokenRecord, now: Date): TokenState {
  if (token.redeemedBy !== null) return 'used';
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'unused';
}

/** Tokens travel in deep links (`/start vip_<token>`): letters and digits only, short enough for Telegram. */
export const TOKEN_LENGTH = 12;
const TOKEN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A token from random bytes (one byte per character; the alphabet avoids look-alike characters). */
export function tokenFromBytes(bytes: Uint8Array): string {
  if (bytes.length < TOKEN_LENGTH) throw new Error(`a token needs ${TOKEN_LENGTH} random bytes`);
  return [...bytes.subarray(0, TOKEN_LENGTH)].map((b) => TOKEN_ALPHABET[b % TOKEN_ALPHABET.length]).join('');
}

export const VIP_DEEP_LINK_PREFIX = 'vip_';

/** The token of a `/start vip_<token>` payload ('' when malformed), or undefined for other payloads. */
export function tokenOfPayload(payload: string): string | undefined {
  if (!payload.startsWith(VIP_DEEP_LINK_PREFIX)) return undefined;
  const token = payload.slice(VIP_DEEP_LINK_PREFIX.length);
  return /^[A-Za-z0-9]{1,32}$/.test(token) ? token : '';
}

/** The invoice payload of a plan, and back. */
export const invoicePayload = (planId: string) => `vip:${planId}`;

export function planOfPayload(payload: string): string | undefined {
  return /^vip:([a-z0-9_]{1,24})$/.exec(payload)?.[1];
}

export type CheckoutRefusal = 'unknown_plan' | 'wrong_price' | 'wrong_currency';

/** Whether a pre-checkout matches the plan on sale now (price and currency). */
export function checkoutRefusal(
  plan: { price_stars: number } | undefined,
  checkout: { currency: string; total: number },
): CheckoutRefusal | undefined {
  if (!plan) return 'unknown_plan';
  if (checkout.currency !== 'XTR') return 'wrong_currency';
  if (checkout.total !== plan.price_stars) return 'wrong_price';
  return undefined;
}

export const MAX_GRANT_DAYS = 3660;

export type VipGrantInput = { user: UserQuery; days: number; reason: string };
export type VipGrantError = 'format' | 'user' | 'days' | 'reason';

/** "@ana 30 prize of the contest" -> who, how many days and why. */
export function parseVipGrant(text: string): VipGrantInput | VipGrantError {
  const match = /^\s*(\S+)\s+(\S+)\s*(.*)$/s.exec(text);
  if (!match) return 'format';
  const [, who = '', daysText = '', reasonText = ''] = match;
  const user = parseUserQuery(who);
  if (!user) return 'user';
  if (!/^\d{1,4}$/.test(daysText)) return 'days';
  const days = Number(daysText);
  if (days < 1 || days > MAX_GRANT_DAYS) return 'days';
  const reason = reasonText.replace(/\s+/g, ' ').trim();
  if (reason.length < 3 || reason.length > 200) return 'reason';
  return { user, days, reason };
}

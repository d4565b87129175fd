// What admins type, parsed strictly: a user (numeric id or @username) and an adjustment ("50 reason").
// Anything else is refused with a reason the admin can act on; nothing half-parsed goes on.

export type UserQuery = { id: number } | { username: string };

export type Adjustment = { amount: number; reason: string };

export type AdjustmentError = 'format' | 'amount' | 'reason';

/** A sanity bound on one adjustment: a slip of the finger must not mint millions. */
export const MAX_ADJUSTMENT = 1_000_000;
const MAX_REASON = 200;

export function parseUserQuery(text: string): UserQuery | undefined {
  const query = text.trim();
  if (/^\d{1,15}$/.test(query)) return { id: Number(query) };
  const username = /^@?([A-Za-z][A-Za-z0-9_]{3,31})$/.exec(query)?.[1];
  return username ? { username } : undefined;
}

/** "50 compensation for the outage" -> 50 and the reason. The sign comes from the button, never the text. */
export function parseAdjustment(text: string): Adjustment | AdjustmentError {
  const match = /^\s*(\S+)\s*(.*)$/s.exec(text);
  if (!match) return 'format';
  const [, amountText = '', reasonText = ''] = match;
  if (!/^\d+$/.test(amountText)) return 'amount';
  const amount = Number(amountText);
  if (amount < 1 || amount > MAX_ADJUSTMENT) return 'amount';
  const reason = reasonText.replace(/\s+/g, ' ').trim();
  if (reason.length < 3 || reason.length > MAX_REASON) return 'reason';
  return { amount, reason };
}

// The besitos ledger's rules. Every movement is an entry with an idempotency key derived from its cause, so
// the same cause never moves besitos twice; a balance is the sum of its entries and never goes below zero.

export interface LedgerEntry {
  userId: number;
  /** Positive for an award, negative for a spend. Never zero. */
  amount: number;
  /** A stable reason code ('welcome', 'fragment', 'purchase', ...); shown to users through the locale files. */
  reason: string;
  /** Unique per cause: retries and duplicate updates carry the same key and are refused by the ledger. */
  key: string;
  /** What the entry refers to (a node, an item, an order), for people reading the history. */
  ref?: string | null;
  /** The part of a positive amount earned by activity (levels and "earn N" goals follow it); 0 when absent. */
  activity?: number | undefined;
  /** When it happened (the app's clock); the database's clock when absent. Daily caps count by this time. */
  at?: Date | undefined;
}

export type PostResult =
  | { applied: true; balance: number; totalEarned: number; activityEarned: number }
  | { applied: false; balance: number; totalEarned: number; activityEarned: number };

export class InsufficientBesitos extends Error {
  override name = 'InsufficientBesitos';
  constructor(
    readonly balance: number,
    readonly needed: number,
  ) {
    super(`balance ${balance} is below the ${needed} besitos needed`);
  }
}

export class InvalidLedgerEntry extends Error {
  override name = 'InvalidLedgerEntry';
}

export function validateEntry(entry: LedgerEntry): void {
  if (!Number.isSafeInteger(entry.amount) || entry.amount === 0) {
    throw new InvalidLedgerEntry(`amount must be a non-zero whole number, got ${entry.amount}`);
  }
  if (!entry.key) throw new InvalidLedgerEntry('an idempotency key is required');
  if (!entry.reason) throw new InvalidLedgerEntry('a reason is required');
  const activity = entry.activity ?? 0;
  if (!Number.isSafeInteger(activity) || activity < 0 || activity > Math.max(entry.amount, 0)) {
    throw new InvalidLedgerEntry(`activity must be a whole number between 0 and the amount, got ${activity}`);
  }
}

/** Idempotency keys, one builder per cause, so a key is spelled the same everywhere. */
export const ledgerKeys = {
  welcome: (userId: number) => `welcome:${userId}`,
  daily: (userId: number, day: string) => `daily:${userId}:${day}`,
  purchase: (userId: number, orderNo: number) => `purchase:${userId}:${orderNo}`,
  /** A person's first reaction to a channel message, by button or natively: one key for both. */
  reaction: (userId: number, chatId: number, messageId: number) =>
    `reaction:${userId}:${chatId}:${messageId}`,
  /** An adjustment typed by an admin: the admin's message identifies it. */
  admin: (adminId: number, messageId: number) => `admin:${adminId}:${messageId}`,
  /** An adjustment asked through the admin API: the caller and its Idempotency-Key identify it. */
  api: (caller: string, idempotencyKey: string) => `api:${caller}:${idempotencyKey}`,
  /** The night's visit to Diana: once per person and night (the evening's date in their zone). */
  nightly: (userId: number, night: string) => `nightly:${userId}:${night}`,
  /** Solving the riddle of a day: once per person and local day. */
  riddle: (userId: number, day: string) => `riddle:${userId}:${day}`,
  /** One play of the game of chance, named by the tap that made it: its stake, and its winnings if any. */
  chanceStake: (userId: number, play: string) => `chance-stake:${userId}:${play}`,
  chanceWin: (userId: number, play: string) => `chance-win:${userId}:${play}`,
  /** A message to Diana beyond the day's free allowance: the person's message identifies it. */
  chatMessage: (userId: number, messageId: number) => `chat:${userId}:${messageId}`,
  /** That message's price given back when she could not answer it in her own words. */
  chatRefund: (userId: number, messageId: number) => `chat-refund:${userId}:${messageId}`,
  /** The compensating entry that undoes an audited adjustment. */
  undo: (auditId: number) => `undo:${auditId}`,
};

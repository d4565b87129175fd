// Posting to the besitos ledger. Must run inside a transaction: the user row is locked first, so the balance
// written in the entry is exact and concurrent posts for one user apply one after another.
import { type RawBuilder, sql } from 'kysely';
import {
  InsufficientBesitos,
  type LedgerEntry,
  type PostResult,
  validateEntry,
} from '../../../domain/economy/ledger.ts';
import type { Executor } from '../database.ts';
import type { User } from './users.ts';

export class UnknownUser extends Error {
  override name = 'UnknownUser';
}

/** A user's account, locked until the end of the transaction: posts for one user apply one after another. */
export interface LockedAccount {
  userId: number;
  balance: number;
  totalEarned: number;
  activityEarned: number;
  vipUntil: Date | null;
  /** The user's own zone, if they chose one (daily caps count in the user's day). */
  timeZone: string | null;
}

export async function lockAccount(tx: Executor, userId: number): Promise<LockedAccount> {
  const user = await tx
    .selectFrom('users')
    .select(['balance', 'total_earned', 'activity_earned', 'vip_until', 'time_zone'])
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
  if (!user) throw new UnknownUser(`user ${userId} is not registered`);
  return {
    userId,
    balance: user.balance,
    totalEarned: user.total_earned,
    activityEarned: user.activity_earned,
    vipUntil: user.vip_until,
    timeZone: user.time_zone,
  };
}

/** The account of a user whose row the caller has just locked (see lockUser), without locking it again. */
export function accountOf(user: User): LockedAccount {
  return {
    userId: user.id,
    balance: user.balance,
    totalEarned: user.totalEarned,
    activityEarned: user.activityEarned,
    vipUntil: user.vipUntil,
    timeZone: user.timeZone,
  };
}

/** Posts an entry; pass the account when the caller has already locked it in this transaction. */
export async function postEntry(
  tx: Executor,
  entry: LedgerEntry,
  locked?: LockedAccount,
): Promise<PostResult> {
  validateEntry(entry);
  const account = locked ?? (await lockAccount(tx, entry.userId));
  if (account.userId !== entry.userId) throw new Error('the locked account belongs to another user');

  const balance = account.balance + entry.amount;
  if (balance < 0) {
    // An entry already applied is answered as such, whatever the balance is now: a replay never fails.
    if (await entryExists(tx, entry.key)) return unapplied(account);
    throw new InsufficientBesitos(account.balance, -entry.amount);
  }
  const earned = Math.max(entry.amount, 0);
  const activity = entry.activity ?? 0;

  // Insert the entry and move the cached balance in one statement; a duplicate key inserts nothing and so
  // updates nothing.
  const applied = await sql<{ balance: number; total_earned: number; activity_earned: number }>`
    WITH entry AS (${insertEntry(entry, balance)})
    UPDATE users SET balance = balance + entry.amount, total_earned = total_earned + ${earned},
      activity_earned = activity_earned + ${activity}
    FROM entry WHERE users.id = ${entry.userId}
    RETURNING users.balance, users.total_earned, users.activity_earned
  `.execute(tx);

  const row = applied.rows[0];
  if (!row) return unapplied(account);
  // Later posts in this transaction start from the new figures.
  account.balance = row.balance;
  account.totalEarned = row.total_earned;
  account.activityEarned = row.activity_earned;
  return {
    applied: true,
    balance: row.balance,
    totalEarned: row.total_earned,
    activityEarned: row.activity_earned,
  };
}

/**
 * The first entry of an account that the same statement opens (see upsertUser): written only when the user does
 * not exist yet (and its key is free), with a balance of nothing before it. The statement opens the account with
 * what this wrote (`amount`, `activity`: none when it wrote nothing), so balance and ledger agree from the start.
 */
export function openingEntry(
  entry: LedgerEntry,
  /** A further condition of the statement's (the entry is written only when it holds too). */
  also: RawBuilder<boolean> = sql`true`,
): RawBuilder<{ amount: number; activity: number }> {
  validateEntry(entry);
  if (entry.amount < 0) throw new InsufficientBesitos(0, -entry.amount);
  return insertEntry(
    entry,
    entry.amount,
    sql`NOT EXISTS (SELECT 1 FROM users WHERE id = ${entry.userId}) AND ${also}`,
  );
}

/** Inserts an entry, when `onlyIf` holds and its key is not taken; returns what it inserted. */
function insertEntry(
  entry: LedgerEntry,
  balanceAfter: number,
  onlyIf: RawBuilder<unknown> = sql`true`,
): RawBuilder<{ amount: number; activity: number }> {
  return sql`
      INSERT INTO transactions (user_id, amount, balance_after, reason, idempotency_key, ref, activity, created_at)
      SELECT ${entry.userId}::bigint, ${entry.amount}::bigint, ${balanceAfter}::bigint, ${entry.reason}::text,
             ${entry.key}::text, ${entry.ref ?? null}::text, ${entry.activity ?? 0}::integer,
             COALESCE(${entry.at ?? null}::timestamptz, now())
      WHERE ${onlyIf}
      ON CONFLICT (idempotency_key) DO NOTHING
      RETURNING amount, activity`;
}

function unapplied(account: LockedAccount): PostResult {
  return {
    applied: false,
    balance: account.balance,
    totalEarned: account.totalEarned,
    activityEarned: account.activityEarned,
  };
}

/** True when an entry with this idempotency key exists (its cause was already applied). */
export async function entryExists(db: Executor, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('transactions')
    .select('id')
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row !== undefined;
}

/** Awards of one reason a user received in [from, to): what a daily cap counts. */
export async function countAwards(
  tx: Executor,
  userId: number,
  reason: string,
  from: Date,
  to: Date,
): Promise<number> {
  const row = await tx
    .selectFrom('transactions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('reason', '=', reason)
    .where('amount', '>', 0)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Besitos a user spent for one reason in [from, to): what the game of chance's daily stake cap counts. */
export async function sumSpent(
  tx: Executor,
  userId: number,
  reason: string,
  from: Date,
  to: Date,
): Promise<number> {
  const row = await tx
    .selectFrom('transactions')
    .select(sql<number>`COALESCE(-SUM(amount), 0)::int`.as('spent'))
    .where('user_id', '=', userId)
    .where('reason', '=', reason)
    .where('amount', '<', 0)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .executeTakeFirstOrThrow();
  return Number(row.spent);
}

/** The amount of the entry with this key, if it exists. */
export async function entryAmount(db: Executor, key: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('transactions')
    .select('amount')
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row?.amount;
}

export interface LedgerLine {
  amount: number;
  reason: string;
  ref: string | null;
  balanceAfter: number;
  createdAt: Date;
}

export async function recentEntries(db: Executor, userId: number, limit: number): Promise<LedgerLine[]> {
  const rows = await db
    .selectFrom('transactions')
    .select(['amount', 'reason', 'ref', 'balance_after', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    amount: r.amount,
    reason: r.reason,
    ref: r.ref,
    balanceAfter: r.balance_after,
    createdAt: r.created_at,
  }));
}

export interface LedgerMismatch {
  userId: number;
  balance: number;
  ledgerSum: number;
  totalEarned: number;
  ledgerEarned: number;
}

/** Users whose cached balance or total earned differs from their ledger. Empty when the books are right. */
export async function findMismatches(db: Executor): Promise<LedgerMismatch[]> {
  const result = await sql<LedgerMismatch>`
    SELECT u.id AS "userId", u.balance, COALESCE(SUM(t.amount), 0) AS "ledgerSum",
           u.total_earned AS "totalEarned", COALESCE(SUM(t.amount) FILTER (WHERE t.amount > 0), 0) AS "ledgerEarned"
    FROM users u LEFT JOIN transactions t ON t.user_id = u.id
    GROUP BY u.id
    HAVING u.balance <> COALESCE(SUM(t.amount), 0)
        OR u.total_earned <> COALESCE(SUM(t.amount) FILTER (WHERE t.amount > 0), 0)
        OR u.balance < 0
    ORDER BY u.id
  `.execute(db);
  return result.rows;
}

/** Idempotency keys used more than once (the UNIQUE constraint makes this impossible unless it was dropped). */
export async function findDuplicateKeys(db: Executor): Promise<Array<{ key: string; count: number }>> {
  const result = await sql<{ key: string; count: number }>`
    SELECT idempotency_key AS key, COUNT(*) AS count FROM transactions
    GROUP BY idempotency_key HAVING COUNT(*) > 1 ORDER BY idempotency_key
  `.execute(db);
  return result.rows;
}

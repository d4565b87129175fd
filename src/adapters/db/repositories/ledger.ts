// Posting to the besitos ledger. Must run inside a transaction: the user row is locked first, so the balance
// written in the entry is exact and concurrent posts for one user apply one after another.
import { sql } from 'kysely';
import {
  InsufficientBesitos,
  type LedgerEntry,
  type PostResult,
  validateEntry,
} from '../../../domain/economy/ledger.ts';
import type { Executor } from '../database.ts';

export class UnknownUser extends Error {
  override name = 'UnknownUser';
}

/** A user's account, locked until the end of the transaction: posts for one user apply one after another. */
export interface LockedAccount {
  userId: number;
  balance: number;
  totalEarned: number;
  vipUntil: Date | null;
}

export async function lockAccount(tx: Executor, userId: number): Promise<LockedAccount> {
  const user = await tx
    .selectFrom('users')
    .select(['balance', 'total_earned', 'vip_until'])
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
  if (!user) throw new UnknownUser(`user ${userId} is not registered`);
  return { userId, balance: user.balance, totalEarned: user.total_earned, vipUntil: user.vip_until };
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
  if (balance < 0) throw new InsufficientBesitos(account.balance, -entry.amount);
  const earned = Math.max(entry.amount, 0);

  // Insert the entry and move the cached balance in one statement; a duplicate key inserts nothing and so
  // updates nothing.
  const applied = await sql<{ balance: number; total_earned: number }>`
    WITH entry AS (
      INSERT INTO transactions (user_id, amount, balance_after, reason, idempotency_key, ref)
      VALUES (${entry.userId}, ${entry.amount}, ${balance}, ${entry.reason}, ${entry.key}, ${entry.ref ?? null})
      ON CONFLICT (idempotency_key) DO NOTHING
      RETURNING amount
    )
    UPDATE users SET balance = balance + entry.amount, total_earned = total_earned + ${earned}
    FROM entry WHERE users.id = ${entry.userId}
    RETURNING users.balance, users.total_earned
  `.execute(tx);

  const row = applied.rows[0];
  if (!row) return { applied: false, balance: account.balance, totalEarned: account.totalEarned };
  // Later posts in this transaction start from the new figures.
  account.balance = row.balance;
  account.totalEarned = row.total_earned;
  return { applied: true, balance: row.balance, totalEarned: row.total_earned };
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

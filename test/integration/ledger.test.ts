// The ledger core on both databases: idempotent awards, spends that never go negative, append-only history,
// and books that reconcile under concurrency.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { postEntry } from '../../src/adapters/db/repositories/ledger.ts';
import { upsertUser } from '../../src/adapters/db/repositories/users.ts';
import { reconcile } from '../../src/app/reconcile.ts';
import {
  InsufficientBesitos,
  InvalidLedgerEntry,
  type LedgerEntry,
} from '../../src/domain/economy/ledger.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';

describe.each(DATABASE_KINDS)('besitos ledger (%s)', (kind) => {
  let database: Database;
  let nextId = 1;
  const newUser = async () => {
    const id = nextId++;
    await upsertUser(database.db, { id, firstName: `U${id}`, language: 'es' }, null);
    return id;
  };
  const post = (entry: LedgerEntry) => database.db.transaction().execute((tx) => postEntry(tx, entry));

  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database?.close());

  it('pays an award once per idempotency key', async () => {
    const user = await newUser();
    const first = await post({
      userId: user,
      amount: 10,
      activity: 10,
      reason: 'fragment',
      key: `fragment:${user}:a`,
    });
    const again = await post({
      userId: user,
      amount: 10,
      activity: 10,
      reason: 'fragment',
      key: `fragment:${user}:a`,
    });
    expect(first).toEqual({ applied: true, balance: 10, totalEarned: 10, activityEarned: 10 });
    expect(again).toEqual({ applied: false, balance: 10, totalEarned: 10, activityEarned: 10 });
  });

  it('refuses a spend that would make the balance negative, leaving everything as it was', async () => {
    const user = await newUser();
    await post({ userId: user, amount: 30, reason: 'welcome', key: `welcome:${user}` });
    await expect(
      post({ userId: user, amount: -31, reason: 'purchase', key: `p:${user}:1` }),
    ).rejects.toBeInstanceOf(InsufficientBesitos);
    const spent = await post({ userId: user, amount: -30, reason: 'purchase', key: `p:${user}:2` });
    // The welcome gift is not activity.
    expect(spent).toEqual({ applied: true, balance: 0, totalEarned: 30, activityEarned: 0 });
    const rows = await database.db
      .selectFrom('transactions')
      .select('amount')
      .where('user_id', '=', user)
      .execute();
    expect(rows.map((r) => r.amount).sort()).toEqual([-30, 30]);
  });

  it('rejects malformed entries before touching the database', async () => {
    const user = await newUser();
    await expect(post({ userId: user, amount: 0, reason: 'x', key: 'k0' })).rejects.toBeInstanceOf(
      InvalidLedgerEntry,
    );
    await expect(post({ userId: user, amount: 1.5, reason: 'x', key: 'k1' })).rejects.toBeInstanceOf(
      InvalidLedgerEntry,
    );
    await expect(post({ userId: user, amount: 1, reason: 'x', key: '' })).rejects.toBeInstanceOf(
      InvalidLedgerEntry,
    );
  });

  it('keeps the ledger append-only and the balance non-negative in the schema itself', async () => {
    const user = await newUser();
    await post({ userId: user, amount: 5, reason: 'decision', key: `d:${user}` });
    await expect(
      sql`UPDATE transactions SET amount = 500 WHERE user_id = ${user}`.execute(database.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM transactions WHERE user_id = ${user}`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`TRUNCATE transactions CASCADE`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE users SET balance = -1 WHERE id = ${user}`.execute(database.db)).rejects.toThrow(
      /balance_never_negative/,
    );
  });

  it('applies concurrent posts one after another and never pays a duplicate', async () => {
    const user = await newUser();
    const keys = Array.from({ length: 40 }, (_, i) => `concurrent:${user}:${i % 20}`);
    const results = await Promise.all(
      keys.map((key) => post({ userId: user, amount: 3, reason: 'reaction', key })),
    );
    expect(results.filter((r) => r.applied)).toHaveLength(20);
    const spends = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        post({ userId: user, amount: -5, reason: 'purchase', key: `s:${user}:${i}` }),
      ),
    );
    expect(spends.filter((s) => s.status === 'fulfilled')).toHaveLength(12);
    const report = await reconcile(database.db);
    expect(report.problems).toEqual([]);
  });

  it('reconcile names the users whose books are wrong', async () => {
    const user = await newUser();
    await post({ userId: user, amount: 7, reason: 'decision', key: `tamper:${user}` });
    await sql`UPDATE users SET balance = balance + 100 WHERE id = ${user}`.execute(database.db);
    const report = await reconcile(database.db);
    expect(report.problems).toEqual([expect.stringContaining(`user ${user}: balance 107 vs ledger 7`)]);
    await sql`UPDATE users SET balance = balance - 100 WHERE id = ${user}`.execute(database.db);
  });
});

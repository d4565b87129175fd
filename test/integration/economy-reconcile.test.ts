// `npm run reconcile` catches every way the books can go wrong: each test tampers with the database behind the
// app's back (dropping the constraint that would stop it, where needed) and expects reconcile to name it.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, dropSchema, openDatabase } from '../../src/adapters/db/database.ts';
import { migrateToLatest } from '../../src/adapters/db/migrate.ts';
import { claimDailyGift } from '../../src/app/economy/daily-gift.ts';
import { purchaseItem } from '../../src/app/economy/shop.ts';
import { award } from '../../src/app/ledger.ts';
import { reconcile } from '../../src/app/reconcile.ts';
import type { AppContext } from '../../src/app/services.ts';
import { DATABASE_KINDS, freshDatabase, POSTGRES_URL } from '../support/databases.ts';
import { addUser, economyApp } from '../support/economy.ts';

/** A user with some history: a gift, an award and a purchase. */
async function activeUser(app: AppContext, id: number): Promise<number> {
  await addUser(app, id);
  await claimDailyGift(app, id);
  await app.db
    .transaction()
    .execute((tx) =>
      award(tx, app.pack, app.clock.now(), { userId: id, base: 300, reason: 'mission', key: `m:${id}` }),
    );
  await purchaseItem(app, id, 'insignia_rosa_negra', 0);
  return id;
}

describe.each(DATABASE_KINDS)('reconcile (%s)', (kind) => {
  let database: Database;
  let app: AppContext;
  let nextId = 1;
  const problems = async () => (await reconcile(app.db)).problems;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = economyApp(database);
  });
  afterAll(() => database?.close());

  it('is clean after ordinary activity', async () => {
    await activeUser(app, nextId++);
    await activeUser(app, nextId++);
    expect(await reconcile(app.db)).toEqual({ usersChecked: 2, problems: [] });
  });

  it('names a total earned that is not the sum of the awards', async () => {
    const user = await activeUser(app, nextId++);
    await sql`UPDATE users SET total_earned = total_earned + 5 WHERE id = ${user}`.execute(app.db);
    expect(await problems()).toContainEqual(
      expect.stringMatching(new RegExp(`^user ${user}: .*total earned 320 vs awards 315`)),
    );
    await sql`UPDATE users SET total_earned = total_earned - 5 WHERE id = ${user}`.execute(app.db);
  });

  it('names a stock below zero and a stock that does not match the orders', async () => {
    await sql`ALTER TABLE item_stock DROP CONSTRAINT stock_never_negative`.execute(app.db);
    await sql`UPDATE item_stock SET remaining = -1 WHERE item_id = 'insignia_rosa_negra'`.execute(app.db);
    expect(await problems()).toContainEqual(
      'item insignia_rosa_negra: stock -1 of 100 does not match 3 units sold',
    );
    await sql`UPDATE item_stock SET remaining = 97 WHERE item_id = 'insignia_rosa_negra'`.execute(app.db);
    expect(await problems()).toEqual([]);
  });

  it('names an order that was never paid', async () => {
    const user = await addUser(app, nextId++);
    await sql`INSERT INTO orders (user_id, order_no, item_id, price) VALUES (${user}, 0, 'carta_perfumada', 40)`.execute(
      app.db,
    );
    expect(await problems()).toContainEqual(
      `user ${user}: order 0 (carta_perfumada) has no matching payment in the ledger`,
    );
  });

  it('names an idempotency key used twice and a negative holding', async () => {
    const user = await activeUser(app, nextId++);
    await sql`ALTER TABLE transactions DROP CONSTRAINT transactions_idempotency_key_unique`.execute(app.db);
    await sql`
      INSERT INTO transactions (user_id, amount, balance_after, reason, idempotency_key)
      VALUES (${user}, 300, 315, 'mission', ${`m:${user}`})`.execute(app.db);
    await sql`ALTER TABLE inventory DROP CONSTRAINT inventory_quantity_check`.execute(app.db);
    await sql`UPDATE inventory SET quantity = -2 WHERE user_id = ${user}`.execute(app.db);
    const found = await problems();
    expect(found).toContainEqual(`idempotency key m:${user} is used 2 times`);
    expect(found).toContainEqual(`user ${user}: owns -2 of insignia_rosa_negra`);
    expect(found).toContainEqual(
      expect.stringMatching(new RegExp(`^user ${user}: balance 15 vs ledger 315`)),
    );
  });
});

describe('npm run reconcile', () => {
  const run = promisify(execFile);
  const schema = `test_${randomBytes(6).toString('hex')}`;
  // The command reads DATABASE_URL; the schema of this test is chosen through the connection options.
  const url = `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const reconcileCommand = () =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/reconcile.ts'], {
      env: { ...process.env, DATABASE_URL: url },
    }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase({ url: POSTGRES_URL, schema });
    await migrateToLatest(database.db);
    await activeUser(economyApp(database), 1);
  });
  afterAll(async () => {
    await database?.close();
    await dropSchema(POSTGRES_URL, schema);
  });

  it('exits 0 on balanced books, and non-zero naming the problem otherwise', async () => {
    expect(await reconcileCommand()).toEqual({
      code: 0,
      out: expect.stringContaining('books balanced: 1 users'),
    });
    await sql`UPDATE users SET balance = balance + 1 WHERE id = 1`.execute(database.db);
    const tampered = await reconcileCommand();
    expect(tampered.code).toBe(2);
    expect(tampered.out).toContain('user 1: balance 16 vs ledger 15');
  });
});

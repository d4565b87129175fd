// The shop and the backpack on both databases: a purchase is one transaction, a double tap buys once, limited
// stock is never oversold to concurrent buyers, a bought story key is in the player view the story reads,
// and a consumable is used once per tap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { ownedItems } from '../../src/adapters/db/repositories/inventory.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { backpack, useItem } from '../../src/app/economy/backpack.ts';
import { purchaseItem, shopView } from '../../src/app/economy/shop.ts';
import { award } from '../../src/app/ledger.ts';
import { loadPlayer } from '../../src/app/player.ts';
import { reconcile } from '../../src/app/reconcile.ts';
import type { AppContext } from '../../src/app/services.ts';
import type { ManualClock } from '../../src/domain/clock.ts';
import { testPack } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser, economyApp, eventPayloads } from '../support/economy.ts';

/** The launch pack plus a rare item with a stock of 3. */
function packWithRareItem() {
  const pack = testPack();
  const rare = {
    id: 'perla_rara',
    kind: 'badge' as const,
    name: 'item-insignia_rosa_negra-name',
    description: 'item-insignia_rosa_negra-description',
    price: 10,
    stock: 3,
    per_user_limit: 1,
    vip_only: false,
  };
  return { ...pack, items: new Map([...pack.items, [rare.id, rare]]) };
}

describe.each(DATABASE_KINDS)('shop and backpack (%s)', (kind) => {
  let database: Database;
  let app: AppContext & { clock: ManualClock };
  let nextId = 1;
  const userWith = async (besitos: number, options: { vipUntil?: Date } = {}) => {
    const id = await addUser(app, nextId++, options);
    await app.db.transaction().execute((tx) =>
      award(tx, app.pack, new Date('2020-01-01T00:00:00Z'), {
        userId: id,
        base: besitos,
        reason: 'mission',
        key: `seed:${id}`,
      }),
    );
    return id;
  };

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = economyApp(database, { pack: packWithRareItem() });
  });
  afterAll(() => database?.close());

  it('buys in one transaction: stock, spend, item, order and event', async () => {
    const user = await userWith(500);
    const view = (await shopView(app, user))!;
    expect(view.nextOrder).toBe(0);
    expect(view.offers.find((o) => o.item.id === 'insignia_rosa_negra')).toMatchObject({ stockLeft: 100 });

    const bought = await purchaseItem(app, user, 'insignia_rosa_negra', 0);
    expect(bought).toMatchObject({ ok: true, order: 0, balance: 200, stockLeft: 99 });
    expect(await ownedItems(app.db, user)).toEqual(new Map([['insignia_rosa_negra', 1]]));
    const spend = await app.db
      .selectFrom('transactions')
      .select(['amount', 'reason', 'ref'])
      .where('idempotency_key', '=', `purchase:${user}:0`)
      .executeTakeFirst();
    expect(spend).toEqual({ amount: -300, reason: 'purchase', ref: 'item:insignia_rosa_negra' });
    expect(await eventPayloads(app, user, 'ItemPurchased')).toEqual([
      { itemId: 'insignia_rosa_negra', price: 300, order: 0 },
    ]);
    expect((await shopView(app, user))!.nextOrder).toBe(1);
  });

  it('buys once when the same buy button is tapped many times at once', async () => {
    const user = await userWith(1000);
    const taps = await Promise.all(
      Array.from({ length: 6 }, () => purchaseItem(app, user, 'carta_perfumada', 0)),
    );
    expect(taps.filter((t) => t.ok)).toHaveLength(1);
    expect(taps.filter((t) => !t.ok).map((t) => !t.ok && t.reason)).toEqual(Array(5).fill('repeated'));
    expect((await findUser(app.db, user))?.balance).toBe(960);
    expect((await ownedItems(app.db, user)).get('carta_perfumada')).toBe(1);
  });

  it('refuses stale orders, unknown items, short balances, limits and VIP-only items, changing nothing', async () => {
    const user = await userWith(200);
    expect(await purchaseItem(app, user, 'carta_perfumada', 3)).toEqual({ ok: false, reason: 'stale' });
    expect(await purchaseItem(app, user, 'no_such_item', 0)).toEqual({ ok: false, reason: 'unknown_item' });
    expect(await purchaseItem(app, user, 'carta_perfumada', -1)).toEqual({
      ok: false,
      reason: 'unknown_item',
    });
    expect(await purchaseItem(app, user, 'insignia_rosa_negra', 0)).toEqual({
      ok: false,
      reason: 'insufficient',
    });
    expect(await purchaseItem(app, user, 'insignia_terciopelo', 0)).toEqual({
      ok: false,
      reason: 'vip_only',
    });
    expect((await purchaseItem(app, user, 'llave_jardin_secreto', 0)).ok).toBe(true);
    expect(await purchaseItem(app, user, 'llave_jardin_secreto', 1)).toEqual({
      ok: false,
      reason: 'limit_reached',
    });
    expect((await findUser(app.db, user))?.balance).toBe(50);
  });

  it('sells VIP-only items to VIPs', async () => {
    const vip = await userWith(600, { vipUntil: new Date('2030-01-01T00:00:00Z') });
    expect(await purchaseItem(app, vip, 'insignia_terciopelo', 0)).toMatchObject({ ok: true, stockLeft: 24 });
  });

  it('never oversells a limited stock to concurrent buyers', async () => {
    const buyers = await Promise.all(Array.from({ length: 10 }, () => userWith(50)));
    const results = await Promise.all(buyers.map((u) => purchaseItem(app, u, 'perla_rara', 0)));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok && r.reason === 'sold_out')).toHaveLength(7);
    const stock = await app.db
      .selectFrom('item_stock')
      .selectAll()
      .where('item_id', '=', 'perla_rara')
      .execute();
    expect(stock).toEqual([{ item_id: 'perla_rara', initial: 3, remaining: 0 }]);
    const view = (await shopView(app, buyers[0]!))!;
    expect(view.offers.find((o) => o.item.id === 'perla_rara')).toMatchObject({ stockLeft: 0 });
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('puts a bought story key in the player view that story conditions read', async () => {
    const user = await userWith(150);
    expect((await purchaseItem(app, user, 'llave_jardin_secreto', 0)).ok).toBe(true);
    const player = await loadPlayer(app.db, app.pack, user, app.clock.now());
    expect(player?.items.get('llave_jardin_secreto')).toBe(1);
    expect(player?.user.balance).toBe(0);
  });

  it('uses a consumable once per tap and never below zero', async () => {
    const user = await userWith(100);
    await purchaseItem(app, user, 'carta_perfumada', 0);
    await purchaseItem(app, user, 'carta_perfumada', 1);
    expect(await backpack(app, user)).toMatchObject([
      { item: { id: 'carta_perfumada' }, quantity: 2, nextUse: 0 },
    ]);
    const taps = await Promise.all(Array.from({ length: 4 }, () => useItem(app, user, 'carta_perfumada', 0)));
    expect(taps.filter((t) => t.ok)).toEqual([expect.objectContaining({ left: 1 })]);
    expect(taps.filter((t) => !t.ok)).toEqual(Array(3).fill({ ok: false, reason: 'stale' }));
    expect(await useItem(app, user, 'carta_perfumada', 1)).toMatchObject({ ok: true, left: 0 });
    expect(await useItem(app, user, 'carta_perfumada', 2)).toEqual({ ok: false, reason: 'none_left' });
    expect(await useItem(app, user, 'carta_perfumada', 0)).toEqual({ ok: false, reason: 'stale' });
    expect(await useItem(app, user, 'llave_jardin_secreto', 0)).toEqual({
      ok: false,
      reason: 'not_consumable',
    });
    expect(await backpack(app, user)).toEqual([]);
    expect((await eventPayloads(app, user, 'ItemUsed')).map((p) => p.left)).toEqual([1, 0]);
  });
});

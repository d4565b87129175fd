// Registration on both databases: the account opens with its welcome gift in the statement that creates the
// person (balance and ledger agree from the first moment), the registration is written whole or not at all, and
// the gift is paid once however many times the person starts at the same moment.
import { InsertQueryNode, type KyselyPlugin, TableNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { memberChanged } from '../../src/app/channels/membership.ts';
import { EventDispatcher } from '../../src/app/events/dispatcher.ts';
import { announcer } from '../../src/app/notifications/announcer.ts';
import { progressTracker } from '../../src/app/progress/tracker.ts';
import { reconcile } from '../../src/app/reconcile.ts';
import { registerUser } from '../../src/app/users.ts';
import { TEST_CHANNELS } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { economyApp } from '../support/economy.ts';

/** Counts the statements sent through the database handle it is plugged into. */
class StatementCounter implements KyselyPlugin {
  count = 0;
  transformQuery: KyselyPlugin['transformQuery'] = (args) => {
    this.count++;
    return args.node;
  };
  transformResult: KyselyPlugin['transformResult'] = async (args) => args.result;
}

/**
 * Sends the database, in place of the insert appendEvents makes, one into a table it does not have: the
 * database refuses that statement, the transaction's last (with its end, on the embedded database).
 */
class EventsInsertRefused implements KyselyPlugin {
  transformQuery: KyselyPlugin['transformQuery'] = (args) => {
    const node = args.node;
    if (InsertQueryNode.is(node) && JSON.stringify(node.into).includes('"events"')) {
      return { ...node, into: TableNode.create('events_nowhere') };
    }
    return node;
  };
  transformResult: KyselyPlugin['transformResult'] = async (args) => args.result;
}

describe.each(DATABASE_KINDS)('registration (%s)', (kind) => {
  let database: Database;
  let app: ReturnType<typeof economyApp>;
  let welcome: number;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = economyApp(database);
    welcome = app.pack.economy.rewards.welcome;
  });
  afterAll(() => database?.close());

  const ledgerOf = (userId: number) =>
    app.db
      .selectFrom('transactions')
      .select(['amount', 'balance_after', 'reason', 'idempotency_key'])
      .where('user_id', '=', userId)
      .execute();
  const eventsOf = async (userId: number) =>
    (
      await app.db.selectFrom('events').select('type').where('user_id', '=', userId).orderBy('id').execute()
    ).map((e) => e.type);

  it('opens the account with the welcome gift, in as few statements as the guarantees allow', async () => {
    const counter = new StatementCounter();
    const counted = { ...app, db: app.db.withPlugin(counter) };
    const registration = await registerUser(counted, { id: 501, firstName: 'Ana', language: 'es' }, null);
    // The person's lock, then the account with its gift and its events (with the COMMIT on the embedded database).
    expect(counter.count).toBe(2);
    expect(registration).toMatchObject({ created: true, welcomeBonus: welcome, waitingRewards: 0 });
    expect(registration.user).toMatchObject({ balance: welcome, totalEarned: welcome, activityEarned: 0 });
    expect(await findUser(app.db, 501)).toMatchObject({ balance: welcome, totalEarned: welcome });
    expect(await ledgerOf(501)).toEqual([
      { amount: welcome, balance_after: welcome, reason: 'welcome', idempotency_key: 'welcome:501' },
    ]);
    expect(await eventsOf(501)).toEqual(['UserRegistered', 'BesitosAwarded']);
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('keeps nothing of a registration that fails half-way, and the next attempt pays the gift once', async () => {
    // PostgreSQL refuses a NUL character in text: the statement that writes the account and its events fails.
    await expect(
      registerUser(app, { id: 502, firstName: 'Bea', language: 'en' }, 'broken\u0000payload'),
    ).rejects.toThrow();
    expect(await findUser(app.db, 502)).toBeUndefined();
    expect(await ledgerOf(502)).toEqual([]);
    expect(await eventsOf(502)).toEqual([]);

    const again = await registerUser(app, { id: 502, firstName: 'Bea', language: 'en' }, null);
    expect(again).toMatchObject({ created: true, welcomeBonus: welcome });
    expect(await ledgerOf(502)).toHaveLength(1);
    expect(await findUser(app.db, 502)).toMatchObject({ balance: welcome });
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('pays the gift once when the same person starts several times at once, and never on a later start', async () => {
    const profile = { id: 503, firstName: 'Caro', language: 'es' };
    const all = await Promise.all(Array.from({ length: 6 }, () => registerUser(app, profile, 'canal')));
    expect(all.filter((r) => r.created)).toHaveLength(1);
    expect(all.map((r) => r.welcomeBonus).sort((a, b) => b - a)).toEqual([welcome, 0, 0, 0, 0, 0]);
    const later = await registerUser(app, { ...profile, firstName: 'Carolina' }, 'otro');
    expect(later).toMatchObject({ created: false, welcomeBonus: 0 });
    expect(later.user).toMatchObject({ firstName: 'Carolina', balance: welcome });
    expect(await ledgerOf(503)).toHaveLength(1);
    expect(await eventsOf(503)).toEqual(['UserRegistered', 'BesitosAwarded']);
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('leaves to the dispatcher only the events a subscriber acts on: the gift, not activity, moves no goal', async () => {
    const dispatcher = new EventDispatcher(app, [progressTracker(app), announcer(app)], { pollMs: 10 });
    dispatcher.start();
    try {
      await registerUser(app, { id: 505, firstName: 'Eli', language: 'es' }, null);
      const statuses = () =>
        app.db
          .selectFrom('events')
          .select(['type', 'status'])
          .where('user_id', '=', 505)
          .orderBy('id')
          .execute();
      expect((await statuses()).slice(0, 2)).toEqual([
        { type: 'UserRegistered', status: expect.stringMatching(/pending|done/) },
        { type: 'BesitosAwarded', status: 'done' },
      ]);
      // The first achievement follows the registration, and its reward (not activity either) needs no delivery.
      await expect
        .poll(async () => (await statuses()).map((e) => `${e.type} ${e.status}`), { timeout: 5000 })
        .toEqual([
          'UserRegistered done',
          'BesitosAwarded done',
          'BesitosAwarded done',
          'AchievementUnlocked done',
        ]);
    } finally {
      await dispatcher.stop();
    }
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('opens an empty account when the pack gives no welcome gift', async () => {
    const giftless = {
      ...app,
      pack: {
        ...app.pack,
        economy: { ...app.pack.economy, rewards: { ...app.pack.economy.rewards, welcome: 0 } },
      },
    };
    const registration = await registerUser(giftless, { id: 504, firstName: 'Dani', language: 'en' }, null);
    expect(registration).toMatchObject({ created: true, welcomeBonus: 0 });
    expect(registration.user).toMatchObject({ balance: 0, totalEarned: 0 });
    expect(await ledgerOf(504)).toEqual([]);
    expect(await eventsOf(504)).toEqual(['UserRegistered']);
  });

  it('registers someone who joined a channel first in a second transaction, the first having written nothing', async () => {
    const id = 506;
    await memberChanged(app, { chatId: TEST_CHANNELS.free!, userId: id, isMember: true });
    const counter = new StatementCounter();
    const registration = await registerUser(
      { ...app, db: app.db.withPlugin(counter) },
      { id, firstName: 'Fer', language: 'es' },
      null,
    );
    // The one-statement registration (lock, statement) found the join and wrote nothing; then the lock, the
    // account with its gift, and the events with the join's.
    expect(counter.count).toBe(5);
    expect(registration).toMatchObject({ created: true, welcomeBonus: welcome, waitingRewards: 0 });
    expect(await ledgerOf(id)).toHaveLength(1);
    expect(await eventsOf(id)).toEqual(['UserRegistered', 'BesitosAwarded', 'ChannelJoined']);
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('keeps nothing of that longer registration when it fails half-way, and the next attempt completes it', async () => {
    const id = 507;
    await memberChanged(app, { chatId: TEST_CHANNELS.free!, userId: id, isMember: true });
    await expect(
      registerUser(
        { ...app, db: app.db.withPlugin(new EventsInsertRefused()) },
        { id, firstName: 'Gus', language: 'en' },
        null,
      ),
    ).rejects.toThrow(/events_nowhere/);
    expect(await findUser(app.db, id)).toBeUndefined();
    expect(await ledgerOf(id)).toEqual([]);
    expect(await eventsOf(id)).toEqual([]);

    const again = await registerUser(app, { id, firstName: 'Gus', language: 'en' }, null);
    expect(again).toMatchObject({ created: true, welcomeBonus: welcome });
    expect(await ledgerOf(id)).toHaveLength(1);
    expect(await eventsOf(id)).toEqual(['UserRegistered', 'BesitosAwarded', 'ChannelJoined']);
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('keeps the registrations that commit together with one whose statement fails, and nothing of that one', async () => {
    const people = [508, 509, 510, 511];
    const outcomes = await Promise.allSettled(
      people.map((id) =>
        registerUser(
          app,
          { id, firstName: `P${id}`, language: 'es' },
          id === 510 ? 'broken\u0000payload' : null,
        ),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    for (const id of [508, 509, 511]) {
      expect(await findUser(app.db, id)).toMatchObject({ balance: welcome });
      expect(await eventsOf(id)).toEqual(['UserRegistered', 'BesitosAwarded']);
    }
    expect(await findUser(app.db, 510)).toBeUndefined();
    expect(await ledgerOf(510)).toEqual([]);
    expect(await eventsOf(510)).toEqual([]);
    expect((await reconcile(app.db)).problems).toEqual([]);
  });
});

// The shop and the story together, on both databases: the garden key bought with besitos opens the hidden
// branch that was locked before the purchase.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { findSave } from '../../src/adapters/db/repositories/story.ts';
import { purchaseItem } from '../../src/app/economy/shop.ts';
import { award } from '../../src/app/ledger.ts';
import type { AppContext } from '../../src/app/services.ts';
import { chooseInStory, openStory } from '../../src/app/story.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser, economyApp } from '../support/economy.ts';

describe.each(DATABASE_KINDS)('a story key from the shop (%s)', (kind) => {
  let database: Database;
  let app: AppContext;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = economyApp(database);
  });
  afterAll(() => database?.close());

  const tap = async (userId: number, choice: string) => {
    const save = (await findSave(app.db, userId))!;
    return chooseInStory(app, userId, { revision: save.revision, node: save.node, choice });
  };

  it('opens the secret garden once bought', async () => {
    const user = await addUser(app, 1);
    await app.db.transaction().execute((tx) =>
      award(tx, app.pack, app.clock.now(), {
        userId: user,
        base: 150,
        reason: 'mission',
        key: `m:${user}`,
      }),
    );
    // The visitor stands at the garden gate.
    await openStory(app, user);
    await app.db
      .updateTable('story_saves')
      .set({
        node: 'c2_jardin',
        chapter: app.pack.story.nodes.get('c2_jardin')!.chapter,
        revision: sql`revision + 1`,
      })
      .where('user_id', '=', user)
      .execute();

    const gate = await openStory(app, user);
    expect(gate.choices.find((c) => c.choice.id === 'llave')).toMatchObject({
      status: 'locked',
      lock: { kind: 'item', item: 'llave_jardin_secreto' },
    });
    expect(await tap(user, 'llave')).toMatchObject({ kind: 'locked' });

    expect(await purchaseItem(app, user, 'llave_jardin_secreto', 0)).toMatchObject({ ok: true, balance: 0 });
    expect((await openStory(app, user)).choices.find((c) => c.choice.id === 'llave')).toMatchObject({
      status: 'open',
    });
    expect(await tap(user, 'llave')).toMatchObject({
      kind: 'applied',
      view: { node: { id: 'c2_jardin_secreto' } },
    });
  });
});

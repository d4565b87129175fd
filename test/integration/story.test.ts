// The story use-cases on both databases: the save, the besitos and the events written together; replays
// and concurrent taps applied once; gates read the player (VIP, items, balance); saves survive content changes.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { changeItem, ownedItems } from '../../src/adapters/db/repositories/inventory.ts';
import { findSave } from '../../src/adapters/db/repositories/story.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { award } from '../../src/app/ledger.ts';
import { reconcile } from '../../src/app/reconcile.ts';
import type { AppContext } from '../../src/app/services.ts';
import { chooseInStory, openStory, restartStory } from '../../src/app/story.ts';
import { registerUser } from '../../src/app/users.ts';
import { loadPack } from '../../src/content/pack.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { TEST_CHANNELS } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';

const pack = loadPack('content/diana');

describe.each(DATABASE_KINDS)('story use-cases (%s)', (kind) => {
  let database: Database;
  let app: AppContext;
  let nextId = 1;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = {
      db: database.db,
      pack,
      clock: new ManualClock(),
      log: createLogger('silent', false),
      adminIds: new Set(),
      timeZone: 'America/Mexico_City',
      channels: TEST_CHANNELS,
    };
  });
  afterAll(() => database?.close());

  const newUser = async () => {
    const id = nextId++;
    await registerUser(app, { id, firstName: `U${id}`, language: 'es' }, null);
    return id;
  };
  const balance = async (id: number) => (await findUser(app.db, id))?.balance;
  const tapAt = async (id: number, choice: string) => {
    const save = (await findSave(app.db, id))!;
    return chooseInStory(app, id, { revision: save.revision, node: save.node, choice });
  };
  /** Puts a user's save at a node (as if they had walked there), keeping what they took before. */
  const placeAt = async (id: number, node: string, relationship = 0) => {
    await openStory(app, id);
    await app.db
      .updateTable('story_saves')
      .set({ node, chapter: pack.story.nodes.get(node)!.chapter, relationship, revision: sql`revision + 1` })
      .where('user_id', '=', id)
      .execute();
  };
  const ledger = (id: number) =>
    app.db
      .selectFrom('transactions')
      .select(['amount', 'reason', 'idempotency_key'])
      .where('user_id', '=', id)
      .orderBy('id')
      .execute();
  const events = async (id: number) =>
    (await app.db.selectFrom('events').select('type').where('user_id', '=', id).orderBy('id').execute()).map(
      (e) => e.type,
    );

  it('creates one save, at the start, for concurrent first visits', async () => {
    const id = await newUser();
    const views = await Promise.all(Array.from({ length: 5 }, () => openStory(app, id)));
    expect(views.map((v) => v.node.id)).toEqual(Array(5).fill('c1_puerta'));
    const rows = await app.db
      .selectFrom('story_saves')
      .select('revision')
      .where('user_id', '=', id)
      .execute();
    expect(rows).toEqual([{ revision: 0 }]);
  });

  it('writes the step, its besitos and its events together, and a replay changes nothing', async () => {
    const id = await newUser();
    await openStory(app, id);
    const step = await tapAt(id, 'entrar');
    expect(step).toMatchObject({ kind: 'applied', earned: 15, spent: 0 });
    expect(step.view.node.id).toBe('c1_lucien');
    expect(await balance(id)).toBe(35);
    expect((await ledger(id)).map((e) => e.idempotency_key)).toEqual([
      `welcome:${id}`,
      `fragment:${id}:c1_puerta`,
      `decision:${id}:c1_puerta:entrar`,
    ]);
    expect(await events(id)).toEqual([
      'UserRegistered',
      'BesitosAwarded',
      'FragmentCompleted',
      'DecisionMade',
      'BesitosAwarded',
      'BesitosAwarded',
    ]);
    const replay = await chooseInStory(app, id, { revision: 0, node: 'c1_puerta', choice: 'entrar' });
    expect(replay.kind).toBe('stale');
    expect(await balance(id)).toBe(35);
    expect((await findSave(app.db, id))?.revision).toBe(1);
  });

  it('applies concurrent taps of one button once', async () => {
    const id = await newUser();
    await openStory(app, id);
    const taps = await Promise.all(
      Array.from({ length: 8 }, () =>
        chooseInStory(app, id, { revision: 0, node: 'c1_puerta', choice: 'entrar' }),
      ),
    );
    expect(taps.filter((t) => t.kind === 'applied')).toHaveLength(1);
    expect(taps.filter((t) => t.kind === 'stale')).toHaveLength(7);
    expect(await balance(id)).toBe(35);
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('pays VIP users the multiplier', async () => {
    const id = await newUser();
    await app.db
      .updateTable('users')
      .set({ vip_until: new Date('2030-01-01') })
      .where('id', '=', id)
      .execute();
    await openStory(app, id);
    expect(await tapAt(id, 'entrar')).toMatchObject({ kind: 'applied', earned: 15 + 8 });
  });

  it('opens the secret garden to the owner of the key', async () => {
    const id = await newUser();
    await placeAt(id, 'c2_jardin');
    expect(await tapAt(id, 'llave')).toMatchObject({
      kind: 'locked',
      lock: { kind: 'item', item: 'llave_jardin_secreto' },
    });
    await changeItem(app.db, id, 'llave_jardin_secreto', 1);
    const opened = await tapAt(id, 'llave');
    expect(opened.kind).toBe('applied');
    expect(opened.view.node.id).toBe('c2_jardin_secreto');
  });

  it('charges a priced choice once, and refuses it while the balance is short', async () => {
    const id = await newUser();
    await placeAt(id, 'c3_retrato');
    expect(await tapAt(id, 'lucien')).toMatchObject({
      kind: 'locked',
      lock: { kind: 'besitos', amount: 30 },
    });
    expect(await balance(id)).toBe(20);
    await app.db
      .transaction()
      .execute((tx) =>
        award(tx, pack, app.clock.now(), { userId: id, base: 50, reason: 'admin_grant', key: `grant:${id}` }),
      );
    expect(await tapAt(id, 'lucien')).toMatchObject({ kind: 'applied', spent: 30, earned: 15 });
    expect(await balance(id)).toBe(20 + 50 - 30 + 15);
    // Back at the portrait (a later run): the door stays paid for.
    await placeAt(id, 'c3_retrato');
    expect(await tapAt(id, 'lucien')).toMatchObject({ kind: 'applied', spent: 0, earned: 0 });
    expect((await ledger(id)).filter((e) => e.reason === 'story_cost')).toEqual([
      { amount: -30, reason: 'story_cost', idempotency_key: `story_cost:${id}:c3_retrato:lucien` },
    ]);
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('gives the letter and the bonus of a choice once', async () => {
    const id = await newUser();
    await placeAt(id, 'c2_rosa');
    expect(await tapAt(id, 'guardar')).toMatchObject({ kind: 'applied', earned: 10 + 5 + 10 });
    await placeAt(id, 'c2_rosa');
    expect(await tapAt(id, 'guardar')).toMatchObject({ kind: 'applied', earned: 0 });
    // The story's own letter (sealed in the garden), not the shop's scented letter.
    expect((await ownedItems(app.db, id)).get('carta_jardin')).toBe(1);
    expect((await ownedItems(app.db, id)).get('carta_perfumada')).toBeUndefined();
  });

  it('gives a save from before the garden letter existed the letter its choice now grants, once', async () => {
    const id = await newUser();
    await placeAt(id, 'c2_rosa');
    await tapAt(id, 'guardar');
    // As the first launch story left it: the choice taken, the shop's scented letter in hand, no garden letter.
    await app.db.deleteFrom('inventory').where('user_id', '=', id).execute();
    await app.db
      .insertInto('inventory')
      .values({ user_id: id, item_id: 'carta_perfumada', quantity: 1 })
      .execute();
    const before = await balance(id);
    await Promise.all([openStory(app, id), openStory(app, id)]);
    await openStory(app, id);
    const owned = await ownedItems(app.db, id);
    expect(owned.get('carta_jardin')).toBe(1);
    expect(owned.get('carta_perfumada')).toBe(1);
    expect(await balance(id)).toBe(before);
    // A consumable is never given again: it was meant to be used up.
    await app.db.deleteFrom('inventory').where('user_id', '=', id).execute();
    await openStory(app, id);
    expect((await ownedItems(app.db, id)).get('carta_perfumada')).toBeUndefined();
    expect((await ownedItems(app.db, id)).get('carta_jardin')).toBe(1);
  });

  it('reaches an ending, begins again, and the replay pays nothing', async () => {
    const id = await newUser();
    await openStory(app, id);
    await tapAt(id, 'entrar');
    await placeAt(id, 'c3_medianoche', 2);
    const end = await tapAt(id, 'volver');
    expect(end).toMatchObject({ kind: 'applied', earned: 10 + 5 + 10 });
    expect(end.view.node.ending).toBe(true);
    expect(await events(id)).toEqual(expect.arrayContaining(['EndingReached', 'ChapterCompleted']));
    const paid = await balance(id);
    const again = await restartStory(app, id, end.view.save.revision);
    expect(again.view.node.id).toBe('c1_puerta');
    expect(await tapAt(id, 'entrar')).toMatchObject({ kind: 'applied', earned: 0 });
    expect(await balance(id)).toBe(paid);
  });

  it('moves a save whose node left the pack, and persists the move', async () => {
    const id = await newUser();
    await openStory(app, id);
    await app.db.updateTable('story_saves').set({ node: 'c1_entrada' }).where('user_id', '=', id).execute();
    const renamed = await openStory(app, id);
    expect(renamed).toMatchObject({ moved: true, node: { id: 'c1_puerta' } });
    expect(await findSave(app.db, id)).toMatchObject({ node: 'c1_puerta', revision: 1 });
    await app.db
      .updateTable('story_saves')
      .set({ node: 'c3_derribado', chapter: 'c3' })
      .where('user_id', '=', id)
      .execute();
    expect((await openStory(app, id)).node.id).toBe('c3_tormenta');
    expect((await openStory(app, id)).moved).toBe(false);
  });
});

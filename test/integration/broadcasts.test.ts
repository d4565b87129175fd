// Broadcasts: segments name exactly their people; each recipient is claimed before the send and receives the
// broadcast once, whatever senders run at once; a blocked person is counted and skipped later; pause, resume
// and cancel; a claim left by a dead sender is never sent again (counted uncertain). On both databases.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { setBroadcasts } from '../../src/adapters/db/repositories/users.ts';
import {
  broadcastView,
  createBroadcast,
  moveBroadcastTo,
  previewAudience,
} from '../../src/app/broadcasts/broadcasts.ts';
import { BroadcastSender, CLAIM_LEASE_MS } from '../../src/app/broadcasts/sender.ts';
import type { AppContext } from '../../src/app/services.ts';
import type { OutgoingMessage, TelegramGateway } from '../../src/app/telegram-gateway.ts';
import { registerUser } from '../../src/app/users.ts';
import type { Segment } from '../../src/domain/broadcasts.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { TEST_CHANNELS, testApp } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { FakeGateway } from '../support/fake-gateway.ts';

const DAY = 86_400_000;
const ADMIN = { adminId: 1, name: 'telegram:1' };

/** Records sends; answers 'unreachable' for the people in `blocked`. */
class Recipients extends FakeGateway {
  readonly blocked = new Set<number>();
  override async send(userId: number, message: OutgoingMessage) {
    if (this.blocked.has(userId)) return 'unreachable' as const;
    return super.send(userId, message);
  }
  receivers(): number[] {
    return this.calls.filter((c) => c.method === 'send').map((c) => c.args[0] as number);
  }
}

describe.each(DATABASE_KINDS)('broadcasts (%s)', (kind) => {
  let database: Database;
  let app: AppContext;
  const clock = new ManualClock('2026-03-02T18:00:00Z');
  // ids: 1 es VIP ending in 3 days · 2 en VIP ending in 20 days · 3 es level 3, inactive 10 days, reached c1_n2
  // · 4 en owns a rose, in the free channel · 5 es, broadcasts off · 6 es, plain
  const ids = [8_100_001, 8_100_002, 8_100_003, 8_100_004, 8_100_005, 8_100_006];
  const [vipSoon, vipLate, veteran, member, quiet, plain] = ids as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = testApp(database, { clock });
    for (const [i, id] of ids.entries())
      await registerUser(app, { id, firstName: `P${i}`, language: i % 2 ? 'en' : 'es' }, null);
    const db = app.db;
    await db.updateTable('users').set({ last_seen_at: clock.now() }).execute();
    await db
      .updateTable('users')
      .set({ vip_until: new Date(clock.now().getTime() + 3 * DAY) })
      .where('id', '=', vipSoon)
      .execute();
    await db
      .updateTable('users')
      .set({ vip_until: new Date(clock.now().getTime() + 20 * DAY) })
      .where('id', '=', vipLate)
      .execute();
    await db
      .updateTable('users')
      .set({
        total_earned: 200,
        activity_earned: 200,
        last_seen_at: new Date(clock.now().getTime() - 10 * DAY),
      })
      .where('id', '=', veteran)
      .execute();
    await db
      .insertInto('story_saves')
      .values({
        user_id: veteran,
        node: 'c1_n3',
        chapter: 'c1',
        emotion: 'neutral',
        visited: JSON.stringify(['c1_n1', 'c1_n2']),
        flags: '[]',
        choices: '[]',
        taken: '[]',
        chapters: '[]',
        endings: '[]',
        relationship: 0,
        revision: 0,
        runs: 1,
      })
      .execute();
    await db.insertInto('inventory').values({ user_id: member, item_id: 'rose', quantity: 1 }).execute();
    await db
      .insertInto('channel_members')
      .values({ chat_id: TEST_CHANNELS.free!, user_id: member, is_member: true, changed_at: clock.now() })
      .execute();
    await setBroadcasts(db, quiet, false);
  });
  afterAll(() => database?.close());

  const audienceOf = (segment: Segment) => previewAudience(app, segment);

  it('counts the audience of each segment and of combinations, never those who turned broadcasts off', async () => {
    expect(await audienceOf({})).toBe(5);
    expect(await audienceOf({ vip: true })).toBe(2);
    expect(await audienceOf({ vip: false })).toBe(3);
    expect(await audienceOf({ languages: ['en'] })).toBe(3);
    expect(await audienceOf({ languages: ['es'] })).toBe(2);
    expect(await audienceOf({ minLevel: 2 })).toBe(1);
    expect(await audienceOf({ minLevel: 4 })).toBe(0);
    expect(await audienceOf({ inactiveDays: 7 })).toBe(1);
    expect(await audienceOf({ reachedNode: 'c1_n2' })).toBe(1);
    expect(await audienceOf({ reachedNode: 'c9_n9' })).toBe(0);
    expect(await audienceOf({ ownsItem: 'rose' })).toBe(1);
    expect(await audienceOf({ freeChannelMember: true })).toBe(1);
    expect(await audienceOf({ freeChannelMember: false })).toBe(4);
    expect(await audienceOf({ vipEndingWithinDays: 7 })).toBe(1);
    expect(await audienceOf({ vip: true, languages: ['en'] })).toBe(1);
    expect(await audienceOf({ vip: false, languages: ['es'] })).toBe(1);
  });

  it('reaches exactly its segment once each, with two senders at once; a blocked person is counted and skipped next time', async () => {
    const telegram = new Recipients();
    telegram.blocked.add(vipLate);
    const created = await createBroadcast(
      app,
      { message: { text: 'Nuevo capítulo', buttons: [{ target: 'story' }] }, segment: { vip: true } },
      ADMIN,
    );
    expect(created).toMatchObject({ ok: true, audience: 2 });
    const id = created.id;
    const a = new BroadcastSender(app, telegram);
    const b = new BroadcastSender(app, telegram);
    await Promise.all([a.drain(), b.drain()]);
    expect(telegram.receivers()).toEqual([vipSoon]);
    const sent = telegram.sent(vipSoon)[0]!;
    expect(sent.text).toBe('Nuevo capítulo');
    expect(sent.buttons?.[0]?.[0]).toMatchObject({
      label: '💋 Continuar Historia',
      action: 'nav',
      args: ['story'],
    });
    const view = await broadcastView(app, id);
    expect(view).toMatchObject({
      status: 'done',
      counts: { audience: 2, sent: 1, blocked: 1, failed: 0, remaining: 0 },
    });

    // The next broadcast to everyone leaves out the blocked person and the one who turned broadcasts off.
    const next = await createBroadcast(app, { message: { text: 'Hola', buttons: [] }, segment: {} }, ADMIN);
    expect(next).toMatchObject({ ok: true, audience: 4 });
    await new BroadcastSender(app, telegram).drain();
    expect(telegram.receivers().sort()).toEqual([vipSoon, vipSoon, veteran, member, plain].sort());
    expect((await broadcastView(app, next.id))?.counts).toMatchObject({ sent: 4, blocked: 0, remaining: 0 });
    // Writing to the bot again makes the person reachable.
    await registerUser(app, { id: vipLate, firstName: 'P1', language: 'en' }, null);
    expect(await previewAudience(app, { vip: true })).toBe(2);
  });

  it('a scheduled broadcast waits for its time; pause keeps the rest waiting, resume finishes, cancel stops', async () => {
    const telegram = new Recipients();
    const sender = new BroadcastSender(app, telegram);
    const later = new Date(clock.now().getTime() + 3_600_000);
    const { id } = await createBroadcast(
      app,
      { message: { text: 'Más tarde', buttons: [] }, segment: { languages: ['en'] }, sendAt: later },
      ADMIN,
    );
    await sender.drain();
    expect(telegram.receivers()).toEqual([]);
    expect((await broadcastView(app, id))?.status).toBe('scheduled');
    clock.advance(3_600_000);
    await sender.step();
    expect(telegram.receivers()).toHaveLength(1);
    expect(await moveBroadcastTo(app, id, 'pause', ADMIN)).toBe('moved');
    await sender.drain();
    expect(telegram.receivers()).toHaveLength(1);
    expect((await broadcastView(app, id))?.counts).toMatchObject({ sent: 1, remaining: 2 });
    expect(await moveBroadcastTo(app, id, 'resume', ADMIN)).toBe('moved');
    await sender.drain();
    expect(telegram.receivers()).toHaveLength(3);
    expect((await broadcastView(app, id))?.status).toBe('done');
    expect(await moveBroadcastTo(app, id, 'cancel', ADMIN)).toBe('unchanged');

    const cancelled = await createBroadcast(
      app,
      { message: { text: 'No', buttons: [] }, segment: {} },
      ADMIN,
    );
    expect(await moveBroadcastTo(app, cancelled.id, 'cancel', ADMIN)).toBe('moved');
    await sender.drain();
    expect(telegram.receivers()).toHaveLength(3);
    expect((await broadcastView(app, cancelled.id))?.status).toBe('cancelled');
    expect(await moveBroadcastTo(app, 999_999, 'cancel', ADMIN)).toBe('missing');

    // The same key again creates nothing; reused for another message it is refused.
    const message = { text: 'Una vez', buttons: [] };
    const keyed = await createBroadcast(app, { message, segment: {} }, ADMIN, 'k1');
    const replayed = await createBroadcast(app, { message, segment: {} }, ADMIN, 'k1');
    expect(replayed).toEqual({ ...keyed, replayed: true });
    expect(
      await createBroadcast(app, { message: { text: 'Otra', buttons: [] }, segment: {} }, ADMIN, 'k1'),
    ).toEqual({
      ok: false,
      reason: 'key_reused',
      id: keyed.id,
    });
    expect(await moveBroadcastTo(app, keyed.id, 'cancel', ADMIN)).toBe('moved');
    const audit = await app.db
      .selectFrom('audit_log')
      .select('action')
      .where('ref', '=', `broadcast:${id}`)
      .execute();
    expect(audit.map((r) => r.action)).toEqual(['broadcast.create', 'broadcast.pause', 'broadcast.resume']);
  });

  it('a claim left by a dead sender is never sent again but counted uncertain; a refused message is tried again', async () => {
    const telegram = new Recipients();
    const { id } = await createBroadcast(
      app,
      { message: { text: 'Uno', buttons: [] }, segment: { languages: ['es'] } },
      ADMIN,
    );
    // A sender claims the first recipient and stops before Telegram answers.
    const sender = new BroadcastSender(app, telegram);
    const crashed = new BroadcastSender(app, {
      ...telegram,
      send: () => new Promise<never>(() => {}),
    } as unknown as TelegramGateway);
    void crashed.step();
    await new Promise((r) => setTimeout(r, 300));
    const claimed = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM broadcast_recipients WHERE broadcast_id = ${id} AND status = 'claimed'`.execute(
      app.db,
    );
    expect(claimed.rows[0]?.n).toBe(1);
    await sender.drain();
    expect(telegram.receivers()).toHaveLength(1);
    // Its lease runs out in seconds, not minutes: the recipient is settled as uncertain, never sent.
    clock.advance(CLAIM_LEASE_MS + 1000);
    await sender.drain();
    expect(telegram.receivers()).toHaveLength(1);
    const view = await broadcastView(app, id);
    expect(view).toMatchObject({
      status: 'done',
      counts: { sent: 1, failed: 0, uncertain: 1, remaining: 0 },
    });

    let refusals = 0;
    const flaky = new Recipients();
    const original = flaky.send.bind(flaky);
    flaky.send = async (userId, message) => {
      if (refusals++ < 2) throw new Error('Bad Gateway');
      return original(userId, message);
    };
    const second = await createBroadcast(
      app,
      { message: { text: 'Dos', buttons: [] }, segment: { ownsItem: 'rose' } },
      ADMIN,
    );
    await new BroadcastSender(app, flaky).drain();
    expect(flaky.receivers()).toEqual([member]);
    expect((await broadcastView(app, second.id))?.counts).toMatchObject({ sent: 1, failed: 0 });
  });
});

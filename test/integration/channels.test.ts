// Channel use-cases on both databases: join requests recorded once and approved by a durable job whatever
// Telegram answers; memberships that emit ChannelJoined once per join; reactions paid once per person and
// message under concurrency, within the daily cap, waiting for people who have not started the bot; counters
// redrawn once per window.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import {
  insertDraft,
  insertReaction,
  markPublished,
} from '../../src/adapters/db/repositories/channel-posts.ts';
import { transact } from '../../src/adapters/db/repositories/events.ts';
import { findUser, lockRegistration } from '../../src/adapters/db/repositories/users.ts';
import {
  JOIN_APPROVAL_JOB,
  joinApprovalJob,
  receiveJoinRequest,
} from '../../src/app/channels/join-requests.ts';
import { memberChanged } from '../../src/app/channels/membership.ts';
import {
  COUNTERS_JOB,
  counterRefreshJob,
  reactNatively,
  reactWithButton,
} from '../../src/app/channels/reactions.ts';
import { JobRunner } from '../../src/app/jobs/runner.ts';
import { reconcile } from '../../src/app/reconcile.ts';
import { registerUser } from '../../src/app/users.ts';
import { TEST_CHANNELS } from '../support/app-context.ts';
import { DATABASE_KINDS, type DatabaseKind, freshDatabase, POSTGRES_URL } from '../support/databases.ts';
import { addUser, economyApp, eventPayloads } from '../support/economy.ts';
import { FakeGateway } from '../support/fake-gateway.ts';
import { latch } from '../support/latch.ts';

const FREE = TEST_CHANNELS.free!;

/**
 * Until a registration waits for a person's lock: on PostgreSQL, once a session waits for an advisory lock; the
 * embedded database runs one transaction at a time, so there it waits for the one in progress anyway.
 */
async function registrationWaiting(kind: DatabaseKind, id: number): Promise<void> {
  if (kind === 'embedded') return new Promise((resolve) => setTimeout(resolve, 50));
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  try {
    for (let tries = 0; tries < 500; tries++) {
      const { rows } = await admin.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks
         WHERE locktype = 'advisory' AND NOT granted AND classid = 0 AND objid = $1 AND objsubid = 1`,
        [id],
      );
      if (rows[0]!.n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the registration never waited for the lock');
  } finally {
    await admin.end();
  }
}

describe.each(DATABASE_KINDS)('channels (%s)', (kind) => {
  let database: Database;
  let app: ReturnType<typeof economyApp>;
  let telegram: FakeGateway;
  let jobs: JobRunner;
  let nextId = 1000;
  let nextMessage = 1;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = economyApp(database);
    telegram = new FakeGateway();
    jobs = new JobRunner(app, {
      [JOIN_APPROVAL_JOB]: joinApprovalJob(app, telegram),
      [COUNTERS_JOB]: counterRefreshJob(app, telegram),
    });
  });
  afterAll(() => database?.close());

  const person = () => nextId++;
  async function post() {
    const draft = await insertDraft(app.db, {
      chatId: FREE,
      text: 'post',
      photo: null,
      emojis: ['🔥', '💋'],
      createdBy: 1,
      at: app.clock.now(),
    });
    const messageId = nextMessage++;
    await markPublished(app.db, draft.id, messageId, app.clock.now());
    return { ...draft, messageId };
  }

  it('records a join request once and approves it after the wait, whatever Telegram answers', async () => {
    const [ana, bob, eva] = [person(), person(), person()];
    const requestedAt = new Date(app.clock.now().getTime() - 1000);
    const first = await receiveJoinRequest(app, { chatId: FREE, userId: ana, requestedAt, language: 'es' });
    const again = await receiveJoinRequest(app, { chatId: FREE, userId: ana, requestedAt, language: 'es' });
    expect(first).toMatchObject({ kind: 'recorded', fresh: true });
    expect(again).toMatchObject({ kind: 'recorded', fresh: false });
    expect(await receiveJoinRequest(app, { chatId: -42, userId: ana, requestedAt, language: null })).toEqual({
      kind: 'ignored',
    });
    for (const id of [bob, eva])
      await receiveJoinRequest(app, { chatId: FREE, userId: id, requestedAt, language: null });

    expect(await jobs.drain()).toBe(0);
    app.clock.advance(TEST_CHANNELS.joinRequestDelaySeconds * 1000);
    telegram.approval = 'approved';
    await jobs.runDue();
    telegram.approval = 'already_member';
    await jobs.runDue();
    telegram.approval = 'missing';
    await jobs.runDue();
    const rows = await app.db
      .selectFrom('join_requests')
      .select(['user_id', 'status'])
      .where('user_id', 'in', [ana, bob, eva])
      .orderBy('user_id')
      .execute();
    expect(rows.map((r) => r.status)).toEqual(['approved', 'already_member', 'withdrawn']);
    expect(telegram.count('approveJoinRequest')).toBe(3);
    // Running the jobs again (a lost completion) asks Telegram nothing more.
    await app.db
      .updateTable('jobs')
      .set({ status: 'pending', run_at: app.clock.now() })
      .where('kind', '=', JOIN_APPROVAL_JOB)
      .execute();
    await jobs.drain();
    expect(telegram.count('approveJoinRequest')).toBe(3);
  });

  it('emits ChannelJoined once per join however often Telegram reports it, only for the channels it runs', async () => {
    const ana = await addUser(app, person());
    for (let i = 0; i < 3; i++) await memberChanged(app, { chatId: FREE, userId: ana, isMember: true });
    await memberChanged(app, { chatId: -42, userId: ana, isMember: true });
    expect(await eventPayloads(app, ana, 'ChannelJoined')).toEqual([{ chatId: FREE }]);
    await memberChanged(app, { chatId: FREE, userId: ana, isMember: false });
    await memberChanged(app, { chatId: FREE, userId: ana, isMember: true });
    expect(await eventPayloads(app, ana, 'ChannelJoined')).toHaveLength(2);
  });

  it('pays one reaction per person and message under concurrent taps and native reactions', async () => {
    const ana = await addUser(app, person());
    const p = await post();
    const taps = Array.from({ length: 8 }, (_, i) =>
      i % 2
        ? reactNatively(app, { userId: ana, chatId: FREE, messageId: p.messageId, emoji: '🔥' })
        : reactWithButton(app, {
            userId: ana,
            postId: p.id,
            index: i % 4 === 0 ? 0 : 1,
            chatId: FREE,
            messageId: p.messageId,
          }),
    );
    const outcomes = await Promise.all(taps);
    expect(outcomes.filter((o) => o.kind === 'paid')).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'already')).toHaveLength(7);
    expect((await findUser(app.db, ana))?.balance).toBe(2);
    expect(await eventPayloads(app, ana, 'ReactionRecorded')).toHaveLength(1);
    // Stale or foreign button data changes nothing.
    expect(
      await reactWithButton(app, {
        userId: ana,
        postId: p.id,
        index: 9,
        chatId: FREE,
        messageId: p.messageId,
      }),
    ).toEqual({ kind: 'unknown' });
    expect(
      await reactWithButton(app, { userId: ana, postId: p.id, index: 0, chatId: FREE, messageId: 999 }),
    ).toEqual({ kind: 'unknown' });
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('caps reaction rewards per day and VIPs earn ×1.5', async () => {
    const ana = await addUser(app, person());
    const vip = await addUser(app, person(), { vipUntil: new Date(app.clock.now().getTime() + 86_400_000) });
    const cap = app.pack.economy.daily_caps.reaction!;
    const kinds: string[] = [];
    for (let i = 0; i <= cap; i++) {
      const p = await post();
      kinds.push(
        (await reactNatively(app, { userId: ana, chatId: FREE, messageId: p.messageId, emoji: '❤️' })).kind,
      );
      if (i === 0)
        await reactNatively(app, { userId: vip, chatId: FREE, messageId: p.messageId, emoji: '❤️' });
    }
    expect(kinds.filter((k) => k === 'paid')).toHaveLength(cap);
    expect(kinds.at(-1)).toBe('capped');
    expect((await findUser(app.db, ana))?.balance).toBe(cap * 2);
    expect((await findUser(app.db, vip))?.balance).toBe(3);
  });

  it('keeps the reaction of someone who has not started the bot, and pays it when they do', async () => {
    const eva = person();
    const p = await post();
    await memberChanged(app, { chatId: FREE, userId: eva, isMember: true });
    expect(
      await reactWithButton(app, {
        userId: eva,
        postId: p.id,
        index: 1,
        chatId: FREE,
        messageId: p.messageId,
      }),
    ).toEqual({ kind: 'waiting' });
    expect(await eventPayloads(app, eva, 'ReactionRecorded')).toEqual([]);
    const registration = await registerUser(app, { id: eva, firstName: 'Eva', language: 'es' }, 'canal');
    expect(registration.waitingRewards).toBe(2);
    expect(registration.user.balance).toBe(app.pack.economy.rewards.welcome + 2);
    expect(await eventPayloads(app, eva, 'ReactionRecorded')).toEqual([
      { chatId: FREE, messageId: p.messageId, postId: p.id, emoji: '💋' },
    ]);
    expect(await eventPayloads(app, eva, 'ChannelJoined')).toEqual([{ chatId: FREE }]);
    expect(
      (await registerUser(app, { id: eva, firstName: 'Eva', language: 'es' }, 'canal')).waitingRewards,
    ).toBe(0);
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('pays a reaction and counts a join made while the person registers, once, whoever commits first', async () => {
    const p = await post();
    const people = Array.from({ length: 30 }, () => person());
    await Promise.all(
      people.map((id) =>
        Promise.all([
          registerUser(app, { id, firstName: 'R', language: 'es' }, null),
          reactWithButton(app, { userId: id, postId: p.id, index: 0, chatId: FREE, messageId: p.messageId }),
          memberChanged(app, { chatId: FREE, userId: id, isMember: true }),
        ]),
      ),
    );
    for (const id of people) {
      expect((await findUser(app.db, id))?.balance).toBe(app.pack.economy.rewards.welcome + 2);
      expect(await eventPayloads(app, id, 'ReactionRecorded')).toHaveLength(1);
      expect(await eventPayloads(app, id, 'ChannelJoined')).toEqual([{ chatId: FREE }]);
    }
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('pays a reaction recorded while the person’s registration waits for their lock', async () => {
    const p = await post();
    const id = person();
    const held = latch();
    const locked = latch();
    // What recording a reaction does for someone not registered, held open between its lock and its commit.
    const recording = transact(app.db, async (tx) => {
      await lockRegistration(tx, id);
      locked.open();
      await held.passed;
      await insertReaction(tx, {
        chatId: FREE,
        messageId: p.messageId,
        userId: id,
        emoji: '🔥',
        source: 'button',
        postId: p.id,
        at: app.clock.now(),
      });
    });
    await locked.passed;
    const registration = registerUser(app, { id, firstName: 'Wen', language: 'es' }, null);
    await registrationWaiting(kind, id);
    held.open();
    await recording;
    expect((await registration).waitingRewards).toBe(2);
    expect((await findUser(app.db, id))?.balance).toBe(app.pack.economy.rewards.welcome + 2);
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('redraws a post’s counters once per window, with every reaction of the window', async () => {
    const p = await post();
    const redraws = () =>
      telegram.calls.filter(
        (c) => c.method === 'showReactionCounts' && (c.args[0] as { id: number }).id === p.id,
      );
    for (let i = 0; i < 5; i++) {
      const id = await addUser(app, person());
      await reactWithButton(app, {
        userId: id,
        postId: p.id,
        index: i % 2,
        chatId: FREE,
        messageId: p.messageId,
      });
    }
    await jobs.drain();
    expect(redraws()).toHaveLength(0);
    app.clock.advance(app.pack.channels.counter_refresh_seconds * 1000);
    await jobs.drain();
    expect(redraws()).toHaveLength(1);
    expect(redraws()[0]!.args[1]).toEqual(
      new Map([
        ['🔥', 3],
        ['💋', 2],
      ]),
    );
  });
});

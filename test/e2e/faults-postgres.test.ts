// The bad day, on PostgreSQL: 200 people start the bot, make a story choice, react to a channel post and pay
// for VIP with Stars, while every connection the app holds is cut five times within two seconds, in each of
// those four moments. People behave as people do (an apology, then they try again); updates that failed are
// attempted again by the bot itself. Afterwards every effect happened exactly once: one user and one welcome
// bonus each, one decision, one paid reaction, one payment with its VIP and its invitation — and the books
// reconcile.
import type { Message } from 'grammy/types';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/app/reconcile.ts';
import { freshDatabase, terminateConnections } from '../support/databases.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const PEOPLE = 200;
const CONCURRENCY = 25;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the tasks with at most `limit` at once. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    }),
  );
}

/**
 * Does `act` until `done` holds, as a person would: they act, wait a while for the answer (the bot may be
 * attempting their update again on its own), and act again only if nothing happened.
 */
async function persist(act: () => Promise<unknown>, done: () => Promise<boolean>, what: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    await act().catch(() => undefined);
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      if (await done().catch(() => false)) return;
      await sleep(250);
    }
  }
  throw new Error(`never happened: ${what}`);
}

/** The person's latest message from the bot that has this button, once it arrives. */
async function latestWith(person: TelegramClient, label: string): Promise<Message> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const found = person
      .botMessages()
      .filter((m) => person.buttons(m).some((b) => b.includes(label)))
      .at(-1);
    if (found) return found;
    await sleep(100);
  }
  throw new Error(`no message with "${label}"`);
}

describe('a bad day on PostgreSQL', () => {
  let t: TestDiana;
  let cut: string;
  let people: TelegramClient[];
  let post: Message;

  beforeAll(async () => {
    const database = await freshDatabase('postgres');
    cut = database.applicationName!;
    t = await startTestDiana({ database, workers: true, env: { JOIN_REQUEST_DELAY_SECONDS: '0' } });
    people = Array.from({ length: PEOPLE }, () => t.client({ id: uniqueUserId(), first_name: 'Eva' }));
    post = (await t.diana.bot.api.sendMessage(t.emulator.channels.demo.free, 'Buenas noches')) as Message;
  }, 120_000);
  afterAll(() => t?.stop());

  const db = () => t.diana.app.db;
  const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
    Number((await query.execute(db())).rows[0]?.n ?? 0);

  /** Five cuts of every connection within two seconds, while the moment's traffic flies. */
  async function storm(): Promise<void> {
    await sleep(300);
    for (let i = 0; i < 5; i++) {
      await terminateConnections(cut);
      await sleep(400);
    }
  }

  async function moment(step: (person: TelegramClient) => Promise<void>): Promise<void> {
    await Promise.all([pool(people, CONCURRENCY, step), storm()]);
  }

  const registered = (id: number) =>
    count(sql<{ n: number }>`SELECT count(*) AS n FROM users WHERE id = ${id}`).then((n) => n === 1);
  const decided = (id: number) =>
    count(
      sql<{ n: number }>`SELECT count(*) AS n FROM events WHERE user_id = ${id} AND type = 'DecisionMade'`,
    ).then((n) => n > 0);
  const reacted = (id: number) =>
    count(
      sql<{
        n: number;
      }>`SELECT count(*) AS n FROM transactions WHERE user_id = ${id} AND reason = 'reaction'`,
    ).then((n) => n > 0);
  const invited = (id: number) =>
    count(sql<{ n: number }>`SELECT count(*) AS n FROM vip_invites WHERE user_id = ${id}`).then((n) => n > 0);

  it('does every effect exactly once, and the books balance', async () => {
    await moment((p) =>
      persist(
        async () => t.emulator.sendText(p.id, '/start'),
        () => registered(p.id),
        `${p.id} registered`,
      ),
    );

    await moment(async (p) => {
      let story: Message | undefined;
      const open = async () => {
        t.emulator.sendText(p.id, '/diana');
        const menu = await latestWith(p, 'Continuar Historia');
        const opened = (await p.press('Continuar Historia', menu)).message;
        if (opened && !p.buttons(opened).some((b) => b.includes('Continuar Historia'))) story = opened;
      };
      await persist(open, async () => story !== undefined, `${p.id} opened the story`);
      // When nothing seems to happen, they tap the same choice again (a second tap on the same screen is
      // stale once the first has been applied): one decision.
      await persist(
        () => p.press(/.+/, story!),
        () => decided(p.id),
        `${p.id} decided`,
      );
    });

    // Members of the free channel (their join requests approved by the bot, right away), they react.
    const free = t.emulator.channels.demo.free;
    await pool(people, CONCURRENCY, (p) =>
      persist(
        async () => t.emulator.channels.requestJoin(p.id, free),
        async () => t.emulator.channels.canRead(p.id, free),
        `${p.id} joined`,
      ),
    );
    await moment((p) =>
      persist(
        async () => {
          t.emulator.reactions.react(p.id, free, post.message_id, null);
          t.emulator.reactions.react(p.id, free, post.message_id, '🔥');
        },
        () => reacted(p.id),
        `${p.id} reacted`,
      ),
    );

    const invoices = new Map<number, Message>();
    for (const p of people) {
      invoices.set(
        p.id,
        (await t.diana.bot.api.sendInvoice(p.id, 'VIP · 30 noches', 'VIP', 'vip:vip_mensual', 'XTR', [
          { label: 'VIP', amount: 250 },
        ])) as Message,
      );
    }
    await moment((p) =>
      persist(
        () => t.emulator.payments.pay(p.id, invoices.get(p.id)!.message_id),
        () => invited(p.id),
        `${p.id} paid and invited`,
      ),
    );

    // Whatever was still being attempted again (updates, and jobs in their backoff) settles.
    const invitationsOf = (p: TelegramClient) =>
      p.botMessages().filter((m) => m.text?.includes('Su invitación al canal VIP')).length;
    await expect
      .poll(
        async () => ({
          unsettledUpdates: await count(
            sql<{ n: number }>`SELECT count(*) AS n FROM update_inbox WHERE status <> 'done'`,
          ),
          withoutInvitation: people.filter((p) => invitationsOf(p) === 0).length,
        }),
        { timeout: 180_000, interval: 1000 },
      )
      .toEqual({ unsettledUpdates: 0, withoutInvitation: 0 });

    const ids = people.map((p) => p.id);
    const perPerson = async (query: ReturnType<typeof sql<{ id: number; n: number }>>) =>
      new Map((await query.execute(db())).rows.map((r) => [Number(r.id), Number(r.n)]));
    const exactlyOnce = async (what: string, query: ReturnType<typeof sql<{ id: number; n: number }>>) => {
      const counts = await perPerson(query);
      const wrong = ids.filter((id) => counts.get(id) !== 1);
      expect(wrong, `${what}: people without exactly one`).toEqual([]);
    };
    await exactlyOnce('user', sql`SELECT id, count(*) AS n FROM users WHERE id = ANY(${ids}) GROUP BY id`);
    await exactlyOnce(
      'welcome bonus',
      sql`SELECT user_id AS id, count(*) AS n FROM transactions WHERE user_id = ANY(${ids}) AND reason = 'welcome' GROUP BY user_id`,
    );
    await exactlyOnce(
      'decision',
      sql`SELECT user_id AS id, count(*) AS n FROM events WHERE user_id = ANY(${ids}) AND type = 'DecisionMade' GROUP BY user_id`,
    );
    await exactlyOnce(
      'reaction reward',
      sql`SELECT user_id AS id, count(*) AS n FROM transactions WHERE user_id = ANY(${ids}) AND reason = 'reaction' GROUP BY user_id`,
    );
    await exactlyOnce(
      'payment',
      sql`SELECT user_id AS id, count(*) AS n FROM star_payments WHERE user_id = ANY(${ids}) AND grant_id IS NOT NULL GROUP BY user_id`,
    );
    await exactlyOnce(
      'VIP grant',
      sql`SELECT user_id AS id, count(*) AS n FROM vip_grants WHERE user_id = ANY(${ids}) GROUP BY user_id`,
    );
    const vips = await count(
      sql<{ n: number }>`SELECT count(*) AS n FROM users WHERE id = ANY(${ids}) AND vip_until > now()`,
    );
    expect(vips).toBe(PEOPLE);
    // Every payer got the invitation message, once.
    expect(people.filter((p) => invitationsOf(p) !== 1).map((p) => p.id)).toEqual([]);
    expect((await reconcile(db())).problems).toEqual([]);
  }, 600_000);
});

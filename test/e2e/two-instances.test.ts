// Two instances of Diana in webhook mode against one PostgreSQL and one Redis on loopback, as behind the
// proxy of ops/compose.yaml: Telegram's deliveries spread over both, the same update delivered to both at
// once is handled once, and one instance stopped (SIGTERM's path) in the middle of its updates leaves none
// lost or doubled while the other carries on; so does one killed outright (SIGKILL), a process of its own, in
// the middle of a stream of updates: what it had taken stays leased in the shared inbox and the other takes it
// up when the lease ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/db/database.ts';
import { FLAG_CACHE_MS, isFlagOn, setFlag } from '../../src/app/flags.ts';
import { BotApiEmulator } from '../../src/sandbox/emulator.ts';
import { freshDatabase, POSTGRES_URL } from '../support/databases.ts';
import { type FlakyTelegram, serveFlakyTelegram } from '../support/flaky-telegram.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import { killStartedProcesses, startProcess } from '../support/process.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('two instances in webhook mode on PostgreSQL and Redis', () => {
  const token = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345';
  const telegram = new BotApiEmulator({ token });
  let server: FlakyTelegram;
  let a: TestDiana;
  let b: TestDiana;
  let bStopped = false;
  let env: Record<string, string>;
  let schema: string;
  // A's clock runs with the wall clock, and can be moved on past a lease rather than waiting minutes for it.
  let skewMs = 0;
  const clock = { now: () => new Date(Date.now() + skewMs) };

  beforeAll(async () => {
    server = await serveFlakyTelegram(telegram);
    env = {
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: server.apiRoot,
      WEBHOOK_URL: 'https://diana.example.com/telegram/webhook',
      REDIS_URL,
    };
    const first = await freshDatabase('postgres');
    schema = first.applicationName!;
    a = await startTestDiana({ env, database: first, workers: true, clock });
    // The second instance has its own pool on the same database (the same schema).
    const second = await openDatabase({ url: POSTGRES_URL, schema, poolSize: 8 });
    b = await startTestDiana({ env, database: second, workers: true });
  }, 60_000);
  afterAll(async () => {
    killStartedProcesses();
    if (!bStopped) await b?.stop();
    await a?.stop();
    await server?.close();
  });

  const post = (to: TestDiana | string, update: unknown) =>
    fetch(`${typeof to === 'string' ? to : to.diana.url}/telegram/webhook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-telegram-bot-api-secret-token': telegram.webhook?.secret ?? '',
      },
      body: JSON.stringify(update),
    });

  let nextUpdateId = 1000;
  /** Someone who opened the chat and sends /start: the update Telegram would post. */
  function startFrom(name: string) {
    const id = uniqueUserId();
    telegram.addUser({ id, first_name: name, language_code: 'es' });
    telegram.openChat(id);
    const update = {
      update_id: nextUpdateId++,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id, type: 'private', first_name: name },
        from: { id, is_bot: false, first_name: name, language_code: 'es' },
        text: '/start',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    };
    return { id, update };
  }
  const replies = (id: number) => telegram.history(id).filter((m) => m.from?.is_bot).length;
  const registrations = async (id: number) =>
    (
      await a.diana.app.db
        .selectFrom('events')
        .select('id')
        .where('user_id', '=', id)
        .where('type', '=', 'UserRegistered')
        .execute()
    ).length;

  /** Welcome bonuses paid to the person (ledger rows). */
  const welcomes = async (id: number) =>
    (
      await a.diana.app.db
        .selectFrom('transactions')
        .select('id')
        .where('user_id', '=', id)
        .where('reason', '=', 'welcome')
        .execute()
    ).length;

  it('shares one webhook secret and both instances are ready', async () => {
    expect(telegram.webhook?.url).toBe('https://diana.example.com/telegram/webhook');
    for (const instance of [a, b])
      expect(await fetch(`${instance.diana.url}/ready`).then((r) => r.json())).toMatchObject({
        bot: 'webhook',
      });
    expect(telegram.calls.get('getUpdates') ?? 0).toBe(0);
  });

  it('handles updates spread over both instances, and the same update posted to both at once only once', async () => {
    const people = Array.from({ length: 12 }, (_, i) => startFrom(`P${i}`));
    const statuses = await Promise.all(people.map((p, i) => post(i % 2 === 0 ? a : b, p.update)));
    expect(statuses.map((r) => r.status)).toEqual(people.map(() => 200));
    const single = people[0]!;
    await expect.poll(() => replies(single.id)).toBeGreaterThan(0);
    const perStart = replies(single.id);

    // Telegram, unsure of an answer, delivers one update again: to the other instance, at the same moment.
    const twice = Array.from({ length: 8 }, (_, i) => startFrom(`D${i}`));
    const both = await Promise.all(twice.flatMap((p) => [post(a, p.update), post(b, p.update)]));
    expect(both.map((r) => r.status)).toEqual(both.map(() => 200));

    for (const p of [...people, ...twice]) {
      await expect.poll(() => replies(p.id)).toBe(perStart);
      expect(await registrations(p.id)).toBe(1);
      expect(await welcomes(p.id)).toBe(1);
    }
    // Nothing more arrives later (an update attempted again by the other instance's retrier, say).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const p of twice) expect(replies(p.id)).toBe(perStart);
  }, 60_000);

  it('sees a flag an admin changed on the other instance within the cache time', async () => {
    expect(await isFlagOn(b.diana.app, 'vip_sales')).toBe(true);
    await setFlag(a.diana.app, 1, 'vip_sales', { enabled: false, percent: 100, segment: {} });
    expect(await isFlagOn(a.diana.app, 'vip_sales')).toBe(false);
    const changed = Date.now();
    await expect
      .poll(() => isFlagOn(b.diana.app, 'vip_sales'), { timeout: FLAG_CACHE_MS + 3000, interval: 250 })
      .toBe(false);
    expect(Date.now() - changed).toBeLessThan(FLAG_CACHE_MS + 3000);
    await setFlag(a.diana.app, 1, 'vip_sales', null);
  }, 20_000);

  it('carries on with one instance stopped in the middle of its updates', async () => {
    // Updates reach B as it is being stopped: those it took finish (or stay in the shared inbox for A's
    // retrier); those it refused, Telegram delivers again, here to A.
    const during = Array.from({ length: 6 }, (_, i) => startFrom(`S${i}`));
    const posted = during.map((p) =>
      post(b, p.update).then(
        (r) => r.status,
        () => 0,
      ),
    );
    await b.stop();
    bStopped = true;
    const statuses = await Promise.all(posted);
    for (const [i, status] of statuses.entries())
      if (status !== 200) expect((await post(a, during[i]!.update)).status).toBe(200);
    expect(await fetch(`${b.diana.url}/health`).catch(() => 'down')).toBe('down');

    const later = Array.from({ length: 6 }, (_, i) => startFrom(`L${i}`));
    for (const p of later) expect((await post(a, p.update)).status).toBe(200);
    for (const p of [...during, ...later]) {
      await expect.poll(() => replies(p.id), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await registrations(p.id)).toBe(1);
      expect(await welcomes(p.id)).toBe(1);
    }
  }, 60_000);
  it('carries on with an instance killed outright (SIGKILL) in the middle of traffic: none lost, none twice', async () => {
    // A third instance, a process of its own on the same schema and Redis, so that it can be killed.
    const c = await startProcess({
      ...env,
      DATABASE_URL: `${POSTGRES_URL}?options=-c%20search_path%3D${schema}`,
    });
    const killed = new Promise((resolve) => c.child.once('exit', (_code, signal) => resolve(signal)));
    const people = Array.from({ length: 24 }, (_, i) => startFrom(`K${i}`));
    // A steady stream spread over A and C; C is killed a third of the way through.
    const statuses = people.map(async (p, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 25));
      if (i === 8) c.child.kill('SIGKILL');
      return post(i % 2 === 0 ? a : c.url, p.update).then(
        (r) => r.status,
        () => 0,
      );
    });
    const answered = await Promise.all(statuses);
    expect(await killed).toBe('SIGKILL');
    expect(answered.filter((status) => status !== 200).length).toBeGreaterThan(0);
    // Telegram delivers what went unanswered again, to the instance still up.
    for (const [i, status] of answered.entries())
      if (status !== 200) expect((await post(a, people[i]!.update)).status).toBe(200);

    // Updates C had taken and not finished stay leased in the inbox; once the lease ends, A takes them up.
    skewMs = 10 * 60_000;
    for (const p of people) {
      await expect.poll(() => replies(p.id), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await registrations(p.id)).toBe(1);
      expect(await welcomes(p.id)).toBe(1);
    }
    // An update is marked handled just after its reply, in a batch of its own: every one of them gets there.
    const inbox = async () =>
      (
        await a.diana.app.db
          .selectFrom('update_inbox')
          .select(['update_id', 'status'])
          .where(
            'update_id',
            'in',
            people.map((p) => p.update.update_id),
          )
          .execute()
      ).map((row) => row.status);
    await expect.poll(inbox, { timeout: 15_000 }).toEqual(people.map(() => 'done'));
  }, 90_000);
});

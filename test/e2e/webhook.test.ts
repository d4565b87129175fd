// With WEBHOOK_URL, Diana registers the webhook (with a secret) instead of polling, and answers updates that
// Telegram posts to that path of its HTTP server; a post without the secret is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSetting } from '../../src/adapters/db/repositories/settings.ts';
import { BotApiEmulator } from '../../src/sandbox/emulator.ts';
import { freshDatabase } from '../support/databases.ts';
import { failNextWrites } from '../support/faults.ts';
import { type FlakyTelegram, serveFlakyTelegram } from '../support/flaky-telegram.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';

describe('webhook mode', () => {
  const token = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345';
  const telegram = new BotApiEmulator({ token });
  let server: FlakyTelegram;
  let t: TestDiana;

  beforeAll(async () => {
    server = await serveFlakyTelegram(telegram);
    t = await startTestDiana({
      env: {
        TELEGRAM_BOT_TOKEN: token,
        TELEGRAM_API_ROOT: server.apiRoot,
        WEBHOOK_URL: 'https://diana.example.com/telegram/webhook',
      },
      database: await freshDatabase('embedded'),
    });
  });
  afterAll(async () => {
    await t?.stop();
    await server?.close();
  });

  const post = (update: unknown, secret: string | undefined) =>
    fetch(`${t.diana.url}/telegram/webhook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
      },
      body: JSON.stringify(update),
    });

  /** Someone who opened the chat in their app and sends /start: the update Telegram would post. */
  const startFrom = (updateId: number, name: string) => {
    const id = uniqueUserId();
    telegram.addUser({ id, first_name: name, language_code: 'es' });
    telegram.openChat(id);
    const update = {
      update_id: updateId,
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
  };

  it('registers the webhook with a secret and the updates it needs, and does not poll', async () => {
    expect(telegram.webhook?.url).toBe('https://diana.example.com/telegram/webhook');
    expect(telegram.webhook?.secret).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    // A secret of its own, sharing nothing with the key that signs buttons.
    const callbackKey = await getSetting(t.diana.database.db, 'callback_secret');
    expect(callbackKey).toBeDefined();
    for (let i = 0; i + 8 <= telegram.webhook!.secret!.length; i++)
      expect(callbackKey).not.toContain(telegram.webhook!.secret!.slice(i, i + 8));
    expect(telegram.webhook?.allowedUpdates).toContain('callback_query');
    expect(telegram.calls.get('getUpdates') ?? 0).toBe(0);
    expect(await fetch(`${t.diana.url}/ready`).then((r) => r.json())).toMatchObject({ bot: 'webhook' });
  });

  it('answers an update posted with the secret, and refuses one without it', async () => {
    // Ana opens the chat in her app; her /start reaches Diana through the webhook, not the emulator's queue.
    const { id, update } = startFrom(1, 'Ana');
    expect((await post(update, 'wrong-secret')).status).toBe(401);
    expect(telegram.history(id)).toHaveLength(0);
    expect((await post(update, telegram.webhook?.secret)).status).toBe(200);
    expect(telegram.history(id).at(-1)?.text).toContain('Lucien');
  });

  it('answers Telegram in time while the update waits on an unreachable Telegram, never with a 500', async () => {
    const { update } = startFrom(2, 'Eva');
    server.mood = 'down';
    const started = Date.now();
    try {
      expect((await post(update, telegram.webhook?.secret)).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      server.mood = 'ok';
    }
  }, 30_000);

  it('answers an update it could not record with an error, so that Telegram sends it again', async () => {
    const { id, update } = startFrom(3, 'Lía');
    await failNextWrites(t.diana.database.db, 'update_inbox', 1);
    const refused = await post(update, telegram.webhook?.secret);
    expect(refused.status).toBe(500);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    // Telegram's next delivery of the same update is recorded and answered.
    expect((await post(update, telegram.webhook?.secret)).status).toBe(200);
    expect(telegram.history(id).at(-1)?.text).toContain('Lucien');
  });
});

// With WEBHOOK_URL, Diana registers the webhook (with a secret) instead of polling, and answers updates that
// Telegram posts to that path of its HTTP server; a post without the secret is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotApiEmulator } from '../../src/sandbox/emulator.ts';
import { type EmulatorServer, serveEmulator } from '../../src/sandbox/standalone.ts';
import { freshDatabase } from '../support/databases.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';

describe('webhook mode', () => {
  const token = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345';
  const telegram = new BotApiEmulator({ token });
  let server: EmulatorServer;
  let t: TestDiana;

  beforeAll(async () => {
    server = await serveEmulator(telegram);
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

  it('registers the webhook with a secret and the updates it needs, and does not poll', async () => {
    expect(telegram.webhook?.url).toBe('https://diana.example.com/telegram/webhook');
    expect(telegram.webhook?.secret).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(telegram.webhook?.allowedUpdates).toContain('callback_query');
    expect(telegram.calls.get('getUpdates') ?? 0).toBe(0);
    expect(await fetch(`${t.diana.url}/ready`).then((r) => r.json())).toMatchObject({ bot: 'webhook' });
  });

  it('answers an update posted with the secret, and refuses one without it', async () => {
    const id = uniqueUserId();
    telegram.addUser({ id, first_name: 'Ana', language_code: 'es' });
    // Ana opens the chat in her app; her /start reaches Diana through the webhook, not the emulator's queue.
    telegram.openChat(id);
    const update = {
      update_id: 1,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id, type: 'private', first_name: 'Ana' },
        from: { id, is_bot: false, first_name: 'Ana', language_code: 'es' },
        text: '/start',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    };
    expect((await post(update, 'wrong-secret')).status).toBe(401);
    expect(telegram.history(id)).toHaveLength(0);
    expect((await post(update, telegram.webhook?.secret)).status).toBe(200);
    expect(telegram.history(id).at(-1)?.text).toContain('Lucien');
  });
});

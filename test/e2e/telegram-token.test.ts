// With a token, Diana talks to whatever Bot API server TELEGRAM_API_ROOT names: getMe, long-polled getUpdates,
// and answers there (here, the emulator on its own port, standing in for api.telegram.org).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotApiEmulator } from '../../src/sandbox/emulator.ts';
import { type EmulatorServer, serveEmulator } from '../../src/sandbox/standalone.ts';
import { freshDatabase } from '../support/databases.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import { HOME_MENU_ES } from '../support/menus.ts';
import { TelegramClient } from '../support/telegram-client.ts';

describe('with TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT', () => {
  const token = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345';
  const telegram = new BotApiEmulator({ token, botUsername: 'diana_test_bot' });
  let server: EmulatorServer;
  let t: TestDiana;

  beforeAll(async () => {
    server = await serveEmulator(telegram);
    t = await startTestDiana({
      env: { TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: server.apiRoot },
      database: await freshDatabase('embedded'),
    });
  });
  afterAll(async () => {
    await t?.stop();
    await server?.close();
  });

  it('identifies itself, publishes its commands and serves no sandbox', async () => {
    expect(t.diana.emulator).toBeUndefined();
    expect(t.diana.bot.botInfo.username).toBe('diana_test_bot');
    expect(telegram.calls.get('getMe')).toBe(1);
    expect(telegram.calls.get('setMyCommands')).toBeGreaterThanOrEqual(2);
    const sandbox = await fetch(`${t.diana.url}/sandbox`);
    expect(sandbox.status).toBe(404);
  });

  it('long-polls getUpdates and answers /start and /diana there', async () => {
    const ana = new TelegramClient(telegram, { id: uniqueUserId(), first_name: 'Ana', language_code: 'es' });
    expect((await ana.send('/start')).text).toContain('Lucien');
    expect(ana.buttons(await ana.send('/diana'))).toEqual(HOME_MENU_ES);
    expect(telegram.calls.get('getUpdates')).toBeGreaterThan(0);
  });
});

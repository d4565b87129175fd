import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('configuration', () => {
  it('has working defaults for every variable', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      telegramBotToken: undefined,
      telegramApiRoot: 'https://api.telegram.org',
      databaseUrl: undefined,
      dataDir: './data',
      port: 3000,
      host: '127.0.0.1',
      adminTelegramIds: [],
      contentDir: './content/diana',
      logLevel: 'info',
      tzDefault: 'America/Mexico_City',
      joinRequestDelaySeconds: 180,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: '123456:ABCdefGHIjklMNOpqrSTUvwxYZ',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      ADMIN_TELEGRAM_IDS: '1, 22,333',
      FREE_CHANNEL_ID: '-1001',
      VIP_CHANNEL_ID: '-1002',
      PORT: '8080',
      TZ_DEFAULT: 'Europe/Madrid',
      JOIN_REQUEST_DELAY_SECONDS: '5',
    });
    expect(config).toMatchObject({
      telegramApiRoot: 'http://127.0.0.1:8081',
      adminTelegramIds: [1, 22, 333],
      freeChannelId: -1001,
      vipChannelId: -1002,
      port: 8080,
      tzDefault: 'Europe/Madrid',
      joinRequestDelaySeconds: 5,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT="abc" is invalid: expected a TCP port number'],
    [{ PORT: '70000' }, 'PORT="70000" is invalid'],
    [{ DATABASE_URL: 'nonsense' }, 'DATABASE_URL="nonsense" is invalid: expected a PostgreSQL URL'],
    [{ ADMIN_TELEGRAM_IDS: 'x,y' }, 'ADMIN_TELEGRAM_IDS="x,y" is invalid: expected a comma-separated list'],
    [{ TZ_DEFAULT: 'Mars/Olympus' }, 'TZ_DEFAULT="Mars/Olympus" is invalid: expected an IANA time zone'],
    [{ TELEGRAM_BOT_TOKEN: 'nope' }, 'TELEGRAM_BOT_TOKEN'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL="loud" is invalid'],
    [{ FREE_CHANNEL_ID: '@chan' }, 'FREE_CHANNEL_ID="@chan" is invalid'],
  ])('rejects %o with one clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

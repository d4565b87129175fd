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
      backupDir: 'data/backups',
      backupEveryHours: undefined,
      backupKeep: 7,
    });
  });

  it('reads the backup settings and refuses bad ones', () => {
    expect(
      loadConfig({ BACKUP_DIR: '/var/backups/diana', BACKUP_EVERY_HOURS: '6', BACKUP_KEEP: '30' }),
    ).toMatchObject({ backupDir: '/var/backups/diana', backupEveryHours: 6, backupKeep: 30 });
    expect(() => loadConfig({ BACKUP_EVERY_HOURS: '0' })).toThrow(
      /BACKUP_EVERY_HOURS="0" is invalid: expected a whole number of hours between 1 and 720/,
    );
    expect(() => loadConfig({ BACKUP_KEEP: 'all' })).toThrow(/BACKUP_KEEP="all" is invalid/);
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
    [{ DATABASE_URL: 'nonsense' }, 'DATABASE_URL is invalid: expected a PostgreSQL URL'],
    [{ ADMIN_TELEGRAM_IDS: 'x,y' }, 'ADMIN_TELEGRAM_IDS="x,y" is invalid: expected a comma-separated list'],
    [{ TZ_DEFAULT: 'Mars/Olympus' }, 'TZ_DEFAULT="Mars/Olympus" is invalid: expected an IANA time zone'],
    [{ TELEGRAM_BOT_TOKEN: 'nope' }, 'TELEGRAM_BOT_TOKEN'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL="loud" is invalid'],
    [{ FREE_CHANNEL_ID: '@chan' }, 'FREE_CHANNEL_ID="@chan" is invalid'],
    [{ JOIN_REQUEST_DELAY_SECONDS: '604801' }, 'JOIN_REQUEST_DELAY_SECONDS="604801" is invalid: expected'],
    [{ JOIN_REQUEST_DELAY_SECONDS: '99999999999' }, '604800 (7 days)'],
    [{ SANDBOX: 'yes' }, 'SANDBOX="yes" is invalid: expected 1'],
    [{ METRICS_PORT: 'x' }, 'METRICS_PORT="x" is invalid: expected a TCP port'],
    [{ METRICS_PORT: '3000' }, 'METRICS_PORT=3000 is invalid: expected a port other than PORT'],
    [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' },
      'OTEL_EXPORTER_OTLP_ENDPOINT="collector:4318" is invalid: expected an OTLP collector URL',
    ],
  ])('rejects %o with one clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it.each([
    ['TELEGRAM_BOT_TOKEN', '123456:short'],
    ['DATABASE_URL', 'postgresql://diana:hunter2secret @db.internal:5432/diana'],
    ['DATABASE_URL', 'mysql://diana:hunter2secret@db.internal/diana'],
    ['REDIS_URL', 'http://:hunter2secret@redis.internal:6379'],
    ['WEBHOOK_URL', 'http://diana.example.com/hook-hunter2secret'],
    ['METRICS_TOKEN', 'hunter2 secret'],
  ])('names %s and the form it expects, never its value', (variable, value) => {
    const env = { TELEGRAM_BOT_TOKEN: '123456:ABCdefGHIjklMNOpqrSTUvwxYZ', [variable]: value };
    expect(() => loadConfig(env)).toThrow(`${variable} is invalid: expected`);
    try {
      loadConfig(env);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).not.toContain('hunter2');
      expect(message).not.toContain(value);
      expect(message).not.toContain('\n');
    }
  });

  describe('the sandbox (no TELEGRAM_BOT_TOKEN) never meets real data', () => {
    const database = 'postgres://diana:hunter2secret@db.internal:5432/diana';

    it.each([
      [{ DATABASE_URL: database }, 'on the database of DATABASE_URL'],
      [{ TELEGRAM_BOT_TOKEN: '', DATABASE_URL: database }, 'on the database of DATABASE_URL'],
      [{ HOST: '0.0.0.0' }, 'on HOST=0.0.0.0, which is not a loopback address'],
      [{ HOST: '192.168.1.20', DATABASE_URL: database }, 'DATABASE_URL and on HOST=192.168.1.20'],
    ])('refuses %o in one line', (env, where) => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      try {
        loadConfig(env);
      } catch (error) {
        const message = (error as Error).message;
        expect(message).toContain(`TELEGRAM_BOT_TOKEN is not set, so Diana would start the sandbox`);
        expect(message).toContain(where);
        expect(message).toContain('SANDBOX=1');
        expect(message).not.toContain('hunter2');
        expect(message).not.toContain('\n');
      }
    });

    it('starts on loopback with the embedded database, or anywhere when SANDBOX=1 says so', () => {
      for (const HOST of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2'])
        expect(loadConfig({ HOST }).sandboxAnywhere).toBe(false);
      expect(loadConfig({ SANDBOX: '1', HOST: '0.0.0.0', DATABASE_URL: database })).toMatchObject({
        sandboxAnywhere: true,
        host: '0.0.0.0',
      });
      // A command-line tool never starts the sandbox: it may work on any database.
      expect(loadConfig({ DATABASE_URL: database }, { tool: true }).databaseUrl).toBe(database);
      // With a token there is no sandbox to guard.
      expect(
        loadConfig({
          TELEGRAM_BOT_TOKEN: '123456:ABCdefGHIjklMNOpqrSTUvwxYZ',
          HOST: '0.0.0.0',
          DATABASE_URL: database,
        }).host,
      ).toBe('0.0.0.0');
    });
  });

  it('reads the metrics port and token, and bounds the join-request wait at 7 days', () => {
    expect(
      loadConfig({
        METRICS_PORT: '9464',
        METRICS_TOKEN: 'abcdefghijklmnop0123',
        JOIN_REQUEST_DELAY_SECONDS: '604800',
      }),
    ).toMatchObject({
      metricsPort: 9464,
      metricsToken: 'abcdefghijklmnop0123',
      joinRequestDelaySeconds: 604800,
    });
  });
});

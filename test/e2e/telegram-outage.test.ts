// Telegram on a bad day, seen from `npm start` (a real process) against a Bot API on loopback whose mood the test
// sets: unreachable at start (Diana says so, keeps trying, and a SIGTERM still stops it within 10 s), unreachable
// or answering 409 while the bot runs (warnings, HTTP keeps serving, the bot resumes by itself), and 401 (a clear
// line and a non-zero exit).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Database, dropSchema, openDatabase } from '../../src/adapters/db/database.ts';
import { BotApiEmulator } from '../../src/sandbox/emulator.ts';
import { POSTGRES_URL } from '../support/databases.ts';
import { type FlakyTelegram, serveFlakyTelegram } from '../support/flaky-telegram.ts';
import { killStartedProcesses, spawnProcess, type WatchedProcess } from '../support/process.ts';
import { TelegramClient } from '../support/telegram-client.ts';

const TOKEN = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345';

describe('Telegram unreachable, in conflict or refusing the token', () => {
  const telegram = new BotApiEmulator({ token: TOKEN, botUsername: 'diana_outage_bot' });
  let fake: FlakyTelegram;
  // One PostgreSQL schema for every process of this file (quicker to start on than a new embedded database);
  // search_path in the URL gives the child processes their schema.
  const schema = `test_outage_${randomBytes(4).toString('hex')}`;
  let database: Database;
  const env = () => ({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_URL: `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'diana-outage-')),
  });
  let nextUser = 881_000;
  const visitor = () =>
    new TelegramClient(telegram, { id: nextUser++, first_name: 'Ana', language_code: 'es' });
  const urlOf = async (diana: WatchedProcess) =>
    (await diana.waitFor(/"url":"(http:\/\/[^"]+)".*Diana is running/, { timeoutMs: 60_000 }))[1]!;

  beforeAll(async () => {
    fake = await serveFlakyTelegram(telegram);
    database = await openDatabase({ url: POSTGRES_URL, schema, poolSize: 1 });
  });
  // The processes share a database: one left behind by a failed test must not meet the next.
  afterEach(killStartedProcesses);
  afterAll(async () => {
    await fake?.close();
    await database?.close();
    await dropSchema(POSTGRES_URL, schema);
  });

  it('waits for an unreachable Telegram at start, says so, and stops on SIGTERM within 10 s', async () => {
    fake.mood = 'down';
    const diana = spawnProcess(env());
    // The first failed getMe is logged at warn with its error code, and the process keeps trying.
    await diana.waitFor(/"level":40.*"method":"getMe","code":"E[A-Z]+"/, { timeoutMs: 60_000 });
    const stopped = await diana.terminate();
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(10_000);
  }, 90_000);

  it('rides out an outage and a 409 Conflict while running, resumes by itself, and stops within 10 s', async () => {
    fake.mood = 'down';
    const diana = spawnProcess(env());
    await diana.waitFor(/Telegram does not answer yet/, { timeoutMs: 60_000 });
    fake.mood = 'ok';
    const url = await urlOf(diana);
    expect((await visitor().send('/start')).text).toContain('Lucien');

    // Another poller takes the bot for a while: Diana logs it, keeps serving HTTP, and polls again after.
    let mark = diana.output().length;
    fake.mood = 'conflict';
    await diana.waitFor(/"level":40.*"code":409.*409 Conflict/, { from: mark });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect(await fetch(`${url}/ready`).then((r) => r.json())).toMatchObject({ bot: 'retrying' });
    fake.mood = 'ok';
    expect((await visitor().send('/start')).text).toContain('Lucien');

    // Telegram unreachable while the bot runs: warnings with the method and the code, no crash; back: resumes.
    mark = diana.output().length;
    fake.mood = 'down';
    await diana.waitFor(/"level":40.*"method":"getUpdates".*"code":"E[A-Z]+".*Telegram is unreachable/, {
      from: mark,
    });
    const waiting = visitor();
    const answer = waiting.send('/start');
    await new Promise((r) => setTimeout(r, 1500));
    fake.mood = 'ok';
    expect((await answer).text).toContain('Lucien');
    expect(diana.output().slice(mark)).toContain('Telegram answers again');

    // Down again, and the operator stops it: out within 10 s, cleanly.
    mark = diana.output().length;
    fake.mood = 'down';
    await diana.waitFor(/Telegram is unreachable/, { from: mark });
    const stopped = await diana.terminate();
    expect(stopped.ms).toBeLessThan(10_000);
    expect(stopped.code).toBe(0);
    expect(diana.output()).not.toMatch(/unhandled|uncaught/i);
  }, 120_000);

  it('stops with a clear line and a non-zero exit when Telegram refuses the token', async () => {
    fake.mood = 'ok';
    const diana = spawnProcess(env());
    await urlOf(diana);
    fake.mood = 'unauthorized';
    const exit = await diana.exited();
    expect(exit.code).toBe(1);
    expect(diana.output()).toContain('Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized)');
    expect(diana.output()).not.toContain(TOKEN.split(':')[1]);
  }, 90_000);
});

// A broadcast to many people sent by two instances sharing the sending pace through Redis, one of them stopped
// mid-way and started again (a deploy): every recipient receives it exactly once, and over every one-second
// window of the send times (all of them, across both instances) no more than 30 messages went out, and no
// chat got two within a second. A sender that dies without a word: test/e2e/broadcasts-kill.test.ts.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, dropSchema, openDatabase } from '../../src/adapters/db/database.ts';
import { migrateToLatest } from '../../src/adapters/db/migrate.ts';
import { createBroadcast } from '../../src/app/broadcasts/broadcasts.ts';
import { BotApiEmulator } from '../../src/sandbox/emulator.ts';
import { POSTGRES_URL } from '../support/databases.ts';
import { startTestDiana, type TestDiana } from '../support/harness.ts';
import { busiestWindow } from '../support/send-times.ts';

const RECIPIENTS = 400;
const FIRST_ID = 8_300_000;
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const TEXT = 'Comunicado para todos';

describe('a broadcast across a restart', () => {
  const schema = `test_bcast_${randomBytes(4).toString('hex')}`;
  const url = `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const emulator = new BotApiEmulator();
  const instances: TestDiana[] = [];
  let database: Database;
  const sends: Array<{ chatId: number; at: number }> = [];

  const start = async () => {
    const t = await startTestDiana({
      emulator,
      workers: true,
      env: { DATABASE_URL: url, REDIS_URL, SANDBOX: '1' },
    });
    instances.push(t);
    return t;
  };

  beforeAll(async () => {
    database = await openDatabase({ url: POSTGRES_URL, schema, poolSize: 2 });
    await migrateToLatest(database.db);
    await sql`
      INSERT INTO users (id, first_name, language)
      SELECT g, 'P' || g, 'es' FROM generate_series(${FIRST_ID}::bigint, ${FIRST_ID + RECIPIENTS - 1}::bigint) g
    `.execute(database.db);
    for (let i = 0; i < RECIPIENTS; i++) {
      emulator.addUser({ id: FIRST_ID + i, first_name: `P${i}`, language_code: 'es' });
      emulator.openChat(FIRST_ID + i);
    }
    emulator.onChange((c) => {
      if (c.kind === 'message' && c.message.from?.is_bot && c.message.text === TEXT)
        sends.push({ chatId: c.chatId, at: Date.now() });
    });
  });
  afterAll(async () => {
    for (const t of instances) await t.stop().catch(() => {});
    await database?.close();
    await dropSchema(POSTGRES_URL, schema);
  });

  it('reaches every recipient exactly once within the limits', { timeout: 60_000 }, async () => {
    const a = await start();
    const b = await start();
    const created = await createBroadcast(
      a.diana.app,
      { message: { text: TEXT, buttons: [] }, segment: {} },
      { adminId: 0, name: 'test' },
    );
    a.diana.broadcasts.wake();
    b.diana.broadcasts.wake();
    const until = async (check: () => boolean, what: string) => {
      const deadline = Date.now() + 40_000;
      while (!check()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (${sends.length} sent)`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await until(() => sends.length >= RECIPIENTS / 3, 'a third sent');
    await a.stop();
    const stoppedAt = sends.length;
    await until(() => sends.length >= stoppedAt + 40, 'the other instance going on');
    const again = await start();
    again.diana.broadcasts.wake();
    await until(() => sends.length >= RECIPIENTS, 'everyone');
    // Anything more would arrive now.
    await new Promise((r) => setTimeout(r, 1500));

    const perChat = new Map<number, number>();
    for (const s of sends) perChat.set(s.chatId, (perChat.get(s.chatId) ?? 0) + 1);
    expect(perChat.size).toBe(RECIPIENTS);
    expect([...perChat.values()].every((n) => n === 1)).toBe(true);
    const busiest = busiestWindow(
      sends.map((s) => s.at),
      1000,
    );
    expect(busiest).toBeLessThanOrEqual(30);
    const seconds = (sends.at(-1)!.at - sends[0]!.at) / 1000;
    console.info(`${RECIPIENTS} recipients in ${seconds.toFixed(1)} s; busiest second: ${busiest} messages`);
    const counts = await sql<{ status: string; n: number }>`
      SELECT status, count(*)::int AS n FROM broadcast_recipients WHERE broadcast_id = ${created.id} GROUP BY status
    `.execute(database.db);
    expect(counts.rows).toEqual([{ status: 'sent', n: RECIPIENTS }]);
  });
});

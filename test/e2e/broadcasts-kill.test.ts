// A broadcast to 5,000 people, its sending process killed without a word (SIGKILL) mid-way and started again
// on the same PostgreSQL: nobody receives it twice; everyone receives it but the people whose message was on
// its way at the kill, who are counted as uncertain (never resent: Telegram cannot say whether it arrived),
// no more of them than the sender has messages in flight. Over the send times Telegram saw (both processes),
// no one-second window holds more than 30 messages and no chat gets two within a second. People who blocked
// the bot (403) are counted, marked unreachable and left out of the next broadcast. Diana runs as
// `npm start` does, in a child process, against the Bot API emulator served on loopback. At the steady pace
// (25 messages a second) the test takes about three and a half minutes.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, dropSchema, openDatabase } from '../../src/adapters/db/database.ts';
import { migrateToLatest } from '../../src/adapters/db/migrate.ts';
import { insertBroadcast } from '../../src/adapters/db/repositories/broadcasts.ts';
import { BotApiEmulator } from '../../src/sandbox/emulator.ts';
import { type EmulatorServer, serveEmulator } from '../../src/sandbox/standalone.ts';
import { POSTGRES_URL } from '../support/databases.ts';
import { type DianaProcess, killStartedProcesses, startProcess } from '../support/process.ts';

const RECIPIENTS = 5_000;
const FIRST_ID = 8_500_000;
/** The sender's loops, each with at most one message on its way (BroadcastSender's default concurrency). */
const IN_FLIGHT = 3;
/** Among the recipients: people who blocked the bot, and people who read in English (the next broadcast's). */
const BLOCKERS = [FIRST_ID + 10, FIRST_ID + 2_500, FIRST_ID + 4_990];
const ENGLISH = [...BLOCKERS, FIRST_ID + 11, FIRST_ID + 12, FIRST_ID + 2_501];
const TEXT = 'Comunicado para los cinco mil';
const NEXT = 'Next: for English readers';
const token = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345';

describe('a broadcast to 5,000 people across a kill -9', () => {
  const schema = `test_bkill_${randomBytes(4).toString('hex')}`;
  const url = `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const emulator = new BotApiEmulator({ token });
  let server: EmulatorServer;
  let database: Database;
  /** The emulator's log of messages the bot sent, with when it took each. */
  const sends: Array<{ chatId: number; text: string; at: number }> = [];

  const start = () =>
    startProcess({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: server.apiRoot, DATABASE_URL: url });
  const until = async (check: () => Promise<boolean> | boolean, what: string, ms: number) => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (${sends.length} sent)`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const status = async (id: number) =>
    (await database.db.selectFrom('broadcasts').select('status').where('id', '=', id).executeTakeFirst())
      ?.status;
  const broadcast = (text: string, segment: object) =>
    insertBroadcast(database.db, {
      text,
      buttons: [],
      segment,
      sendAt: new Date(),
      createdBy: 'test',
      now: new Date(),
    }) as Promise<number>;

  beforeAll(async () => {
    server = await serveEmulator(emulator);
    database = await openDatabase({ url: POSTGRES_URL, schema, poolSize: 2 });
    await migrateToLatest(database.db);
    await sql`
      INSERT INTO users (id, first_name, language)
      SELECT g, 'P' || g, 'es' FROM generate_series(${FIRST_ID}::bigint, ${FIRST_ID + RECIPIENTS - 1}::bigint) g
    `.execute(database.db);
    await database.db.updateTable('users').set({ language: 'en' }).where('id', 'in', ENGLISH).execute();
    for (let i = 0; i < RECIPIENTS; i++) {
      emulator.addUser({ id: FIRST_ID + i, first_name: `P${i}`, language_code: 'es' });
      emulator.openChat(FIRST_ID + i);
    }
    for (const id of BLOCKERS) emulator.blockBot(id);
    emulator.onChange((c) => {
      if (c.kind === 'message' && c.message.from?.is_bot && c.message.text)
        sends.push({ chatId: c.chatId, text: c.message.text, at: Date.now() });
    });
  });
  afterAll(async () => {
    killStartedProcesses();
    await server?.close();
    await database?.close();
    await dropSchema(POSTGRES_URL, schema);
  });

  it('reaches everyone at most once, all but the few in flight, within the limits', {
    timeout: 330_000,
  }, async () => {
    let diana: DianaProcess = await start();
    const id = await broadcast(TEXT, {});
    await until(() => sends.length >= 1_000, 'a fifth sent', 120_000);
    const exited = new Promise((resolve) => diana.child.once('exit', resolve));
    diana.child.kill('SIGKILL');
    await exited;
    const atKill = sends.length;
    const claimedAtKill = await database.db
      .selectFrom('broadcast_recipients')
      .select('user_id')
      .where('broadcast_id', '=', id)
      .where('status', '=', 'claimed')
      .execute();

    diana = await start();
    await until(async () => (await status(id)) === 'done', 'the broadcast done', 240_000);
    // Anything more would arrive now.
    await new Promise((r) => setTimeout(r, 1500));

    const received = sends.filter((s) => s.text === TEXT);
    const perChat = new Map<number, number>();
    for (const s of received) perChat.set(s.chatId, (perChat.get(s.chatId) ?? 0) + 1);
    expect([...perChat.values()].every((n) => n === 1)).toBe(true);

    const rows = await database.db
      .selectFrom('broadcast_recipients')
      .select(['user_id', 'status'])
      .where('broadcast_id', '=', id)
      .execute();
    const by = (s: string) => new Set(rows.filter((r) => r.status === s).map((r) => Number(r.user_id)));
    const [sent, uncertain, blocked] = [by('sent'), by('uncertain'), by('blocked')];
    expect(rows).toHaveLength(RECIPIENTS);
    expect(sent.size + uncertain.size + blocked.size).toBe(RECIPIENTS);
    expect(uncertain.size).toBeLessThanOrEqual(IN_FLIGHT);
    // The uncertain are exactly those whose message was on its way at the kill.
    expect([...uncertain].sort()).toEqual(claimedAtKill.map((r) => Number(r.user_id)).sort());
    expect([...blocked].sort()).toEqual([...BLOCKERS].sort());
    // Everyone recorded as sent received it; the only others who did are among the uncertain.
    for (const user of sent) expect(perChat.get(user)).toBe(1);
    for (const user of perChat.keys()) expect(sent.has(user) || uncertain.has(user)).toBe(true);
    expect(perChat.size + uncertain.size + blocked.size).toBeGreaterThanOrEqual(RECIPIENTS);
    const unreachable = await database.db
      .selectFrom('users')
      .select('id')
      .where('unreachable_at', 'is not', null)
      .execute();
    expect(unreachable.map((u) => Number(u.id)).sort()).toEqual([...BLOCKERS].sort());

    // The send times, across the kill: any one-second window holds at most 30, and at most one per chat.
    const times = received.map((s) => s.at).sort((a, b) => a - b);
    const first = times[0]!;
    const last = times.at(-1)!;
    fc.assert(
      fc.property(fc.integer({ min: first - 1000, max: last }), (from) => {
        const inWindow = received.filter((s) => s.at >= from && s.at < from + 1000);
        const chats = new Set(inWindow.map((s) => s.chatId));
        return inWindow.length <= 30 && chats.size === inWindow.length;
      }),
      { numRuns: 2_000, examples: times.map((t) => [t]) },
    );
    console.info(
      `${RECIPIENTS} recipients in ${((last - first) / 1000).toFixed(1)} s; killed after ${atKill} sends; ` +
        `${uncertain.size} uncertain, ${blocked.size} blocked`,
    );

    // The next broadcast (to English readers) leaves out those who blocked the bot.
    const next = await broadcast(NEXT, { languages: ['en'] });
    await until(async () => (await status(next)) === 'done', 'the next broadcast done', 30_000);
    const nextRows = await database.db
      .selectFrom('broadcast_recipients')
      .select(['user_id', 'status'])
      .where('broadcast_id', '=', next)
      .execute();
    const readers = ENGLISH.filter((u) => !BLOCKERS.includes(u));
    expect(nextRows.map((r) => Number(r.user_id)).sort()).toEqual(readers.sort());
    expect(nextRows.every((r) => r.status === 'sent')).toBe(true);
    expect(
      sends
        .filter((s) => s.text === NEXT)
        .map((s) => s.chatId)
        .sort(),
    ).toEqual(readers.sort());
    await diana.terminate();
  });
});

// A paid broadcast (allow_paid_broadcast) through the emulated Telegram: it goes out far faster than the free
// 30 a second, every message asking Telegram for the paid mode, each person once; a free broadcast beside it
// keeps to 30 in every second and pays for nothing. On the embedded database with the pace kept in memory, and
// on PostgreSQL with the pace shared through Redis.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBroadcast } from '../../src/app/broadcasts/broadcasts.ts';
import type { DatabaseKind } from '../support/databases.ts';
import { startTestDiana, type TestDiana } from '../support/harness.ts';
import { busiestWindow } from '../support/send-times.ts';

const PAID_AUDIENCE = 300;
const FREE_AUDIENCE = 120;
const FIRST_ID = 8_700_000;
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SETUPS: Array<{ kind: DatabaseKind; pace: string; env: Record<string, string> }> = [
  { kind: 'embedded', pace: 'in memory', env: {} },
  { kind: 'postgres', pace: 'in Redis', env: { REDIS_URL } },
];

describe.each(SETUPS)('a paid broadcast ($kind, pace $pace)', ({ kind, env }) => {
  let t: TestDiana;
  const sends = new Map<string, Array<{ chatId: number; at: number }>>();

  beforeAll(async () => {
    t = await startTestDiana({ kind, env, workers: true });
    // The paid broadcast is for the English speakers, the free one for the Spanish speakers.
    const people = Array.from({ length: PAID_AUDIENCE + FREE_AUDIENCE }, (_, i) => ({
      id: FIRST_ID + i,
      language: i < PAID_AUDIENCE ? 'en' : 'es',
    }));
    await sql`
      INSERT INTO users (id, first_name, language)
      SELECT g, 'P' || g, CASE WHEN g < ${FIRST_ID + PAID_AUDIENCE} THEN 'en' ELSE 'es' END
      FROM generate_series(${FIRST_ID}::bigint, ${FIRST_ID + people.length - 1}::bigint) g
    `.execute(t.diana.app.db);
    for (const p of people) {
      t.emulator.addUser({ id: p.id, first_name: `P${p.id}`, language_code: p.language });
      t.emulator.openChat(p.id);
    }
    t.emulator.onChange((c) => {
      if (c.kind !== 'message' || !c.message.from?.is_bot || !c.message.text) return;
      const list = sends.get(c.message.text) ?? [];
      list.push({ chatId: c.chatId, at: Date.now() });
      sends.set(c.message.text, list);
    });
  });
  afterAll(() => t?.stop());

  /** Sends a broadcast and waits until `audience` people have it; the times it went out. */
  const broadcast = async (text: string, language: string, paid: boolean, audience: number) => {
    await createBroadcast(
      t.diana.app,
      { message: { text, buttons: [] }, segment: { languages: [language] }, paid },
      { adminId: 0, name: 'test' },
    );
    t.diana.broadcasts.wake();
    const deadline = Date.now() + 17_000;
    while ((sends.get(text)?.length ?? 0) < audience) {
      if (Date.now() > deadline) throw new Error(`${sends.get(text)?.length ?? 0} of ${audience} sent`);
      await new Promise((r) => setTimeout(r, 20));
    }
    // Anything more would arrive now.
    await new Promise((r) => setTimeout(r, 300));
    const sent = sends.get(text)!;
    expect(new Set(sent.map((s) => s.chatId)).size).toBe(audience);
    expect(sent).toHaveLength(audience);
    return sent.map((s) => s.at);
  };

  it('goes out well above 30 a second, each message sent as paid', { timeout: 20_000 }, async () => {
    const paidBefore = t.emulator.paidMessages;
    const times = await broadcast('Estreno: capítulo 3', 'en', true, PAID_AUDIENCE);
    expect(t.emulator.paidMessages - paidBefore).toBe(PAID_AUDIENCE);
    const busiest = busiestWindow(times, 1000);
    const seconds = (Math.max(...times) - Math.min(...times)) / 1000;
    console.info(`paid (${kind}): ${PAID_AUDIENCE} in ${seconds.toFixed(2)} s; busiest second: ${busiest}`);
    // No second of a free broadcast ever holds more than 30. The database, not the pace, sets the rate here:
    // the embedded one (a single connection, in this process) reaches less than PostgreSQL on a busy machine.
    expect(busiest).toBeGreaterThan(kind === 'postgres' ? 60 : 35);
  });

  it('a free broadcast keeps to 30 in every second and pays for nothing', { timeout: 20_000 }, async () => {
    const paidBefore = t.emulator.paidMessages;
    const times = await broadcast('Novedades de la semana', 'es', false, FREE_AUDIENCE);
    expect(t.emulator.paidMessages).toBe(paidBefore);
    expect(busiestWindow(times, 1000)).toBeLessThanOrEqual(30);
  });
});

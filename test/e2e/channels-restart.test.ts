// Durable channel work across a restart: Diana stops while a join request waits for its approval, or while a
// VIP waits for its end; the next Diana on the same database runs the job exactly once. A job whose completion
// was lost (a crash right after Telegram answered) runs again and acts no more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { adminGrantVip } from '../../src/app/vip/admin.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { DAY_MS } from '../../src/domain/vip.ts';
import { BotApiEmulator } from '../../src/sandbox/emulator.ts';
import { freshDatabase } from '../support/databases.ts';
import { eventPayloads } from '../support/economy.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';

describe('channel jobs across a restart', () => {
  let database: Database;
  const clock = new ManualClock('2026-05-10T20:00:00Z');
  const emulator = new BotApiEmulator({ clock });
  const env = { JOIN_REQUEST_DELAY_SECONDS: '120' };
  const calls = (method: string) => emulator.calls.get(method) ?? 0;
  let running: TestDiana | undefined;

  beforeAll(async () => {
    database = await freshDatabase('embedded');
  });
  afterAll(async () => {
    await running?.stop();
    await database?.close();
  });

  /** Both runs share the database; only the test closes it. */
  async function start(): Promise<TestDiana> {
    await running?.stop();
    running = await startTestDiana({
      database: { ...database, close: async () => {} },
      emulator,
      clock,
      env,
    });
    return running;
  }

  /** Puts a finished job back as if its completion had been lost, and lets the workers run again. */
  async function loseCompletion(t: TestDiana, kind: string) {
    await t.diana.app.db
      .updateTable('jobs')
      .set({ status: 'pending', run_at: clock.now() })
      .where('kind', '=', kind)
      .execute();
    await t.settle();
  }

  it('approves a join request made before the restart, once', async () => {
    const free = emulator.channels.demo.free;
    let t = await start();
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    const greeting = ana.nextBotMessage();
    emulator.channels.requestJoin(ana.id, free);
    await greeting;

    t = await start();
    clock.advance(120_000);
    await t.settle();
    expect(calls('approveChatJoinRequest')).toBe(1);
    expect(emulator.channels.canRead(ana.id, free)).toBe(true);
    await expect.poll(() => eventPayloads(t.diana.app, ana.id, 'ChannelJoined')).toEqual([{ chatId: free }]);

    await loseCompletion(t, 'join-approve');
    expect(calls('approveChatJoinRequest')).toBe(1);
    expect(await eventPayloads(t.diana.app, ana.id, 'ChannelJoined')).toHaveLength(1);
  });

  it('ends a VIP that was due while Diana was stopped, once', async () => {
    const vip = emulator.channels.demo.vip;
    let t = await start();
    const bea = t.client({ id: uniqueUserId() });
    await bea.send('/start');
    const granted = await adminGrantVip(t.diana.app, {
      adminId: 1,
      user: { id: bea.id },
      days: 2,
      reason: 'prueba de reinicio',
      key: 'vip-admin:1:restart',
    });
    expect(granted.ok).toBe(true);
    await t.settle();
    const link = bea
      .botMessages()
      .flatMap((m) => m.reply_markup?.inline_keyboard.flat() ?? [])
      .find((b) => 'url' in b) as { url: string };
    emulator.channels.openInviteLink(bea.id, link.url);
    await expect.poll(() => eventPayloads(t.diana.app, bea.id, 'ChannelJoined')).toHaveLength(1);

    await running?.stop();
    clock.advance(2 * DAY_MS + 1000);
    t = await start();
    const bans = calls('banChatMember');
    await t.settle();
    expect(calls('banChatMember')).toBe(bans + 1);
    expect(emulator.channels.list(bea.id).find((c) => c.id === vip)?.status).toBe('left');
    expect(await eventPayloads(t.diana.app, bea.id, 'VipExpired')).toEqual([{}]);
    const farewells = bea.botMessages().filter((m) => m.text?.includes('Su VIP ha terminado'));
    expect(farewells).toHaveLength(1);

    await loseCompletion(t, 'vip-expire');
    expect(calls('banChatMember')).toBe(bans + 1);
    expect(await eventPayloads(t.diana.app, bea.id, 'VipExpired')).toHaveLength(1);
    expect(bea.botMessages().filter((m) => m.text?.includes('Su VIP ha terminado'))).toHaveLength(1);
  });
});

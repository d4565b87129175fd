// Money and access when things fail half-way, end to end through the emulator, on both databases: a Stars
// payment whose handler fails is attempted again until its VIP and invitation exist (never skipped as a
// duplicate); a payment whose grant fails is recorded at once and granted by its job; the VIP channel's door
// lets an invitation's owner in and nobody else; whoever is inside without VIP time is taken out, and the
// owner of the invitation they used gets a fresh one; a VIP who left asks 💎 VIP for a new invitation.
import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMember } from '../../src/adapters/db/repositories/channels.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { reconcile } from '../../src/app/reconcile.ts';
import { VIP_DOOR_JOBS } from '../../src/app/vip/door.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { eventPayloads } from '../support/economy.ts';
import { failNextWrites } from '../support/faults.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

describe.each(DATABASE_KINDS)('VIP when things fail (%s)', (kind) => {
  let t: TestDiana;
  let vip: number;
  const clock = new ManualClock('2026-04-01T18:00:00Z');

  beforeAll(async () => {
    t = await startTestDiana({ kind, clock });
    vip = t.emulator.channels.demo.vip;
  });
  afterAll(() => t?.stop());

  const db = () => t.diana.app.db;
  const texts = (person: TelegramClient) => person.botMessages().map((m) => person.text(m));
  const urlOf = (message: Message | undefined) =>
    (message?.reply_markup?.inline_keyboard.flat().find((b) => 'url' in b) as { url: string } | undefined)
      ?.url;
  const invitations = (person: TelegramClient) =>
    person
      .botMessages()
      .filter((m) => m.text?.includes('Su invitación al canal VIP'))
      .map((m) => urlOf(m)!);

  async function visitor(): Promise<TelegramClient> {
    const person = t.client({ id: uniqueUserId(), first_name: 'Sara' });
    await person.send('/start');
    return person;
  }

  /** Buys the monthly plan with fake Stars; resolves once the bot has answered the payment. */
  async function buy(person: TelegramClient): Promise<Message> {
    await person.send('/diana');
    const screen = await person.press('VIP');
    const invoiceSent = person.nextBotMessage();
    await person.press('VIP · 30 noches', screen.message);
    const invoice = await invoiceSent;
    const answer = person.nextBotMessage();
    expect((await t.emulator.payments.pay(person.id, invoice.message_id)).ok).toBe(true);
    return answer;
  }

  async function payments(userId: number) {
    return db().selectFrom('star_payments').selectAll().where('user_id', '=', userId).execute();
  }

  it('attempts a payment again when its handler failed, until the VIP and its invitation exist', async () => {
    const ana = await visitor();
    await failNextWrites(db(), 'star_payments', 1);
    const apology = await buy(ana);
    expect(apology.text).toContain('Volveré a intentarlo yo mismo');
    expect(await payments(ana.id)).toHaveLength(0);

    // The update was kept: once its backoff has passed it is handled again, as if for the first time.
    const paid = ana.nextBotMessage();
    clock.advance(5_000);
    await t.settle();
    expect((await paid).text).toContain('Pago recibido. VIP · 30 noches es suyo');
    const [payment] = await payments(ana.id);
    expect(payment?.grant_id).not.toBeNull();
    expect((await findUser(db(), ana.id))?.vipUntil).not.toBeNull();
    expect(invitations(ana)).toHaveLength(1);
    expect(await eventPayloads(t.diana.app, ana.id, 'PaymentReceived')).toHaveLength(1);
    expect(texts(ana).filter((x) => x.includes('Le ruego me disculpe'))).toHaveLength(1);
    const inbox = await db()
      .selectFrom('update_inbox')
      .select(['status', 'attempts'])
      .where('status', '<>', 'done')
      .execute();
    expect(inbox).toEqual([]);
    expect((await reconcile(db())).problems).toEqual([]);
  });

  it('records a payment whose grant fails at once, and its job grants it and tells the payer', async () => {
    const ben = await visitor();
    await failNextWrites(db(), 'vip_grants', 1);
    const answer = await buy(ben);
    expect(answer.text).toContain('Estoy terminando de preparar su acceso VIP');
    const [payment] = await payments(ben.id);
    expect(payment).toMatchObject({ amount: 250, grant_id: null });

    const paid = ben.nextBotMessage();
    clock.advance(15_000);
    await t.settle();
    expect((await paid).text).toContain('Pago recibido. VIP · 30 noches es suyo');
    expect((await payments(ben.id))[0]?.grant_id).not.toBeNull();
    expect(invitations(ben)).toHaveLength(1);
    // Nothing more happens however often the jobs run.
    clock.advance(60_000);
    await t.settle();
    expect(texts(ben).filter((x) => x.includes('es suyo'))).toHaveLength(1);
    expect(
      await db().selectFrom('vip_grants').select('id').where('user_id', '=', ben.id).execute(),
    ).toHaveLength(1);
  });

  it('opens the VIP channel to an invitation’s owner only, and takes out whoever got in without VIP', async () => {
    const carla = await visitor();
    await buy(carla);
    await t.settle();
    const [link] = invitations(carla);

    // Someone else follows Carla's invitation: asked to join, declined, never inside, and told why.
    const mallory = await visitor();
    const declined = mallory.nextBotMessage();
    expect(t.emulator.channels.openInviteLink(mallory.id, link!)).toEqual({
      chatId: vip,
      status: 'requested',
    });
    expect((await declined).text).toContain('Esa puerta es solo para los invitados VIP');
    expect(t.emulator.channels.statusOf(vip, mallory.id)).toBe('left');

    // Carla follows it: in.
    expect(t.emulator.channels.openInviteLink(carla.id, link!)).toEqual({ chatId: vip, status: 'requested' });
    await expect.poll(() => t.emulator.channels.statusOf(vip, carla.id)).toBe('member');

    // An invitation made before invitations were bound to their owners opens the door by itself: whoever
    // comes in through it without VIP time is taken out within the moment, audited, and its owner gets a
    // fresh invitation.
    const legacy = await t.diana.bot.api.createChatInviteLink(vip, { member_limit: 1 });
    const [grant] = await db()
      .selectFrom('vip_grants')
      .select('id')
      .where('user_id', '=', carla.id)
      .execute();
    await db()
      .insertInto('vip_invites')
      .values({
        grant_id: grant!.id,
        seq: 7,
        user_id: carla.id,
        chat_id: vip,
        invite_link: legacy.invite_link,
        expires_at: new Date(clock.now().getTime() + 3_600_000),
      })
      .execute();
    t.emulator.channels.leave(carla.id, vip);
    const fresh = carla.nextBotMessage();
    expect(t.emulator.channels.openInviteLink(mallory.id, legacy.invite_link)).toEqual({
      chatId: vip,
      status: 'member',
    });
    await t.settle();
    expect(t.emulator.channels.statusOf(vip, mallory.id)).toBe('left');
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('target_user_id', '=', mallory.id)
      .execute();
    expect(audit).toEqual([{ action: 'vip-channel-removal', reason: 'joined' }]);
    const reissued = urlOf(await fresh);
    expect(reissued).toBeDefined();
    expect(reissued).not.toBe(legacy.invite_link);
    expect(t.emulator.channels.openInviteLink(carla.id, reissued!)).toEqual({
      chatId: vip,
      status: 'requested',
    });
    await expect.poll(() => t.emulator.channels.statusOf(vip, carla.id)).toBe('member');

    // Carla leaves; 💎 VIP offers her a new invitation, in her name.
    t.emulator.channels.leave(carla.id, vip);
    await expect
      .poll(async () => (await eventPayloads(t.diana.app, carla.id, 'ChannelJoined')).length)
      .toBe(2);
    // Her leaving has reached the bot.
    await expect.poll(() => isMember(db(), vip, carla.id)).toBe(false);
    await carla.send('/diana');
    const screen = await carla.press('VIP');
    const asked = await carla.press('Pedir mi invitación', screen.message);
    expect(asked.answer.text).toContain('solo le abre la puerta a usted');
    const again = urlOf(asked.message);
    expect(again).toBeDefined();
    expect(t.emulator.channels.openInviteLink(carla.id, again!)).toEqual({
      chatId: vip,
      status: 'requested',
    });
    await expect.poll(() => t.emulator.channels.statusOf(vip, carla.id)).toBe('member');
  });

  it('sweeps out, on its own, members the bot has seen without VIP time', async () => {
    const dan = await visitor();
    await buy(dan);
    await t.settle();
    t.emulator.channels.openInviteLink(dan.id, invitations(dan)[0]!);
    await expect.poll(() => eventPayloads(t.diana.app, dan.id, 'ChannelJoined')).toHaveLength(1);
    // Dan's VIP time is taken away behind the bot's back: no expiry job will ever run for it.
    await db().updateTable('users').set({ vip_until: null }).where('id', '=', dan.id).execute();
    clock.advance(60 * 60_000);
    const sweeps = await db()
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', VIP_DOOR_JOBS.sweep)
      .execute();
    expect(sweeps.length).toBeGreaterThan(0);
    await t.settle();
    expect(t.emulator.channels.statusOf(vip, dan.id)).toBe('left');
    const audit = await db()
      .selectFrom('audit_log')
      .select('reason')
      .where('target_user_id', '=', dan.id)
      .where('action', '=', 'vip-channel-removal')
      .execute();
    expect(audit).toEqual([{ reason: 'sweep' }]);
  });
});

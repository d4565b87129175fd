// VIP end to end through the emulator: an admin's token as a deep link -> VIP -> a single-use invitation ->
// the VIP channel; a Stars invoice -> pre-checkout -> payment -> VIP, a duplicated payment update granting
// nothing more, and a refund that takes the VIP back; time advanced -> reminders -> removal from the channel
// (able to come back), VipExpired; 💎 VIP showing status, days left and renewal.
import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { DAY_MS } from '../../src/domain/vip.ts';
import { eventPayloads } from '../support/economy.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const ADMIN_ID = 9_200_001;

describe('VIP', () => {
  let t: TestDiana;
  let admin: TelegramClient;
  const clock = new ManualClock('2026-04-01T18:00:00Z');
  let vip: number;

  beforeAll(async () => {
    t = await startTestDiana({ clock, env: { ADMIN_TELEGRAM_IDS: String(ADMIN_ID) } });
    vip = t.emulator.channels.demo.vip;
    admin = t.client({ id: ADMIN_ID, first_name: 'Lucía' });
    await admin.send('/start');
  });
  afterAll(() => t?.stop());

  const calls = (method: string) => t.emulator.calls.get(method) ?? 0;
  const vipUntil = async (id: number) => (await findUser(t.diana.app.db, id))?.vipUntil;
  const urlButton = (message: Message | undefined) =>
    message?.reply_markup?.inline_keyboard.flat().find((b) => 'url' in b) as { url: string } | undefined;
  /** The latest invitation link the bot gave a person (Lucien's announcements may come after it). */
  const invitation = (person: TelegramClient) =>
    person
      .botMessages()
      .map((m) => urlButton(m)?.url)
      .filter(Boolean)
      .at(-1)!;

  async function visitor(): Promise<TelegramClient> {
    const person = t.client({ id: uniqueUserId(), first_name: 'Sara' });
    await person.send('/start');
    return person;
  }

  async function newToken(): Promise<string> {
    const vipMenu = await admin.press('VIP', await admin.send('/admin'));
    const tokens = await admin.press('Tokens', vipMenu.message);
    const plans = await admin.press('Nuevo token', tokens.message);
    const created = await admin.press('VIP · 30 noches', plans.message);
    const link = /https:\/\/t\.me\/\w+\?start=vip_(\w+)/.exec(admin.text(created.message));
    expect(link?.[0]).toContain(`https://t.me/${t.emulator.bot.username}?start=vip_`);
    return link![1]!;
  }

  /** Sends /start with a payload and returns Lucien's second message (the first is the greeting). */
  async function startWith(person: TelegramClient, payload: string): Promise<Message> {
    const replies = [person.nextBotMessage()];
    replies.push(replies[0]!.then(() => person.nextBotMessage()));
    t.emulator.sendText(person.id, `/start ${payload}`);
    return (await Promise.all(replies))[1]!;
  }

  it('redeems a token from its deep link once, and hands over one invitation that opens for its owner', async () => {
    const token = await newToken();
    const sara = await visitor();
    const redeemed = await startWith(sara, `vip_${token}`);
    expect(redeemed.text).toContain('Invitación aceptada: VIP · 30 noches');
    expect(await vipUntil(sara.id)).toEqual(new Date(clock.now().getTime() + 30 * DAY_MS));

    // A second tap of the link by the same person, and the link in someone else's hands.
    expect((await startWith(sara, `vip_${token}`)).text).toContain('Ya ha utilizado usted esa invitación');
    const other = await visitor();
    expect((await startWith(other, `vip_${token}`)).text).toContain('ya la ha utilizado otra persona');
    expect((await startWith(other, 'vip_NoSuchToken1')).text).toContain('no figura en mis libros');
    expect(await vipUntil(other.id)).toBeNull();

    const links = calls('createChatInviteLink');
    const invitation = sara.nextBotMessage();
    await t.settle();
    const message = await invitation;
    expect(message.text).toContain('Su invitación al canal VIP');
    expect(calls('createChatInviteLink')).toBe(links + 1);
    const link = urlButton(message)!.url;
    expect(link).toMatch(/^https:\/\/t\.me\/\+/);

    // 💎 VIP shows the status, the days left and the invitation still waiting.
    await sara.send('/diana');
    const screen = await sara.press('VIP');
    expect(sara.text(screen.message)).toMatch(/Es usted del círculo VIP hasta el .* \(quedan 30 días\)/);
    expect(sara.text(screen.message)).toContain('Su invitación al canal VIP le espera');
    expect(urlButton(screen.message)?.url).toBe(link);

    const revokes = calls('revokeChatInviteLink');
    // The link asks to join; the bot lets its owner in.
    expect(t.emulator.channels.openInviteLink(sara.id, link)).toEqual({ chatId: vip, status: 'requested' });
    await expect.poll(() => eventPayloads(t.diana.app, sara.id, 'ChannelJoined')).toEqual([{ chatId: vip }]);
    expect(t.emulator.channels.statusOf(vip, sara.id)).toBe('member');
    await expect.poll(() => calls('revokeChatInviteLink')).toBe(revokes + 1);
    // Single use: nobody else gets in with it.
    expect(() => t.emulator.channels.openInviteLink(other.id, link)).toThrow('INVITE_HASH_EXPIRED');
    await t.settle();
    expect(await eventPayloads(t.diana.app, sara.id, 'VipGranted')).toEqual([
      { planId: 'vip_mensual', until: expect.any(String), source: 'token' },
    ]);
  });

  it('sells VIP for Telegram Stars: invoice, pre-checkout, payment, once per charge', async () => {
    const fran = await visitor();
    await fran.send('/diana');
    const screen = await fran.press('VIP');
    const invoiceSent = fran.nextBotMessage();
    const tap = await fran.press('VIP · 90 noches', screen.message);
    expect(tap.answer.text).toBe('Le he dejado la factura en el chat.');
    const invoice = await invoiceSent;
    expect(invoice.invoice).toMatchObject({ currency: 'XTR', total_amount: 600, title: 'VIP · 90 noches' });

    const stars = t.emulator.payments.balance(fran.id);
    const paid = fran.nextBotMessage();
    const result = await t.emulator.payments.pay(fran.id, invoice.message_id);
    expect(result.ok).toBe(true);
    expect((await paid).text).toContain('Pago recibido. VIP · 90 noches es suyo');
    expect(t.emulator.payments.balance(fran.id)).toBe(stars - 600);
    expect(await vipUntil(fran.id)).toEqual(new Date(clock.now().getTime() + 90 * DAY_MS));

    // Telegram delivers the same payment again: no second payment, no second grant, no second invitation.
    const payment = t.emulator.history(fran.id).find((m) => m.successful_payment)!;
    t.emulator.deliver({ message: payment });
    await fran.send('/diana');
    await t.settle();
    const rows = async (table: 'star_payments' | 'vip_grants') =>
      t.diana.app.db.selectFrom(table).select('user_id').where('user_id', '=', fran.id).execute();
    expect(await rows('star_payments')).toHaveLength(1);
    expect(await rows('vip_grants')).toHaveLength(1);
    expect(fran.botMessages().filter((m) => m.text?.includes('Su invitación al canal VIP'))).toHaveLength(1);
    expect(await eventPayloads(t.diana.app, fran.id, 'PaymentReceived')).toHaveLength(1);

    // An invoice is paid once.
    expect(await t.emulator.payments.pay(fran.id, invoice.message_id)).toEqual({
      ok: false,
      error: 'already paid',
    });
  });

  it('refuses a pre-checkout whose price no longer matches the plan', async () => {
    const gus = await visitor();
    const invoice = (await t.diana.bot.api.sendInvoice(
      gus.id,
      'VIP · 30 noches',
      'Viejo precio',
      'vip:vip_mensual',
      'XTR',
      [{ label: 'VIP', amount: 100 }],
    )) as Message;
    const result = await t.emulator.payments.pay(gus.id, invoice.message_id);
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('El precio de ese plan ha cambiado'),
    });
    expect(await vipUntil(gus.id)).toBeNull();
  });

  it('refunds a payment from /admin, giving the Stars back and taking the VIP back', async () => {
    const hugo = await visitor();
    await hugo.send('/diana');
    const screen = await hugo.press('VIP');
    const invoiceSent = hugo.nextBotMessage();
    await hugo.press('VIP · 30 noches', screen.message);
    const invoice = await invoiceSent;
    const stars = t.emulator.payments.balance(hugo.id);
    await t.emulator.payments.pay(hugo.id, invoice.message_id);
    await expect.poll(() => vipUntil(hugo.id)).not.toBeNull();
    await t.settle();
    t.emulator.channels.openInviteLink(hugo.id, invitation(hugo));
    await expect.poll(() => eventPayloads(t.diana.app, hugo.id, 'ChannelJoined')).toHaveLength(1);

    const payments = await admin.press(
      'Pagos',
      (await admin.press('VIP', await admin.send('/admin'))).message,
    );
    const confirm = await admin.press(/Devolver #\d+ \(250 ⭐\)/, payments.message);
    expect(admin.text(confirm.message)).toContain('Telegram le devolverá las Stars');
    const done = await admin.press('Sí, devolver', confirm.message);
    expect(admin.text(done.message)).toMatch(/Pago #\d+ devuelto \(250 ⭐\)/);
    expect(t.emulator.payments.balance(hugo.id)).toBe(stars);
    expect((await vipUntil(hugo.id))?.getTime()).toBe(clock.now().getTime());

    // The expiry falls due at once: out of the VIP channel, able to come back, with a farewell.
    const farewell = hugo.nextBotMessage();
    await t.settle();
    expect((await farewell).text).toContain('Su VIP ha terminado');
    expect(t.emulator.channels.canRead(hugo.id, vip)).toBe(false);
    expect(t.emulator.channels.list(hugo.id).find((c) => c.id === vip)?.status).toBe('left');
    expect(await eventPayloads(t.diana.app, hugo.id, 'VipExpired')).toEqual([{}]);

    // A second refund of the same payment is refused without calling Telegram again.
    const again = await admin.press('VIP', await admin.send('/admin'));
    const list = await admin.press('Pagos', again.message);
    expect(admin.text(list.message)).toMatch(/250 ⭐ · devuelto/);
    expect(calls('refundStarPayment')).toBe(1);
  });

  it('reminds 3 days and 1 day before the end, then takes the VIP out of the channel', async () => {
    const token = await newToken();
    const ines = await visitor();
    await startWith(ines, `vip_${token}`);
    await t.settle();
    t.emulator.channels.openInviteLink(ines.id, invitation(ines));
    await expect.poll(() => t.emulator.channels.canRead(ines.id, vip)).toBe(true);
    const until = (await vipUntil(ines.id))!;

    clock.set(new Date(until.getTime() - 3 * DAY_MS));
    const threeDays = ines.nextBotMessage();
    await t.settle();
    const reminder = await threeDays;
    expect(reminder.text).toContain('su VIP termina el');
    expect(reminder.text).toContain('quedan 3 días');
    expect(ines.buttons(reminder)).toEqual(['💎 Renovar VIP']);

    clock.set(new Date(until.getTime() - DAY_MS));
    const oneDay = ines.nextBotMessage();
    await t.settle();
    expect((await oneDay).text).toContain('queda 1 día');

    // The renew button opens 💎 VIP with the renewal plans.
    const renew = await ines.press('Renovar VIP', ines.botMessages().at(-1));
    expect(ines.buttons(renew.latest)).toContain('🔁 Renovar: VIP · 30 noches · 250 ⭐');

    clock.set(new Date(until.getTime() + 1000));
    await t.settle();
    expect(t.emulator.channels.list(ines.id).find((c) => c.id === vip)?.status).toBe('left');
    expect(await eventPayloads(t.diana.app, ines.id, 'VipReminderSent')).toHaveLength(2);
    expect(await eventPayloads(t.diana.app, ines.id, 'VipExpired')).toEqual([{}]);
    expect(ines.botMessages().at(-1)?.text).toContain('Su VIP ha terminado');
    // Nothing is left to do: running the workers again calls Telegram no more.
    const bans = calls('banChatMember');
    await t.settle();
    expect(calls('banChatMember')).toBe(bans);
    clock.set('2026-04-01T18:00:00Z');
  });

  it('extends an active VIP by hand from /admin, audited, and moves the reminders with it', async () => {
    const juan = await visitor();
    const vipMenu = await admin.press('VIP', await admin.send('/admin'));
    await admin.press('Conceder o ampliar', vipMenu.message);
    expect((await admin.send(`${juan.id} 0 nada`)).text).toContain('entre 1 y');
    const granted = await admin.send(`${juan.id} 10 premio del concurso`);
    expect(granted.text).toMatch(/VIP para Sara \(\d+\): no → .*Registro #\d+/);
    const first = (await vipUntil(juan.id))!;
    await admin.press('Conceder o ampliar', granted);
    await admin.send(`${juan.id} 5 ampliación`);
    expect((await vipUntil(juan.id))!.getTime()).toBe(first.getTime() + 5 * DAY_MS);

    const pending = await t.diana.app.db
      .selectFrom('jobs')
      .select(['kind', 'run_at'])
      .where('status', '=', 'pending')
      .where('payload', '@>', JSON.stringify({ userId: juan.id }) as never)
      .orderBy('run_at')
      .execute();
    expect(pending.map((j) => [j.kind, j.run_at.getTime()])).toEqual([
      ['vip-remind', first.getTime() + 5 * DAY_MS - 3 * DAY_MS],
      ['vip-remind', first.getTime() + 5 * DAY_MS - DAY_MS],
      ['vip-expire', first.getTime() + 5 * DAY_MS],
    ]);
    const log = await admin.press('Registro', await admin.send('/admin'));
    expect(admin.text(log.message)).toMatch(/VIP concedido · usuario \d+ · VIP .+ → .+ «ampliación»/);
  });
});

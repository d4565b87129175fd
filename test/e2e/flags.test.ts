// Feature flags through Telegram: an admin switches VIP sales off at run time from /admin (audited); 💎 VIP
// then says so politely in the person's language, no invoice is sent (a stale plan button included) and a
// pre-checkout for an invoice sent before is declined, nothing charged; switched on again, a sale goes through.
import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { isFlagOn } from '../../src/app/flags.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const ADMIN_ID = 9_300_001;

describe.each(DATABASE_KINDS)('feature flags (%s database)', (kind) => {
  let t: TestDiana;
  let admin: TelegramClient;
  const clock = new ManualClock('2026-04-01T18:00:00Z');

  beforeAll(async () => {
    t = await startTestDiana({
      kind,
      clock,
      env: { ADMIN_TELEGRAM_IDS: String(ADMIN_ID), JOIN_REQUEST_DELAY_SECONDS: '1' },
    });
    admin = t.client({ id: ADMIN_ID, first_name: 'Lucía' });
    await admin.send('/start');
  });
  afterAll(() => t?.stop());

  const calls = (method: string) => t.emulator.calls.get(method) ?? 0;
  const vipUntil = async (id: number) => (await findUser(t.diana.app.db, id))?.vipUntil;

  async function visitor(language_code = 'es'): Promise<TelegramClient> {
    const person = t.client({ id: uniqueUserId(), first_name: 'Sara', language_code });
    await person.send('/start');
    await person.send('/diana');
    return person;
  }

  async function setVipSales(to: 'Encender' | 'Apagar' | 'Volver al paquete', name = 'vip_sales') {
    const flags = await admin.press('Interruptores', await admin.send('/admin'));
    const flag = await admin.press(name, flags.message);
    const changed = await admin.press(to, flag.message);
    expect(changed.answer.text).toBe('Hecho.');
    return changed.message;
  }

  it('switches VIP sales off at run time: polite in es and en, no invoice, pre-checkout declined; on again it sells', async () => {
    // An invoice and a plan button handed out while sales were open.
    const early = await visitor();
    const staleScreen = (await early.press('VIP')).message;
    const invoiceSent = early.nextBotMessage();
    await early.press('VIP · 30 noches', staleScreen);
    const staleInvoice: Message = await invoiceSent;

    const flagScreen = await setVipSales('Apagar');
    expect(admin.text(flagScreen)).toContain('vip_sales: off (puesto por un administrador)');
    expect(await isFlagOn(t.diana.app, 'vip_sales')).toBe(false);
    const audit = await t.diana.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'flag-set')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      admin_id: ADMIN_ID,
      ref: 'flag:vip_sales',
      before: expect.objectContaining({ enabled: true, text: 'on' }),
      after: expect.objectContaining({ enabled: false, text: 'off', source: 'admin' }),
    });

    const invoices = calls('sendInvoice');
    const sara = await visitor();
    const closed = await sara.press('VIP');
    expect(sara.text(closed.message)).toContain('Las puertas del VIP están cerradas por ahora');
    expect(sara.buttons(closed.message).some((b) => b.includes('noches'))).toBe(false);
    const john = await visitor('en');
    const closedEn = await john.press('VIP');
    expect(john.text(closedEn.message)).toContain('The VIP doors are closed for now');

    // A plan button from before: no invoice, a polite toast, the screen redrawn without plans.
    const staleTap = await early.press('VIP · 30 noches', staleScreen);
    expect(staleTap.answer.text).toContain('No se le ha cobrado nada');
    expect(calls('sendInvoice')).toBe(invoices);
    // The invoice from before: its pre-checkout is declined; nothing is charged, nothing granted.
    const stars = t.emulator.payments.balance(early.id);
    const paid = await t.emulator.payments.pay(early.id, staleInvoice.message_id);
    expect(paid).toEqual({ ok: false, error: expect.stringContaining('No se le ha cobrado nada') });
    expect(t.emulator.payments.balance(early.id)).toBe(stars);
    expect(await vipUntil(early.id)).toBeNull();

    // On again: the plans are back and a sale goes through.
    await setVipSales('Encender');
    await sara.send('/diana');
    const open = await sara.press('VIP');
    expect(sara.text(open.message)).not.toContain('cerradas');
    const newInvoice = sara.nextBotMessage();
    const tap = await sara.press('VIP · 30 noches', open.message);
    expect(tap.answer.text).toBe('Le he dejado la factura en el chat.');
    const invoice = await newInvoice;
    expect(calls('sendInvoice')).toBe(invoices + 1);
    const receipt = sara.nextBotMessage();
    expect((await t.emulator.payments.pay(sara.id, invoice.message_id)).ok).toBe(true);
    expect((await receipt).text).toContain('Pago recibido');
    expect(await vipUntil(sara.id)).not.toBeNull();
    // The stale invoice pays again too, now that sales are open.
    expect((await t.emulator.payments.pay(early.id, staleInvoice.message_id)).ok).toBe(true);
  });

  it('rolls out to a share of people and to a segment, typed by the admin, each person always on the same side', async () => {
    await setVipSales('Volver al paquete');
    const flags = await admin.press('Interruptores', await admin.send('/admin'));
    const flag = await admin.press('vip_sales', flags.message);
    await admin.press('Porcentaje', flag.message);
    await admin.send('ciento');
    expect(admin.text(admin.lastMessage())).toContain('Eso no es un porcentaje');
    const shown = admin.nextBotMessage();
    await admin.send('50');
    expect(admin.text(await shown)).toContain('vip_sales: on · 50%');

    const people = Array.from({ length: 40 }, (_, i) => ({
      id: 7_000_000 + i,
      language: 'es',
      vipUntil: null,
    }));
    const first = await Promise.all(people.map((p) => isFlagOn(t.diana.app, 'vip_sales', p)));
    const again = await Promise.all(people.map((p) => isFlagOn(t.diana.app, 'vip_sales', p)));
    expect(again).toEqual(first);
    expect(first.filter(Boolean).length).toBeGreaterThan(5);
    expect(first.filter(Boolean).length).toBeLessThan(35);

    await admin.press('Segmento', admin.lastMenu());
    const segmented = admin.nextBotMessage();
    await admin.send('en');
    expect(admin.text(await segmented)).toContain('vip_sales: on · 50% · en');
    expect(await isFlagOn(t.diana.app, 'vip_sales', { ...people[0]!, language: 'es' })).toBe(false);
    await setVipSales('Volver al paquete');
    expect(await isFlagOn(t.diana.app, 'vip_sales', people[0])).toBe(true);
  });

  it('switches reaction rewards off: the reaction is noted, no besitos; on again, the next post pays', async () => {
    const free = t.emulator.channels.demo.free;
    const ana = t.client({ id: uniqueUserId(), first_name: 'Ana' });
    await ana.send('/start');
    const greeting = ana.nextBotMessage();
    t.emulator.channels.requestJoin(ana.id, free);
    await greeting;
    clock.advance(1000);
    await t.settle();
    expect(t.emulator.channels.canRead(ana.id, free)).toBe(true);
    async function publish(text: string): Promise<Message> {
      const channels = await admin.press('Canales', await admin.send('/admin'));
      await admin.press('Publicar en el canal gratuito', channels.message);
      const published = await admin.press('Publicar', await admin.send(text));
      expect(published.answer.text).toBe('Publicada.');
      return t.emulator.history(free).at(-1)!;
    }
    const balance = async () => (await findUser(t.diana.app.db, ana.id))?.balance;

    await setVipSales('Apagar', 'channel_rewards');
    const before = await balance();
    const quiet = await publish('El salón rojo, esta noche.');
    expect((await ana.pressInChannel(free, quiet, '🔥')).text).toContain('están en pausa');
    expect(await balance()).toBe(before);

    await setVipSales('Encender', 'channel_rewards');
    const post = await publish('El salón azul, mañana.');
    expect((await ana.pressInChannel(free, post, '🔥')).text).toBe(`+2 besitos 💋 Saldo: ${before! + 2}`);
  });
});

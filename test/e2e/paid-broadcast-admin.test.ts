// A paid broadcast from /admin: the draft says what it costs (up to 0.1 ⭐ a person) in the admin's language,
// sending asks for an explicit yes naming the Stars, backing out sends nothing, and once confirmed everyone
// receives it once, each message sent as paid.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const ADMIN_ES = 9_200_001;
const ADMIN_EN = 9_200_002;
const PEOPLE = 12;

describe('a paid broadcast from /admin', () => {
  let t: TestDiana;
  let es: TelegramClient;
  let en: TelegramClient;
  const people: TelegramClient[] = [];
  beforeAll(async () => {
    t = await startTestDiana({ env: { ADMIN_TELEGRAM_IDS: `${ADMIN_ES},${ADMIN_EN}` } });
    es = t.client({ id: ADMIN_ES, first_name: 'Lucía', language_code: 'es' });
    en = t.client({ id: ADMIN_EN, first_name: 'Lucy', language_code: 'en' });
    await es.send('/start');
    await en.send('/start');
    for (let i = 0; i < PEOPLE; i++) {
      const person = t.client({ id: uniqueUserId(), first_name: 'Ana', language_code: 'es' });
      await person.send('/start');
      people.push(person);
    }
  });
  afterAll(() => t?.stop());

  const compose = async (admin: TelegramClient, section: string, button: string, text: string) => {
    await admin.press(section, await admin.send('/admin'));
    await admin.press(button);
    return admin.send(text);
  };
  const received = (client: TelegramClient, text: string) =>
    client.botMessages().filter((m) => m.text === text).length;

  it('warns of the Stars it costs and sends only after an explicit yes (es)', async () => {
    const draft = await compose(es, 'Comunicados', 'Nuevo comunicado', 'Gran estreno esta noche');
    expect(draft.text).toContain('👥 Audiencia: 14 personas');
    expect(draft.text).not.toContain('0,1 ⭐');
    const paid = await es.press('Envío de pago: no', draft);
    const warning = es.text(paid.message);
    expect(warning).toContain('hasta a 1000 mensajes por segundo en lugar de 30');
    expect(warning).toContain('cobra 0,1 ⭐ del saldo de Estrellas del bot');
    expect(warning).toContain('Coste: hasta 2 ⭐ para 14 personas.');
    expect(es.buttons(paid.message)).toContain('⚡ Envío de pago: sí');

    // Sending asks first; backing out sends nothing.
    const asked = await es.press('Enviar ya', paid.message);
    expect(es.text(asked.message)).toContain('¿Enviar este comunicado como envío de pago?');
    expect(es.text(asked.message)).toContain('Telegram retirará hasta 2 ⭐ del saldo del bot.');
    expect(es.buttons(asked.message)).toEqual(['⚡ Sí, enviar pagando hasta 2 ⭐', '✖️ Cancelar']);
    const back = await es.press('Cancelar', asked.message);
    expect(es.text(back.message)).toContain('📝 Borrador');
    await t.diana.broadcasts.drain();
    expect(received(people[0]!, 'Gran estreno esta noche')).toBe(0);

    const paidBefore = t.emulator.paidMessages;
    await es.press('Enviar ya', back.message);
    const sent = await es.press('Sí, enviar pagando');
    expect(sent.answer.text).toBe('✅ Comunicado en marcha.');
    expect(es.text(sent.message)).toContain('⚡ Envío de pago (hasta 0,1 ⭐ por mensaje)');
    await t.diana.broadcasts.drain();
    for (const [i, person] of people.entries())
      expect(received(person, 'Gran estreno esta noche'), `person ${i}`).toBe(1);
    expect(t.emulator.paidMessages - paidBefore).toBe(PEOPLE + 2);
  });

  it('says the same in English, and a free broadcast asks nothing and pays nothing', async () => {
    const draft = await compose(en, 'Broadcasts', 'New broadcast', 'Live tonight');
    const paid = await en.press('Paid broadcast: off', draft);
    const warning = en.text(paid.message);
    expect(warning).toContain('at up to 1,000 messages a second instead of 30');
    expect(warning).toContain("takes 0.1 ⭐ from the bot's Stars balance");
    expect(warning).toContain('Cost: up to 2 ⭐ for 14 people.');
    const asked = await en.press('Send now', paid.message);
    expect(en.text(asked.message)).toContain("Telegram will withdraw up to 2 ⭐ from the bot's balance.");
    expect(en.buttons(asked.message)).toEqual(['⚡ Yes, send paying up to 2 ⭐', '✖️ Cancel']);
    const back = await en.press('Cancel', asked.message);

    // Turned off again, it goes at once, free.
    const free = await en.press('Paid broadcast: on', back.message);
    expect(en.text(free.message)).not.toContain('0.1 ⭐');
    const paidBefore = t.emulator.paidMessages;
    const sent = await en.press('Send now', free.message);
    expect(sent.answer.text).toBe('✅ Broadcast on its way.');
    await t.diana.broadcasts.drain();
    expect(received(people[0]!, 'Live tonight')).toBe(1);
    expect(t.emulator.paidMessages).toBe(paidBefore);
  });
});

// Broadcasts through Telegram: an admin composes one in /admin from a phone (text, a button, a segment with its
// audience size, a preview to themself), sends it, and follows its progress; it reaches exactly its segment,
// once each; a person who blocked the bot (403 from Telegram) is counted and skipped next time; a person who
// turned broadcasts off in ⚙️ Configuración is left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const ADMIN_ID = 9_100_001;

describe('broadcasts from /admin', () => {
  let t: TestDiana;
  let admin: TelegramClient;
  const people: TelegramClient[] = [];
  beforeAll(async () => {
    t = await startTestDiana({ env: { ADMIN_TELEGRAM_IDS: String(ADMIN_ID) } });
    admin = t.client({ id: ADMIN_ID, first_name: 'Lucía', language_code: 'es' });
    await admin.send('/start');
    for (const language_code of ['es', 'es', 'en', 'en', 'en']) {
      const person = t.client({ id: uniqueUserId(), first_name: 'Ana', language_code });
      await person.send('/start');
      people.push(person);
    }
  });
  afterAll(() => t?.stop());

  /** How many messages with exactly `text` the bot sent to a person. */
  const received = (client: TelegramClient, text: string) =>
    client.botMessages().filter((m) => m.text === text).length;

  const compose = async (text: string) => {
    await admin.press('Comunicados', await admin.send('/admin'));
    await admin.press('Nuevo comunicado');
    return admin.send(text);
  };

  it('composes, previews and sends to a segment: exactly that segment receives it, once each', async () => {
    const draft = await compose('Ha llegado el capítulo 2');
    expect(draft.text).toContain('📝 Borrador');
    expect(draft.text).toContain('👥 Audiencia: 6 personas');
    await admin.press('💋 Historia', draft);
    const english = await admin.press('Idioma: todos', draft);
    expect(admin.text(english.message)).toContain('idioma: es');
    expect(admin.text(english.message)).toContain('👥 Audiencia: 3 personas');
    // The preview reaches the admin alone, with the button in the admin's language.
    const before = received(admin, 'Ha llegado el capítulo 2');
    const preview = await admin.press('Vista previa');
    expect(preview.answer.text).toBe('Vista previa enviada.');
    expect(received(admin, 'Ha llegado el capítulo 2')).toBe(before + 1);
    expect(admin.buttons(admin.lastMessage())).toEqual(['💋 Continuar Historia']);

    const sent = await admin.press('Enviar ya', draft);
    expect(admin.text(sent.message)).toContain('📢 Comunicado');
    // A second tap on the same draft sends nothing again.
    const again = await admin.pressData(admin.button('Enviar ya', draft).data, draft.message_id);
    expect(again.answer.text).toBe('Este comunicado ya se ha enviado.');
    await t.diana.broadcasts.drain();

    for (const [i, person] of people.entries())
      expect(received(person, 'Ha llegado el capítulo 2'), `person ${i}`).toBe(i < 2 ? 1 : 0);
    expect(received(admin, 'Ha llegado el capítulo 2')).toBe(before + 2);
    const progress = await admin.press('Actualizar', sent.message);
    const text = admin.text(progress.message);
    expect(text).toContain('terminado');
    expect(text).toContain('✅ Enviados: 3');
    expect(text).toContain('⏳ Pendientes: 0');
    // The button opens the story for whoever taps it.
    const opened = await people[0]!.press('Continuar Historia', people[0]!.botMessages().at(-1));
    expect(opened.answer).toBeTruthy();
  });

  it('counts a person who blocked the bot and skips them next time; respects broadcasts turned off', async () => {
    const [, quiet, blocker, en1, en2] = people as [
      TelegramClient,
      TelegramClient,
      TelegramClient,
      TelegramClient,
      TelegramClient,
    ];
    t.emulator.blockBot(blocker.id);
    // Someone turns broadcasts off in ⚙️ Configuración.
    const settings = await quiet.send('/diana');
    const screen = await quiet.press('Configuración', settings);
    const off = await quiet.press('Comunicados: activados', screen.message);
    expect(off.answer.text).toContain('No recibirá más comunicados');

    const first = await compose('Oferta VIP de fin de semana');
    expect(first.text).toContain('👥 Audiencia: 5 personas');
    await admin.press('Enviar ya', first);
    await t.diana.broadcasts.drain();
    const progress = admin.text((await admin.press('Actualizar', admin.lastMenu())).message);
    expect(progress).toContain('✅ Enviados: 4');
    expect(progress).toContain('🚫 Bloqueados: 1');
    expect(received(blocker, 'Oferta VIP de fin de semana')).toBe(0);
    expect(received(quiet, 'Oferta VIP de fin de semana')).toBe(0);
    for (const p of [en1, en2, people[0]!]) expect(received(p, 'Oferta VIP de fin de semana')).toBe(1);

    const next = await compose('Directo esta noche');
    expect(next.text).toContain('👥 Audiencia: 4 personas');
    await admin.press('Enviar ya', next);
    await t.diana.broadcasts.drain();
    const after = admin.text((await admin.press('Actualizar', admin.lastMenu())).message);
    expect(after).toContain('✅ Enviados: 4');
    expect(after).toContain('🚫 Bloqueados: 0');
    expect(t.emulator.history(blocker.id).filter((m) => m.text === 'Directo esta noche')).toHaveLength(0);
  });

  it('composes a broadcast with a photo sent while composing: the text is its caption, for the preview and everyone', async () => {
    await admin.press('Comunicados', await admin.send('/admin'));
    await admin.press('Nuevo comunicado');
    const tooLong = admin.nextBotMessage();
    t.emulator.sendMedia(admin.id, 'photo', { url: 'AgACjardin', caption: 'x'.repeat(1025) });
    expect((await tooLong).text).toContain('entre 1 y 1024 caracteres');

    const drafted = admin.nextBotMessage();
    t.emulator.sendMedia(admin.id, 'photo', { url: 'AgACjardin', caption: 'Esta noche, en el jardín' });
    const draft = await drafted;
    expect(draft.text).toContain('🖼 Con foto');
    expect(draft.text).toContain('Esta noche, en el jardín');
    const preview = await admin.press('Vista previa', draft);
    expect(preview.answer.text).toBe('Vista previa enviada.');
    const shown = admin.botMessages().at(-1)!;
    expect(shown.caption).toBe('Esta noche, en el jardín');
    expect(shown.photo?.at(-1)?.file_id).toBe('AgACjardin');

    await admin.press('Enviar ya', draft);
    await t.diana.broadcasts.drain();
    const received = people[0]!.botMessages().filter((m) => m.caption === 'Esta noche, en el jardín');
    expect(received).toHaveLength(1);
    expect(received[0]!.photo?.at(-1)?.file_id).toBe('AgACjardin');
  });

  it('refuses an empty text and a bad condition with a clear message, changing nothing', async () => {
    await admin.press('Comunicados', await admin.send('/admin'));
    await admin.press('Nuevo comunicado');
    expect((await admin.send('   ')).text).toContain('El texto está vacío');
    const draft = await admin.send('Texto válido');
    await admin.press('Nodo', draft);
    expect((await admin.send('c1 n2; DROP')).text).toContain('no es un id válido');
    const withNode = await admin.send('c1_n1');
    expect(withNode.text).toContain('llegó a «c1_n1»');
  });
});

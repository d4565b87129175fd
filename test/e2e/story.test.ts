// A visitor plays the story from 💋 Continuar Historia, in Spanish and in English: each fragment edits the
// same message, each step shows the besitos earned, and the balance grows by exactly the pack's values.
// Forged, stale, replayed and other users' buttons are answered politely and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSetting } from '../../src/adapters/db/repositories/settings.ts';
import { findSave } from '../../src/adapters/db/repositories/story.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { CallbackCodec } from '../../src/adapters/telegram/callback-codec.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

describe.each(DATABASE_KINDS)('the story in Telegram (%s database)', (kind) => {
  let t: TestDiana;
  beforeAll(async () => {
    t = await startTestDiana({ kind });
  });
  afterAll(() => t?.stop());

  const { fragment, decision, welcome } = { fragment: 10, decision: 5, welcome: 20 };
  const balanceOf = async (id: number) => (await findUser(t.diana.app.db, id))?.balance;
  const eventsOf = async (id: number, type: string) =>
    t.diana.app.db
      .selectFrom('events')
      .select('payload')
      .where('user_id', '=', id)
      .where('type', '=', type)
      .execute();

  async function openStory(client: TelegramClient, continueLabel: string) {
    await client.send('/start');
    const menu = await client.send('/diana');
    return (await client.press(continueLabel, menu)).message!;
  }

  it('plays five decisions in Spanish, editing one message and paying the pack values', async () => {
    const ana = t.client({ id: uniqueUserId(), language_code: 'es' });
    expect(t.diana.app.pack.economy.rewards).toMatchObject({ fragment, decision, welcome });
    let screen = await openStory(ana, 'Continuar Historia');
    expect(screen.text).toContain('📖 Capítulo 1 · El umbral');
    expect(screen.text).toContain('La casa aparece');
    expect(ana.buttons(screen)).toEqual(['Cruzar el umbral', '⬅️ Volver']);

    const path = [
      'Cruzar el umbral',
      'Seguir a Lucien',
      'Confesar que vine',
      'Aceptar la copa',
      'Aceptar su juego',
    ];
    const seen = new Set([screen.text]);
    for (const [i, label] of path.entries()) {
      const { message, answer } = await ana.press(label, screen);
      expect(message?.message_id).toBe(screen.message_id);
      expect(answer.text).toBe(`✨ +${fragment + decision} besitos`);
      expect(message?.text).toContain(
        `✨ +${fragment + decision} besitos · Saldo: ${welcome + (i + 1) * 15}`,
      );
      seen.add(message!.text!);
      screen = message!;
    }
    expect(seen.size).toBe(6);
    expect(screen.text).toContain('Capítulo 2 · Dos caminos');
    expect(screen.text).toContain('💋 Diana');
    expect(await balanceOf(ana.id)).toBe(welcome + path.length * (fragment + decision));
    expect(await eventsOf(ana.id, 'FragmentCompleted')).toHaveLength(5);
    expect(await eventsOf(ana.id, 'DecisionMade')).toHaveLength(5);
    expect((await eventsOf(ana.id, 'ChapterCompleted')).map((e) => e.payload)).toEqual([{ chapter: 'c1' }]);

    // Back to the menu and in again: the story resumes at the same fragment, nothing more is paid.
    const menu = await ana.press('⬅️ Volver', screen);
    expect(menu.message?.text).toContain(`💋 ${welcome + 75} besitos`);
    const again = await ana.press('Continuar Historia', menu.message);
    expect(again.message?.text).toContain('Mi biblioteca');
    expect(await balanceOf(ana.id)).toBe(welcome + 75);
  });

  it('plays five decisions in English, with the same rewards', async () => {
    const john = t.client({ id: uniqueUserId(), first_name: 'John', language_code: 'en' });
    let screen = await openStory(john, 'Continue Story');
    expect(screen.text).toContain('📖 Chapter 1 · The Threshold');
    const path = [
      'Cross the threshold',
      'Follow Lucien',
      'Pretend I got lost',
      'Accept the glass',
      'Ask her to speak',
    ];
    for (const label of path) screen = (await john.press(label, screen)).message!;
    expect(screen.text).toContain('This is my garden');
    expect(screen.text).toContain(`Balance: ${welcome + 75}`);
    expect(await balanceOf(john.id)).toBe(welcome + 75);
    // The gate needs the shop's key: shown locked, with the reason.
    expect(john.buttons(screen)).toContain('🔒 🗝️ Key to the secret garden · Open the gate with the key');
    const locked = await john.press('🔒', screen);
    expect(locked.answer.text).toContain('You can find it in the shop');
    expect(await balanceOf(john.id)).toBe(welcome + 75);
    // ...and the way to the shop, one tap away.
    expect(john.buttons(locked.message)).toContain('🛍️ Shop');
    const shop = await john.press('🛍️ Shop', locked.message);
    expect(shop.message?.text).toContain('🛍️ The house shop');
  });

  it('a VIP chapter’s locked door answers with the way to 💎 VIP', async () => {
    const ana = t.client({ id: uniqueUserId(), language_code: 'es' });
    let screen = await openStory(ana, 'Continuar Historia');
    const open = (label: string) => label !== '⬅️ Volver' && !/^(🔒|↺|📖)/u.test(label);
    for (let taps = 0; taps < 30 && !ana.buttons(screen).some((b) => b.startsWith('🔒 VIP')); taps++) {
      screen = (await ana.press(ana.buttons(screen).find(open)!, screen)).message!;
    }
    const locked = await ana.press('🔒 VIP', screen);
    expect(locked.answer.text).toContain('solo se abre para los invitados VIP');
    expect(ana.buttons(locked.message)).toEqual(expect.arrayContaining(['💎 VIP', '⬅️ Volver']));
    const vip = await ana.press('💎 VIP', locked.message);
    expect(vip.message?.text).toContain('Aún no es usted del círculo VIP');
  });

  it('📖 Diario lists what was read and reads it again without paying again, in Spanish and English', async () => {
    for (const [lang, labels] of [
      [
        'es',
        { story: 'Continuar Historia', diary: '📖 Diario', back: '⬅️ Diario', first: 'Cruzar el umbral' },
      ],
      ['en', { story: 'Continue Story', diary: '📖 Diary', back: '⬅️ Diary', first: 'Cross the threshold' }],
    ] as const) {
      const ana = t.client({ id: uniqueUserId(), language_code: lang });
      let screen = await openStory(ana, labels.story);
      expect(ana.buttons(screen)).not.toContain(labels.diary);
      for (const label of [labels.first, lang === 'es' ? 'Seguir a Lucien' : 'Follow Lucien'])
        screen = (await ana.press(label, screen)).message!;
      const balance = await balanceOf(ana.id);
      const save = await findSave(t.diana.app.db, ana.id);
      const list = await ana.press(labels.diary, screen);
      expect(list.message?.text).toContain(lang === 'es' ? '2 fragmentos leídos' : '2 fragments read');
      const entries = ana.buttons(list.message).filter((b) => /^\d+\. /.test(b));
      expect(entries).toHaveLength(2);
      expect(entries[0]).toMatch(lang === 'es' ? /^1\. La casa aparece/ : /^1\. /);
      const reread = await ana.press(entries[0]!, list.message);
      expect(reread.message?.text).toContain(lang === 'es' ? '📖 Diario · ' : '📖 Diary · ');
      expect(reread.message?.text).toContain(lang === 'es' ? 'La casa aparece' : '');
      // Reading again pays nothing and leaves the story where it was.
      expect(await balanceOf(ana.id)).toBe(balance);
      expect(await findSave(t.diana.app.db, ana.id)).toEqual(save);
      const back = await ana.press(labels.back, reread.message);
      expect(ana.buttons(back.message)).toEqual(expect.arrayContaining(entries));
      // A fragment not yet read cannot be opened from a forged button.
      const secret = await getSetting(t.diana.app.db, 'callback_secret');
      const unread = new CallbackCodec(secret!).encode(ana.id, 'dr', ['c4_fuego', 0]);
      const refused = await ana.pressData(unread, back.message!.message_id);
      expect(refused.answer.text).toBe(t.diana.app.pack.locales.translate(lang, 'button-unknown'));
      expect(await balanceOf(ana.id)).toBe(balance);
    }
  });

  it('answers forged, stale, replayed and foreign buttons politely and changes nothing', async () => {
    const ana = t.client({ id: uniqueUserId() });
    const eve = t.client({ id: uniqueUserId() });
    const first = await openStory(ana, 'Continuar Historia');
    await eve.send('/start');
    const cross = ana.button('Cruzar el umbral', first).data;
    const moved = (await ana.press('Cruzar el umbral', first)).message!;
    const before = { balance: await balanceOf(ana.id), save: await findSave(t.diana.app.db, ana.id) };
    const unchanged = async () => {
      expect(await balanceOf(ana.id)).toBe(before.balance);
      expect(await findSave(t.diana.app.db, ana.id)).toEqual(before.save);
    };

    // Replayed: the same token again, on the same message.
    const replay = await ana.pressData(cross, first.message_id);
    expect(replay.answer.text).toContain('página anterior de la historia');
    expect(replay.message?.text).toContain('Le esperábamos');
    await unchanged();

    // Stale: a button of an older screen (a second story message opened before the first moved on).
    const menu = await ana.send('/diana');
    const older = (await ana.press('Continuar Historia', menu)).message!;
    await ana.press('Seguir a Lucien', older);
    before.balance = await balanceOf(ana.id);
    before.save = await findSave(t.diana.app.db, ana.id);
    const stale = await ana.pressData(ana.button('Seguir a Lucien', moved).data, moved.message_id);
    expect(stale.answer.text).toContain('página anterior de la historia');
    await unchanged();

    // Forged: a token this deployment never signed.
    const forged = await ana.pressData(
      `st:${before.save!.revision}:c1_salon:verdad~AAAAAAAAAAA`,
      older.message_id,
    );
    expect(forged.answer.text).toContain('ya no abre ninguna puerta');
    await unchanged();

    // Another user's token.
    const current = ana.lastMenu();
    const stolen = await eve.pressData(
      ana.button('Confesar', current).data,
      (await eve.send('/diana')).message_id,
    );
    expect(stolen.answer.text).toContain('ya no abre ninguna puerta');
    expect(await findSave(t.diana.app.db, eve.id)).toBeUndefined();
    await unchanged();
  });

  it('applies a double tap once', async () => {
    const ana = t.client({ id: uniqueUserId() });
    const screen = await openStory(ana, 'Continuar Historia');
    const { data } = ana.button('Cruzar el umbral', screen);
    const answers = await Promise.all([
      ana.pressData(data, screen.message_id),
      ana.pressData(data, screen.message_id),
      ana.pressData(data, screen.message_id),
    ]);
    expect(answers.filter((a) => a.answer.text?.includes('+15')).length).toBe(1);
    expect(await balanceOf(ana.id)).toBe(welcome + 15);
    expect((await findSave(t.diana.app.db, ana.id))?.revision).toBe(1);
  });
});

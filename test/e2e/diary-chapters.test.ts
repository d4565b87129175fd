// 📖 Diario › 🔖 Capítulos, in Spanish and English: a person jumps back to the start of a chapter they read
// into, and a new VIP to the VIP chapters; the jump pays nothing again, keeps the record of the save, and a
// locked, stale or forged jump answers politely and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transact } from '../../src/adapters/db/repositories/events.ts';
import { getSetting } from '../../src/adapters/db/repositories/settings.ts';
import { findSave } from '../../src/adapters/db/repositories/story.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { CallbackCodec } from '../../src/adapters/telegram/callback-codec.ts';
import { grantVip } from '../../src/app/vip/grants.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';

const LABELS = {
  es: {
    story: 'Continuar Historia',
    diary: '📖 Diario',
    chapters: '🔖 Capítulos',
    path: ['Cruzar el umbral', 'Seguir a Lucien', 'Confesar que vine', 'Aceptar la copa', 'Aceptar su juego'],
    c1: '↪️ Capítulo 1 · El umbral',
    c2: '↪️ Capítulo 2 · Dos caminos',
    c4Locked: '🔒 VIP · Capítulo 4 · El cuarto de terciopelo',
    c4: '↪️ Capítulo 4 · El cuarto de terciopelo',
    c3: 'Capítulo 3',
    lockedVip: 'solo se abre para los invitados VIP',
    stale: 'pertenece a una página anterior',
  },
  en: {
    story: 'Continue Story',
    diary: '📖 Diary',
    chapters: '🔖 Chapters',
    path: ['Cross the threshold', 'Follow Lucien', 'Confess I came', 'Accept the glass', 'Play her game'],
    c1: '↪️ Chapter 1 · The Threshold',
    c2: '↪️ Chapter 2 · Two Paths',
    c4Locked: '🔒 VIP · Chapter 4 · The Velvet Room',
    c4: '↪️ Chapter 4 · The Velvet Room',
    c3: 'Chapter 3',
    lockedVip: 'opens only for VIP guests',
    stale: 'belongs to an earlier page',
  },
} as const;

describe.each(DATABASE_KINDS)('jumping to a chapter from the 📖 Diario (%s database)', (kind) => {
  let t: TestDiana;
  beforeAll(async () => {
    t = await startTestDiana({ kind });
  });
  afterAll(() => t?.stop());

  const balanceOf = async (id: number) => (await findUser(t.diana.app.db, id))?.balance;
  const countEvents = async (id: number, type: string) =>
    (
      await t.diana.app.db
        .selectFrom('events')
        .select('id')
        .where('user_id', '=', id)
        .where('type', '=', type)
        .execute()
    ).length;

  it.each(['es', 'en'] as const)(
    'reads into a chapter, jumps back, pays nothing again (%s)',
    async (lang) => {
      const l = LABELS[lang];
      const ana = t.client({ id: uniqueUserId(), language_code: lang });
      await ana.send('/start');
      let screen = (await ana.press(l.story, await ana.send('/diana'))).message!;
      for (const label of l.path) screen = (await ana.press(label, screen)).message!;
      const diary = (await ana.press(l.diary, screen)).message!;
      const chapters = (await ana.press(l.chapters, diary)).message!;
      // Read into: chapters 1 and 2; the VIP chapters show locked; chapters not reached yet are not offered.
      const offered = ana.buttons(chapters);
      expect(offered).toEqual(expect.arrayContaining([l.c1, l.c2, l.c4Locked]));
      expect(offered.some((b) => b.includes(l.c3))).toBe(false);

      const before = {
        balance: await balanceOf(ana.id),
        save: (await findSave(t.diana.app.db, ana.id))!,
        fragments: await countEvents(ana.id, 'FragmentCompleted'),
        decisions: await countEvents(ana.id, 'DecisionMade'),
      };
      // A locked chapter answers as a locked choice does: Lucien's note and the way to 💎 VIP.
      const locked = await ana.press(l.c4Locked, chapters);
      expect(locked.answer.text).toContain(l.lockedVip);
      expect(ana.buttons(locked.message)).toContain('💎 VIP');
      expect(await findSave(t.diana.app.db, ana.id)).toEqual(before.save);

      const stale = ana.button(l.c1, chapters).data;
      const jumped = await ana.pressData(stale, chapters.message_id);
      expect(jumped.message?.text).toContain(l.c1.slice(3));
      expect(jumped.message?.text).toContain(lang === 'es' ? 'La casa aparece' : 'The house appears');
      const save = (await findSave(t.diana.app.db, ana.id))!;
      expect(save).toMatchObject({
        node: 'c1_puerta',
        chapter: 'c1',
        revision: before.save.revision + 1,
        runs: before.save.runs + 1,
        visited: before.save.visited,
        taken: before.save.taken,
        chapters: ['c1'],
      });
      // The same button again is stale: nothing moves.
      const replay = await ana.pressData(stale, chapters.message_id);
      expect(replay.answer.text).toContain(l.stale);
      expect(await findSave(t.diana.app.db, ana.id)).toEqual(save);

      // Playing the chapter again pays nothing: every fragment and decision was paid the first time.
      screen = jumped.message!;
      for (const label of l.path) screen = (await ana.press(label, screen)).message!;
      expect(screen.text).toContain(l.c2.slice(3));
      expect(await balanceOf(ana.id)).toBe(before.balance);
      expect(await countEvents(ana.id, 'FragmentCompleted')).toBe(before.fragments);
      expect(await countEvents(ana.id, 'DecisionMade')).toBe(before.decisions);
      expect(await countEvents(ana.id, 'ChapterCompleted')).toBe(1);
    },
  );

  it.each(['es', 'en'] as const)('a new VIP jumps to a VIP chapter at once (%s)', async (lang) => {
    const l = LABELS[lang];
    const sara = t.client({ id: uniqueUserId(), language_code: lang });
    await sara.send('/start');
    let screen = (await sara.press(l.story, await sara.send('/diana'))).message!;
    screen = (await sara.press(l.path[0], screen)).message!;
    await transact(t.diana.app.db, (tx) =>
      grantVip(tx, t.diana.app, {
        userId: sara.id,
        planId: null,
        days: 30,
        source: 'admin',
        ref: `admin:1:${sara.id}`,
      }),
    );
    const chapters = (await sara.press(l.chapters, (await sara.press(l.diary, screen)).message)).message!;
    expect(sara.buttons(chapters)).toEqual(expect.arrayContaining([l.c1, l.c4]));
    const balance = await balanceOf(sara.id);
    const velvet = await sara.press(l.c4, chapters);
    expect(velvet.message?.text).toContain(l.c4.slice(3));
    expect((await findSave(t.diana.app.db, sara.id))?.node).toBe('c4_terciopelo');
    expect(await balanceOf(sara.id)).toBe(balance);
    // Two taps of one jump at once (a double tap, or Telegram delivering twice) apply once.
    const again = await sara.press(l.chapters, (await sara.press(l.diary, velvet.message)).message);
    const jump = sara.button(l.c1, again.message).data;
    const runs = (await findSave(t.diana.app.db, sara.id))!.runs;
    await Promise.all([
      sara.pressData(jump, again.message!.message_id),
      sara.pressData(jump, again.message!.message_id),
    ]);
    expect(await findSave(t.diana.app.db, sara.id)).toMatchObject({ node: 'c1_puerta', runs: runs + 1 });
    expect(await balanceOf(sara.id)).toBe(balance);
    // A forged jump to a chapter never reached (a free one) is refused and changes nothing.
    const save = await findSave(t.diana.app.db, sara.id);
    const secret = await getSetting(t.diana.app.db, 'callback_secret');
    const forged = new CallbackCodec(secret!).encode(sara.id, 'sj', [save!.revision, 'c5']);
    await sara.pressData(forged, velvet.message!.message_id);
    expect(await findSave(t.diana.app.db, sara.id)).toEqual(save);
  });
});

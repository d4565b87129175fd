// A story experiment through Telegram: the first node has a variant "b" with its own text and its own choice.
// Two people land in different variants, each always the same one (a stable hash of node and person); each
// one's exposure is recorded once however often they see the node; each plays their own variant's choice, and
// the figures per variant count who went on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variantFigures } from '../../src/adapters/db/repositories/experiments.ts';
import { findSave } from '../../src/adapters/db/repositories/story.ts';
import { chooseInStory } from '../../src/app/story.ts';
import { variantOf } from '../../src/domain/story/variants.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { EXPERIMENT_TEXTS, experimentPack } from '../support/experiment-pack.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const ADMIN_ID = 9_400_001;

describe.each(DATABASE_KINDS)('story experiments (%s database)', (kind) => {
  let t: TestDiana;
  beforeAll(async () => {
    t = await startTestDiana({
      kind,
      env: { CONTENT_DIR: experimentPack(), ADMIN_TELEGRAM_IDS: String(ADMIN_ID) },
    });
  });
  afterAll(() => t?.stop());

  const exposures = (userId: number) =>
    t.diana.app.db.selectFrom('story_exposures').selectAll().where('user_id', '=', userId).execute();
  const exposureEvents = (userId: number) =>
    t.diana.app.db
      .selectFrom('events')
      .select('payload')
      .where('user_id', '=', userId)
      .where('type', '=', 'StoryVariantExposed')
      .execute();

  /** Two new people in different arms of the experiment on c1_puerta. */
  function twoArms(): { a: number; b: number } {
    const node = t.diana.app.pack.story.nodes.get('c1_puerta')!;
    const ids = Array.from({ length: 40 }, () => uniqueUserId());
    const a = ids.find((id) => variantOf(node, id) === 'a');
    const b = ids.find((id) => variantOf(node, id) === 'b');
    if (a === undefined || b === undefined) throw new Error('40 people and no two arms');
    return { a, b };
  }

  async function openStory(client: TelegramClient) {
    await client.send('/start');
    const menu = await client.send('/diana');
    return (await client.press('Continuar Historia', menu)).message!;
  }

  it('shows two people their own variants, the same each time, and records each exposure once', async () => {
    const { a, b } = twoArms();
    const ana = t.client({ id: a, language_code: 'es' });
    const bea = t.client({ id: b, language_code: 'es' });

    const control = await openStory(ana);
    expect(control.text).toContain('La casa aparece');
    expect(ana.buttons(control)).toEqual(['Cruzar el umbral', '⬅️ Volver']);
    const variant = await openStory(bea);
    expect(variant.text).toContain(EXPERIMENT_TEXTS.es.text);
    expect(variant.text).not.toContain('La casa aparece');
    expect(bea.buttons(variant)).toEqual([EXPERIMENT_TEXTS.es.choice, '⬅️ Volver']);

    // Seen again: the same variant, no second exposure.
    const again = await bea.press('⬅️ Volver', variant);
    expect((await bea.press('Continuar Historia', again.message)).message?.text).toContain(
      EXPERIMENT_TEXTS.es.text,
    );
    expect(await exposures(a)).toEqual([expect.objectContaining({ node_id: 'c1_puerta', variant: 'a' })]);
    expect(await exposures(b)).toEqual([expect.objectContaining({ node_id: 'c1_puerta', variant: 'b' })]);
    expect((await exposureEvents(a)).map((e) => e.payload)).toEqual([
      { node: 'c1_puerta', chapter: 'c1', variant: 'a' },
    ]);
    expect((await exposureEvents(b)).map((e) => e.payload)).toEqual([
      { node: 'c1_puerta', chapter: 'c1', variant: 'b' },
    ]);

    // Each goes on by their own variant's choice.
    const beaScreen = bea.lastMenu();
    const beaOn = await bea.press(EXPERIMENT_TEXTS.es.choice, beaScreen);
    expect(beaOn.message?.text).toContain('🎩 Lucien');
    const anaOn = await ana.press('Cruzar el umbral', control);
    expect(anaOn.message?.text).toContain('🎩 Lucien');

    const figures = await variantFigures(t.diana.app.db);
    const arm = (v: string) => figures.find((f) => f.node === 'c1_puerta' && f.variant === v);
    expect(arm('a')?.exposed).toBeGreaterThanOrEqual(1);
    expect(arm('a')?.converted).toBeGreaterThanOrEqual(1);
    expect(arm('b')?.converted).toBeGreaterThanOrEqual(1);
    // Admins read the same figures in 📊 Economía.
    const admin = t.client({ id: ADMIN_ID, first_name: 'Lucía' });
    await admin.send('/start');
    const stats = await admin.press('Economía', await admin.send('/admin'));
    expect(admin.text(stats.message)).toContain('🧪 Experimentos de la historia (vieron / siguieron):');
    expect(admin.text(stats.message)).toMatch(
      new RegExp(`c1_puerta · b: ${arm('b')!.exposed} / ${arm('b')!.converted} \\(\\d+ %\\)`),
    );
  });

  it("refuses the other variant's choice, changing nothing, in English too", async () => {
    const { b } = twoArms();
    const bea = t.client({ id: b, language_code: 'en' });
    await bea.send('/start');
    const screen = (await bea.press('Continue Story', await bea.send('/diana'))).message!;
    expect(screen.text).toContain(EXPERIMENT_TEXTS.en.text);
    expect(bea.buttons(screen)).toEqual([EXPERIMENT_TEXTS.en.choice, '⬅️ Back']);
    // The control's choice, asked for by someone in variant b (a button they were never given).
    const save = await findSave(t.diana.app.db, b);
    const outcome = await chooseInStory(t.diana.app, b, {
      revision: save!.revision,
      node: 'c1_puerta',
      choice: 'entrar',
    });
    expect(outcome.kind).toBe('stale');
    expect((await findSave(t.diana.app.db, b))?.node).toBe('c1_puerta');
    const decisions = await t.diana.app.db
      .selectFrom('events')
      .select('type')
      .where('user_id', '=', b)
      .where('type', '=', 'DecisionMade')
      .execute();
    expect(decisions).toHaveLength(0);
  });
});

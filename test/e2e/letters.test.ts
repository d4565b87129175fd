// 💌 The scented letter gets the reply it promises: bought in the shop and used from the backpack, it brings
// Diana's letter some hours later (a durable job, the wait from items.yaml), once — also when the job's write
// fails half-way and it runs again, and when a finished job is run a second time.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterKey } from '../../src/app/economy/letters.ts';
import { award } from '../../src/app/ledger.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { failNextWrites } from '../support/faults.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const MINUTE = 60_000;
const LETTER = 'He leído tu carta dos veces';

describe.each(DATABASE_KINDS)('Diana answers the scented letter (%s database)', (kind) => {
  let t: TestDiana;
  const clock = new ManualClock('2026-01-15T18:00:00Z');

  beforeAll(async () => {
    t = await startTestDiana({ kind, clock });
  });
  afterAll(() => t?.stop());

  const wait = () => t.diana.app.pack.items.get('carta_perfumada')!.reply!.after_minutes * MINUTE;
  const letters = (ana: TelegramClient) => ana.botMessages().filter((m) => m.text?.includes(LETTER));

  /** A visitor who buys a scented letter and leaves it on Diana's desk. */
  async function sendsALetter(): Promise<TelegramClient> {
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    await ana.send('/diana');
    await t.diana.app.db.transaction().execute((tx) =>
      award(tx, t.diana.app.pack, clock.now(), {
        userId: ana.id,
        base: 60,
        reason: 'mission',
        key: `m:${ana.id}`,
      }),
    );
    await ana.press('Mis Besitos');
    await ana.press('Tienda');
    await ana.press('Carta perfumada');
    await ana.press('Comprar por 40');
    await ana.press('Mis Besitos');
    const bag = await ana.press('Mochila');
    const used = await ana.press('Usar', bag.message);
    expect(ana.text(used.message)).toContain('le traeré su respuesta en cuanto llegue');
    return ana;
  }

  it('brings her letter after the wait, once', async () => {
    const ana = await sendsALetter();
    await t.settle();
    clock.advance(wait() - MINUTE);
    await t.settle();
    expect(letters(ana)).toEqual([]);

    clock.advance(MINUTE);
    const next = ana.nextBotMessage();
    await t.settle();
    const letter = await next;
    expect(letter.text).toContain('🎩 La señorita ha dejado esto en la bandeja de plata');
    expect(letter.text).toContain(LETTER);
    expect(letter.text).toMatch(/— D\.$/);

    // Later, and with the finished job run again (as after a lease that ran out): still one letter.
    clock.advance(24 * 60 * MINUTE);
    await t.settle();
    await sql`UPDATE jobs SET status = 'pending', run_at = ${clock.now()} WHERE key = ${letterKey(ana.id, 'carta_perfumada', 0)}`.execute(
      t.diana.app.db,
    );
    await t.settle();
    expect(letters(ana)).toHaveLength(1);
  });

  it('delivers it once when the job fails half-way and runs again', async () => {
    const ana = await sendsALetter();
    clock.advance(wait());
    await failNextWrites(t.diana.app.db, 'side_effects', 1);
    await t.settle();
    expect(letters(ana)).toEqual([]);
    const job = await t.diana.app.db
      .selectFrom('jobs')
      .select(['status', 'attempts', 'last_error'])
      .where('key', '=', letterKey(ana.id, 'carta_perfumada', 0))
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'pending', attempts: 1 });
    expect(job.last_error).toContain('injected fault');

    clock.advance(MINUTE);
    await t.settle();
    clock.advance(MINUTE);
    await t.settle();
    expect(letters(ana)).toHaveLength(1);
  });

  it('answers in English to an English visitor, and the story keeps its own letter', async () => {
    const { items } = t.diana.app.pack;
    expect(items.get('carta_jardin')).toMatchObject({ price: 0, kind: 'story_key' });
    expect(items.get('carta_jardin')?.reply).toBeUndefined();
    const grants = [...t.diana.app.pack.story.nodes.values()].flatMap((n) =>
      n.choices.map((c) => c.effects.grant).filter(Boolean),
    );
    expect(grants).toContain('carta_jardin');
    expect(grants).not.toContain('carta_perfumada');
    const en = t.diana.app.pack.locales.translate('en', 'item-carta_perfumada-reply');
    expect(en).toContain('I read your letter twice');
  });
});

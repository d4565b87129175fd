// Analytics in /admin through Telegram, in Spanish and English: 📊 › 📈 shows the week at a glance from the
// rollup, and an admin who turns the daily summary on gets one message from Lucien at 9:00 of their day (the
// deployment's zone here), once, however often the job runs; turned off, no more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollUpEvents } from '../../src/app/analytics/rollup.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const ES_ADMIN = 9_000_021;
const EN_ADMIN = 9_000_022;

describe('analytics in /admin', () => {
  // 8:00 in Mexico City (TZ_DEFAULT): the day's summary is due at 9:00.
  const clock = new ManualClock('2026-03-02T14:00:00Z');
  let t: TestDiana;
  let es: TelegramClient;
  let en: TelegramClient;
  beforeAll(async () => {
    t = await startTestDiana({ env: { ADMIN_TELEGRAM_IDS: `${ES_ADMIN},${EN_ADMIN}` }, clock });
    es = t.client({ id: ES_ADMIN, first_name: 'Lucía' });
    en = t.client({ id: EN_ADMIN, first_name: 'Lucy', language_code: 'en' });
    await es.send('/start');
    await en.send('/start');
    await t.client({ id: uniqueUserId(), first_name: 'Ana' }).send('/start');
    await t.settle();
    await rollUpEvents(t.diana.app);
  });
  afterAll(() => t?.stop());

  const summaries = (admin: TelegramClient, intro: string) =>
    admin.botMessages().filter((m) => admin.text(m).startsWith(intro));

  it('shows the week at a glance in each admin’s language', async () => {
    await es.press('Economía', await es.send('/admin'));
    const screen = (await es.press('Analítica')).message;
    const text = es.text(screen);
    expect(text).toContain('📈 Analítica · 2026-02-24 → 2026-03-02');
    expect(text).toMatch(/Embudo de quienes llegaron: \/start \d+ → fragmento \d+/);
    expect(text).toContain('🔕 Resumen diario: no lo recibe.');
    expect(es.buttons(screen)).toContain('🔔 Recibir el resumen diario');

    await en.press('Economy', await en.send('/admin'));
    const english = en.text((await en.press('Analytics')).message);
    expect(english).toContain('📈 Analytics · 2026-02-24 → 2026-03-02');
    expect(english).toContain('Where people stop:');
  });

  it('sends the daily summary once per day to those who asked, and stops when asked', async () => {
    const screen = (await es.press('Recibir el resumen diario')).message;
    expect(es.text(screen)).toContain('🔔 Resumen diario: usted lo recibe cada mañana a las 9:00.');
    await en.press('Economy', await en.send('/admin'));
    await en.press('Analytics');
    await en.press('Receive the daily summary');

    await t.settle();
    expect(summaries(es, 'Buenos días.')).toHaveLength(0);
    clock.set(new Date('2026-03-02T15:00:05Z'));
    await t.settle();
    const [summary] = summaries(es, 'Buenos días.');
    expect(es.text(summary)).toContain('📈 Analítica · 2026-02-23 → 2026-03-01');
    expect(summaries(en, 'Good morning.')).toHaveLength(1);

    // Off and on again the same morning: today's is sent already, so nothing more until tomorrow.
    await es.press('Dejar de recibir el resumen');
    await es.press('Recibir el resumen diario');
    clock.set(new Date('2026-03-02T20:00:00Z'));
    await t.settle();
    expect(summaries(es, 'Buenos días.')).toHaveLength(1);
    clock.set(new Date('2026-03-03T15:00:05Z'));
    await t.settle();
    expect(summaries(es, 'Buenos días.')).toHaveLength(2);
    expect(summaries(en, 'Good morning.')).toHaveLength(2);

    // The English admin turned it off: no summary the next day.
    await en.press('Stop the daily summary');
    clock.set(new Date('2026-03-04T15:00:05Z'));
    await t.settle();
    expect(summaries(en, 'Good morning.')).toHaveLength(2);
  });
});

// Analytics through Telegram: three people play different paths (one only starts, two walk the first chapter
// and choose differently at the first decision); once the rollup job has run, the funnel, the reach per node,
// the choice split and where people stopped are exactly right, from the use-cases and through the API. And
// coming back counts whatever one does: a person who only opens the menu on a later day is active that day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/app/access/api-keys.ts';
import { activityAnalytics, funnel, retention, storyAnalytics } from '../../src/app/analytics/analytics.ts';
import { rollUpEvents } from '../../src/app/analytics/rollup.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';

describe.each(DATABASE_KINDS)('analytics (%s)', (kind) => {
  let t: TestDiana;
  beforeAll(async () => {
    t = await startTestDiana({ kind });
  });
  afterAll(() => t?.stop());

  const play = async (choice?: string) => {
    const person = t.client({ id: uniqueUserId(), first_name: 'Ana', language_code: 'es' });
    await person.send('/start');
    if (!choice) return;
    await person.send('/diana');
    for (const label of ['Continuar Historia', 'Cruzar el umbral', 'Seguir a Lucien', choice])
      await person.press(label);
  };

  it('three paths give exactly the funnel, node reach and choice split', { timeout: 60_000 }, async () => {
    await play();
    await play('Confesar que vine por curiosidad');
    await play('Fingir que me perdí');
    await t.settle();
    await rollUpEvents(t.diana.app);

    const expected = [
      { step: 'started', people: 3, conversion: 1 },
      { step: 'firstFragment', people: 2, conversion: 0.667 },
      { step: 'firstDecision', people: 2, conversion: 1 },
      { step: 'chapter2', people: 0, conversion: 0 },
      { step: 'chapter3', people: 0, conversion: 0 },
      { step: 'vip', people: 0, conversion: 0 },
    ];
    expect(await funnel(t.diana.app)).toEqual(expected);
    const story = {
      nodes: [
        { node: 'c1_lucien', people: 2 },
        { node: 'c1_puerta', people: 2 },
        { node: 'c1_salon', people: 2 },
      ],
      choices: [
        { node: 'c1_salon', choice: 'excusa', people: 1, share: 0.5 },
        { node: 'c1_salon', choice: 'verdad', people: 1, share: 0.5 },
      ],
      endings: [],
      dropoff: [{ node: 'c1_salon', people: 2 }],
    };
    expect(await storyAnalytics(t.diana.app)).toEqual(story);

    const { key } = await createApiKey(t.diana.app, { name: 'viewer', role: 'viewer', createdBy: 'test' });
    const get = async (path: string) =>
      (await (
        await fetch(`${t.diana.url}/api/v1${path}`, { headers: { authorization: `Bearer ${key}` } })
      ).json()) as { steps?: unknown[]; cohorts?: unknown[] };
    expect(await get('/analytics/funnel')).toEqual({ steps: expected });
    expect(await get('/analytics/story')).toEqual(story);
    const later = new Date(Date.now() + 60_000).toISOString();
    expect((await get(`/analytics/funnel?since=${later}`)).steps?.[0]).toEqual({
      step: 'started',
      people: 0,
      conversion: 1,
    });
    // The same people as one signup cohort in Spanish, with the conversion between steps.
    expect((await get('/analytics/funnel/cohorts?by=week&split=language')).cohorts).toEqual([
      expect.objectContaining({
        language: 'es',
        started: 3,
        firstFragment: 2,
        firstDecision: 2,
        chapter2: 0,
        firstFragmentConversion: 0.667,
        firstDecisionConversion: 1,
      }),
    ]);
    // Run again, the rollup adds nothing.
    expect(await rollUpEvents(t.diana.app)).toBe(0);
    expect(await funnel(t.diana.app)).toEqual(expected);
  });
});

describe.each(DATABASE_KINDS)('coming back, as analytics counts it (%s)', (kind) => {
  let t: TestDiana;
  // 10:00 in Madrid; the deployment's zone is Mexico City's.
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  beforeAll(async () => {
    t = await startTestDiana({ kind, clock });
  });
  afterAll(() => t?.stop());

  it('counts a day on which a person only opened the menu, in their own zone', {
    timeout: 60_000,
  }, async () => {
    const browser = t.client({ id: uniqueUserId(), first_name: 'Ana', language_code: 'es' });
    const away = t.client({ id: uniqueUserId(), first_name: 'Bea', language_code: 'es' });
    await browser.send('/start');
    await away.send('/start');
    const madrid = await t.diana.app.db
      .updateTable('users')
      .set({ time_zone: 'Europe/Madrid' })
      .where('id', '=', browser.id)
      .execute();
    expect(madrid).toHaveLength(1);
    // The next day in Madrid (00:30), still the day before in Mexico City: a look at the menu, nothing more.
    clock.set('2026-03-02T23:30:00Z');
    await browser.send('/diana');
    await browser.press('🌟 Mis Besitos');
    await t.settle();
    await rollUpEvents(t.diana.app);

    expect(await retention(t.diana.app, 'day', false)).toEqual([
      expect.objectContaining({ cohort: '2026-03-02', people: 2, d1: 1, d1Rate: 0.5 }),
    ]);
    const days = await activityAnalytics(t.diana.app, { from: '2026-03-02', to: '2026-03-03' });
    expect(days).toEqual([
      { day: '2026-03-02', people: 2 },
      { day: '2026-03-03', people: 1 },
    ]);
  });
});

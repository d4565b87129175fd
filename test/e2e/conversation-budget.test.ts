// The creator's money: a daily budget for the model (LLM_BUDGET_DAILY_USD) is never passed — a call is let
// through only if its worst case still fits — admins hear from Lucien once when 80% is spent, and from then on
// past the limit Diana answers from her scripted lines. 100 people writing at once stay within pacing and budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { DIANA_LIKE_REPLY, FakeLlm } from '../support/fake-llm.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';

const ADMIN_ID = 4242;

describe.each(DATABASE_KINDS)('model budgets (%s database)', (kind) => {
  let t: TestDiana;
  const fake = new FakeLlm();
  const clock = new ManualClock('2026-03-10T18:00:00Z');

  const spentMicro = async () =>
    Number(
      (
        await t.diana.app.db
          .selectFrom('conversation_usage')
          .select((eb) => eb.fn.sum<string>('cost_micro_usd').as('cost'))
          .executeTakeFirstOrThrow()
      ).cost ?? 0,
    );

  beforeAll(async () => {
    t = await startTestDiana({
      kind,
      clock,
      env: {
        ADMIN_TELEGRAM_IDS: String(ADMIN_ID),
        LLM_BASE_URL: await fake.start(),
        LLM_MODEL: 'diana-main',
        LLM_BUDGET_DAILY_USD: '0.01',
      },
    });
  });
  afterAll(async () => {
    await t?.stop();
    await fake.stop();
  });

  it('warns the admins once at 80%, and stops spending before the cap', async () => {
    const admin = t.client({ id: ADMIN_ID, first_name: 'Admin', language_code: 'es' });
    await admin.send('/start');
    const sources: string[] = [];
    for (let i = 0; i < 45; i++) {
      const ana = t.client({ id: uniqueUserId(), first_name: 'Ana', language_code: 'es' });
      await ana.send('/start');
      const reply = await ana.send(`Cuéntame un secreto de tu casa, el número ${i} de la lista`);
      sources.push(reply.text === DIANA_LIKE_REPLY ? 'model' : 'scripted');
    }
    const firstScripted = sources.indexOf('scripted');
    expect(firstScripted).toBeGreaterThan(20);
    // Once the budget is spent every message is answered from the scripted lines.
    expect(sources.slice(firstScripted).every((s) => s === 'scripted')).toBe(true);
    const spent = await spentMicro();
    expect(spent).toBeLessThanOrEqual(10_000);
    expect(spent).toBeGreaterThanOrEqual(8_000);
    const warnings = t.emulator
      .history(ADMIN_ID)
      .filter((m) => m.from?.is_bot && m.text?.includes('advertencia discreta'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.text).toContain('de los 0.01 $ de hoy');

    const metrics = await (await fetch(`${t.diana.url}/metrics`)).text();
    expect(metrics).toMatch(/diana_conversation_answers_total\{source="budget_spent"\} [1-9]/);
    expect(metrics).toMatch(/diana_conversation_cost_usd_total\{model="diana-main"\} 0\.00[89]/);
  });

  it('shows the admins the spending, the usage per model and the gate in /admin', async () => {
    const admin = t.client({ id: ADMIN_ID, first_name: 'Admin', language_code: 'es' });
    const { message } = await admin.press('Conversaciones', await admin.send('/admin'));
    expect(message?.text).toContain('Responde a través del modelo configurado');
    expect(message?.text).toMatch(/Hoy: 0\.00[89]\d \$ de 0\.01 \$ \((8\d|9\d) %\)/);
    expect(message?.text).toContain('2026-03-10 · diana-main ·');
    expect(message?.text).toContain('2026-03-10 · scripted ·');
    expect(message?.text).toMatch(/\d+ respuestas juzgadas, 0 rechazadas \(0 %\)/);
  });

  it('opens the budget again the next day', async () => {
    clock.advance(24 * 3600_000);
    const ana = t.client({ id: uniqueUserId(), first_name: 'Ana', language_code: 'es' });
    await ana.send('/start');
    expect((await ana.send('Cuéntame un secreto de tu casa, uno nuevo de hoy')).text).toBe(DIANA_LIKE_REPLY);
  });

  it('keeps 100 people writing at once within pacing and the budget', async () => {
    clock.advance(24 * 3600_000);
    const people = Array.from({ length: 100 }, () =>
      t.client({ id: uniqueUserId(), first_name: 'Ana', language_code: 'es' }),
    );
    await Promise.all(people.map((p) => p.send('/start')));
    const replies = await Promise.all(
      people.map(async (p, i) => {
        const out: string[] = [];
        for (let j = 0; j < 4; j++)
          out.push((await p.send(`Mensaje ${j} de la persona ${i}, dime algo bonito`)).text ?? '');
        return out;
      }),
    );
    const paced = replies.flat().filter((text) => text.includes('lee despacio'));
    expect(paced).toHaveLength(100);
    expect(replies.every((r) => r[3]!.includes('lee despacio'))).toBe(true);
    const today = await t.diana.app.db
      .selectFrom('conversation_usage')
      .select((eb) => eb.fn.sum<string>('cost_micro_usd').as('cost'))
      .where('day', '=', '2026-03-12')
      .executeTakeFirstOrThrow();
    expect(Number(today.cost ?? 0)).toBeLessThanOrEqual(10_000);
  });
});

describe.each(DATABASE_KINDS)('a monthly model budget (%s database)', (kind) => {
  let t: TestDiana;
  const fake = new FakeLlm();
  const clock = new ManualClock('2026-03-30T18:00:00Z');
  beforeAll(async () => {
    t = await startTestDiana({
      kind,
      clock,
      env: { LLM_BASE_URL: await fake.start(), LLM_MODEL: 'diana-main', LLM_BUDGET_MONTHLY_USD: '0.003' },
    });
  });
  afterAll(async () => {
    await t?.stop();
    await fake.stop();
  });

  const ask = async (i: number) => {
    const ana = t.client({ id: uniqueUserId(), first_name: 'Ana', language_code: 'es' });
    await ana.send('/start');
    return (await ana.send(`Cuéntame un secreto de tu casa, el número ${i} de este mes`)).text;
  };

  it('holds across the days of a month and opens again with the next month', async () => {
    const sources: string[] = [];
    for (let i = 0; i < 12; i++) {
      if (i === 6) clock.advance(24 * 3600_000); // the 31st: the same month
      sources.push((await ask(i)) === DIANA_LIKE_REPLY ? 'model' : 'scripted');
    }
    expect(sources[0]).toBe('model');
    expect(sources.at(-1)).toBe('scripted');
    const spent = await t.diana.app.db
      .selectFrom('conversation_usage')
      .select((eb) => eb.fn.sum<string>('cost_micro_usd').as('cost'))
      .executeTakeFirstOrThrow();
    expect(Number(spent.cost)).toBeLessThanOrEqual(3_000);
    clock.set('2026-04-01T18:00:00Z');
    expect(await ask(99)).toBe(DIANA_LIKE_REPLY);
  });
});

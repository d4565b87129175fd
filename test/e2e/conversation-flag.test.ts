// Conversation switched off at run time: an admin turns the conversation flag off from /admin; people who
// write to Diana then get Lucien's polite word that she is resting, in Spanish and in English, and nothing is
// asked of the model and nothing spent or recorded; turned on again, she answers through the model.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { DIANA_LIKE_REPLY, FakeLlm } from '../support/fake-llm.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const ADMIN_ID = 9_400_001;

describe.each(DATABASE_KINDS)('the conversation flag (%s database)', (kind) => {
  let t: TestDiana;
  let admin: TelegramClient;
  const fake = new FakeLlm();
  const clock = new ManualClock('2026-03-10T20:00:00Z');

  beforeAll(async () => {
    t = await startTestDiana({
      kind,
      clock,
      env: {
        ADMIN_TELEGRAM_IDS: String(ADMIN_ID),
        LLM_BASE_URL: await fake.start(),
        LLM_MODEL: 'diana-main',
        LLM_BUDGET_DAILY_USD: '5',
      },
    });
    admin = t.client({ id: ADMIN_ID, first_name: 'Lucía' });
    await admin.send('/start');
  });
  afterAll(async () => {
    await t?.stop();
    await fake.stop();
  });

  const usageRows = async (userId: number) =>
    (
      await t.diana.app.db
        .selectFrom('conversation_usage')
        .selectAll()
        .where('user_id', '=', userId)
        .execute()
    ).length;

  async function setConversation(to: 'Encender' | 'Apagar') {
    const flags = await admin.press('Interruptores', await admin.send('/admin'));
    const flag = await admin.press('conversation', flags.message);
    const changed = await admin.press(to, flag.message);
    expect(changed.answer.text).toBe('Hecho.');
    expect(admin.text(changed.message)).toContain(`conversation: ${to === 'Apagar' ? 'off' : 'on'}`);
  }

  it('answers with a polite resting line and no model call while off, in both languages; on again, the model answers', async () => {
    const ana = t.client({ id: uniqueUserId(), first_name: 'Ana', language_code: 'es' });
    const john = t.client({ id: uniqueUserId(), first_name: 'John', language_code: 'en' });
    await ana.send('/start');
    await john.send('/start');
    expect((await ana.send('Hola Diana, ¿qué tal la noche?')).text).toBe(DIANA_LIKE_REPLY);
    const asked = fake.requests.length;
    const used = await usageRows(ana.id);

    await setConversation('Apagar');
    clock.advance(60_000);
    expect((await ana.send('¿Sigues ahí, Diana?')).text).toBe(
      'La señorita Diana descansa de las conversaciones por un rato. Le ruego que vuelva a escribirle más tarde; mientras tanto, la historia sigue abierta para usted.',
    );
    expect((await john.send('Are you there, Diana?')).text).toBe(
      'Miss Diana is resting from conversation for a while. Kindly write to her again later; meanwhile, the story remains open to you.',
    );
    expect(fake.requests.length).toBe(asked);
    expect(await usageRows(ana.id)).toBe(used);
    expect(await usageRows(john.id)).toBe(0);
    // The rest of the bot goes on: the menu still opens.
    expect(ana.buttons(await ana.send('/diana'))).toContain('💋 Continuar Historia');

    await setConversation('Encender');
    clock.advance(60_000);
    expect((await john.send('Good evening, Diana')).text).toBe(DIANA_LIKE_REPLY);
    expect(fake.requests.length).toBe(asked + 1);
  });
});

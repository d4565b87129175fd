// Messages to Diana beyond the day's free allowance, at the pack's price in besitos (here: one free message,
// then 8 besitos each, with the 20 of the welcome gift). Each message is charged once through the ledger,
// however often its update arrives or runs; with too few besitos Lucien says so, with the way to 🌟 Mis
// Besitos and 💎 VIP, and no model is called; a message she cannot answer in her own words is given back.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/app/reconcile.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { DIANA_LIKE_REPLY, FakeLlm } from '../support/fake-llm.ts';
import { failNextWrites } from '../support/faults.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';

const PRICE = 8;

/** The launch pack with one free model message a day, and a price for each one beyond it. */
function pricedPack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diana-priced-'));
  cpSync(resolve('content/diana'), dir, { recursive: true });
  const file = join(dir, 'conversation.yaml');
  const text = readFileSync(file, 'utf8');
  const priced = text
    .replace('free: { messages: 30,', 'free: { messages: 1,')
    .replace('besitos_per_message: 0', `besitos_per_message: ${PRICE}`);
  if (priced === text || !priced.includes('messages: 1,') || !priced.includes(`message: ${PRICE}`))
    throw new Error('conversation.yaml no longer reads as this test expects');
  writeFileSync(file, priced);
  return dir;
}

describe.each(DATABASE_KINDS)('paid messages to Diana (%s database)', (kind) => {
  let t: TestDiana;
  const fake = new FakeLlm();
  const clock = new ManualClock('2026-03-10T18:00:00Z');

  beforeAll(async () => {
    t = await startTestDiana({
      kind,
      clock,
      env: { CONTENT_DIR: pricedPack(), LLM_BASE_URL: await fake.start(), LLM_MODEL: 'diana-main' },
    });
  });
  afterAll(async () => {
    await t?.stop();
    await fake.stop();
  });
  beforeEach(() => {
    // Past pacing and the circuit breaker's cool-down; every test starts with a provider that answers.
    clock.advance(60_000);
    fake.queue = [];
    fake.fallback = { kind: 'reply', text: DIANA_LIKE_REPLY };
  });

  const person = async (language_code: string) => {
    const client = t.client({ id: uniqueUserId(), first_name: 'Ana', language_code });
    await client.send('/start');
    return client;
  };
  /** Sends a message after the pacing has let the person write again. */
  const write = (client: ReturnType<TestDiana['client']>, text: string) => {
    clock.advance(5_000);
    return client.send(text);
  };
  const balance = async (userId: number) =>
    (
      await t.diana.app.db
        .selectFrom('users')
        .select('balance')
        .where('id', '=', userId)
        .executeTakeFirstOrThrow()
    ).balance;
  const chatEntries = (userId: number) =>
    t.diana.app.db
      .selectFrom('transactions')
      .select(['reason', 'amount', 'idempotency_key as key'])
      .where('user_id', '=', userId)
      .where('reason', 'like', 'chat_%')
      .orderBy('id')
      .execute();
  const lastOwnMessageId = (userId: number) =>
    t.emulator
      .history(userId)
      .filter((m) => !m.from?.is_bot)
      .at(-1)!.message_id;

  it('lets the free message through at no cost, then charges each message once, even when its update comes again', async () => {
    const ana = await person('es');
    expect((await write(ana, 'Cuéntame un secreto de tu casa')).text).toBe(DIANA_LIKE_REPLY);
    expect(await balance(ana.id)).toBe(20);

    clock.advance(5_000);
    const answered = ana.nextBotMessage();
    const update = t.emulator.sendText(ana.id, '¿Y qué guardas en el desván?');
    expect((await answered).text).toBe(DIANA_LIKE_REPLY);
    const messageId = lastOwnMessageId(ana.id);
    expect(await balance(ana.id)).toBe(20 - PRICE);
    expect(await chatEntries(ana.id)).toEqual([
      { reason: 'chat_message', amount: -PRICE, key: `chat:${ana.id}:${messageId}` },
    ]);

    // The same update delivered twice is handled once; the same message under a new update is answered, but
    // its key in the ledger was paid already.
    t.emulator.deliver({ ...update });
    clock.advance(5_000);
    const again = ana.nextBotMessage();
    t.emulator.deliver({ ...update, update_id: undefined });
    expect((await again).text).toBe(DIANA_LIKE_REPLY);
    expect(await balance(ana.id)).toBe(20 - PRICE);
    expect(await chatEntries(ana.id)).toHaveLength(1);

    // In 🌟 Mis Besitos the movement reads as a message to Diana.
    const menu = await ana.send('/diana');
    const { message } = await ana.press('Mis Besitos', menu);
    expect(message?.text).toContain('Mensaje a Diana');
  });

  it.each([
    ['es', 'Cada mensaje más le cuesta 8 besitos, y usted tiene 4', '🌟 Mis Besitos', 'Mis Besitos'],
    ['en', 'Each further message costs 8 besitos, and you have 4', '🌟 My Besitos', 'My Besitos'],
  ])(
    'with too few besitos (%s), Lucien explains, points to besitos and VIP, and no model is called',
    async (language, explanation, besitosButton, besitosScreen) => {
      const ana = await person(language);
      for (let i = 0; i < 3; i++)
        expect((await write(ana, `Secreto número ${i}`)).text).toBe(DIANA_LIKE_REPLY);
      expect(await balance(ana.id)).toBe(20 - 2 * PRICE);

      const calls = fake.requests.length;
      const refusal = await write(ana, 'Uno más, por favor');
      expect(refusal.text).toContain(explanation);
      expect(fake.requests.length).toBe(calls);
      expect(ana.buttons(refusal)).toEqual([besitosButton, '💎 VIP']);
      expect(await balance(ana.id)).toBe(20 - 2 * PRICE);
      expect(await chatEntries(ana.id)).toHaveLength(2);

      const { message } = await ana.press(besitosScreen, refusal);
      expect(message?.text).toContain(besitosButton);
    },
  );

  it('gives the price back when no provider answers or the gate refuses both replies, once, and never calls the model for a message given back', async () => {
    const john = await person('en');
    expect((await write(john, 'Tell me a secret of your house')).text).toBe(DIANA_LIKE_REPLY);

    fake.fallback = { kind: 'error', status: 500 };
    clock.advance(5_000);
    const scripted = john.nextBotMessage();
    const update = t.emulator.sendText(john.id, 'What do you keep in the attic?');
    expect((await scripted).text).not.toBe(DIANA_LIKE_REPLY);
    const messageId = lastOwnMessageId(john.id);
    expect(await balance(john.id)).toBe(20);
    expect(await chatEntries(john.id)).toEqual([
      { reason: 'chat_message', amount: -PRICE, key: `chat:${john.id}:${messageId}` },
      { reason: 'chat_refund', amount: PRICE, key: `chat-refund:${john.id}:${messageId}` },
    ]);

    // The same message again, with the provider back: it was given back, so the scripted lines answer it.
    clock.advance(60_000);
    fake.fallback = { kind: 'reply', text: DIANA_LIKE_REPLY };
    const calls = fake.requests.length;
    const replay = john.nextBotMessage();
    t.emulator.deliver({ ...update, update_id: undefined });
    expect((await replay).text).not.toBe(DIANA_LIKE_REPLY);
    expect(fake.requests.length).toBe(calls);
    expect(await balance(john.id)).toBe(20);
    expect(await chatEntries(john.id)).toHaveLength(2);

    // Two replies out of character: the scripted line answers, and the price comes back.
    fake.queue = [{ kind: 'ai' }, { kind: 'ai' }];
    expect((await write(john, 'What is behind the black door?')).text).not.toBe(DIANA_LIKE_REPLY);
    expect(await balance(john.id)).toBe(20);
    expect((await chatEntries(john.id)).map((e) => e.reason)).toEqual([
      'chat_message',
      'chat_refund',
      'chat_message',
      'chat_refund',
    ]);
    expect((await reconcile(t.diana.app.db)).problems).toEqual([]);
  });

  it('charges once when the database fails between the charge and the answer, and the update runs again', async () => {
    const ana = await person('es');
    expect((await write(ana, 'Háblame del jardín de invierno')).text).toBe(DIANA_LIKE_REPLY);

    await failNextWrites(t.diana.app.db, 'conversation_usage', 1, '57P01');
    const apology = await write(ana, '¿Qué hay detrás de la puerta negra?');
    expect(apology.text).toContain('algo ha fallado por mi parte');
    expect(await balance(ana.id)).toBe(20 - PRICE);

    const answered = ana.nextBotMessage();
    clock.advance(60_000);
    await t.settle();
    expect((await answered).text).toBe(DIANA_LIKE_REPLY);
    // (The balance has moved on by then: the settled events paid the day's missions.)
    expect((await chatEntries(ana.id)).map((e) => [e.reason, e.amount])).toEqual([['chat_message', -PRICE]]);
    expect((await reconcile(t.diana.app.db)).problems).toEqual([]);
  });
});

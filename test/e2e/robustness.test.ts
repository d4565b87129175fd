// Whatever a client sends, the bot answers politely and nothing changes that should not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import { HOME_MENU_ES } from '../support/menus.ts';

describe('robustness', () => {
  let t: TestDiana;
  beforeAll(async () => {
    t = await startTestDiana();
  });
  afterAll(() => t?.stop());

  it('answers text, stickers, photos and unknown commands politely, in the user language', async () => {
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    expect((await ana.send('hola, ¿hay alguien?')).text).toContain('/diana');
    expect((await ana.sendMedia('sticker')).text).toContain('/diana');
    expect((await ana.sendMedia('photo')).text).toContain('/diana');
    expect((await ana.send('/abracadabra')).text).toContain('No conozco esa instrucción');

    const john = t.client({ id: uniqueUserId(), language_code: 'en' });
    expect((await john.send('/abracadabra')).text).toContain('I am not familiar with that command');
  });

  it('asks visitors who never started to introduce themselves first', async () => {
    const stranger = t.client({ id: uniqueUserId() });
    expect((await stranger.send('/diana')).text).toContain('/start');
  });

  it('cleans NUL and invisible characters out of what people type before storing it', async () => {
    const ana = t.client({ id: uniqueUserId() });
    const welcome = await ana.send('/start ab\u0000c\u200bd');
    expect(welcome.text).toBeTruthy();
    expect((await findUser(t.diana.app.db, ana.id))?.startPayload).toBe('abcd');
    expect((await ana.send('/diana\u0000')).text).toBeTruthy();
  });

  it('processes a duplicated update once', async () => {
    const ana = t.client({ id: uniqueUserId() });
    const first = ana.nextBotMessage();
    const update = t.emulator.sendText(ana.id, '/start');
    await first;
    t.emulator.deliver({ ...update });
    // Updates of one chat run in order, so once /diana is answered the duplicate has been dealt with.
    await ana.send('/diana');
    const fromBot = t.emulator.history(ana.id).filter((m) => m.from?.is_bot);
    expect(fromBot.map((m) => m.text?.split('\n')[0])).toHaveLength(2);
    const user = await findUser(t.diana.app.db, ana.id);
    expect(user?.balance).toBe(20);

    // Operators see it in the metrics.
    const metrics = await fetch(`${t.diana.url}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/diana_updates_total\{kind="message",outcome="duplicate"\} [1-9]/);
    expect(metrics).toMatch(/diana_updates_total\{kind="message",outcome="handled"\} [1-9]/);
    expect(metrics).toMatch(/diana_backlog\{queue="events_pending"\} \d+/);
    expect(metrics).toContain('diana_update_duration_seconds_bucket');
  });

  it('creates one user and one welcome bonus for concurrent /start', async () => {
    const ana = t.client({ id: uniqueUserId() });
    const replies = Promise.all([ana.nextBotMessage(), ana.nextBotMessage()]);
    for (let i = 0; i < 5; i++) t.emulator.sendText(ana.id, '/start');
    await replies;
    await ana.send('/diana');
    const entries = await t.diana.app.db
      .selectFrom('transactions')
      .selectAll()
      .where('user_id', '=', ana.id)
      .execute();
    expect(entries).toHaveLength(1);
    expect((await findUser(t.diana.app.db, ana.id))?.balance).toBe(20);
  });

  it('refuses forged, foreign and unknown buttons politely and changes nothing', async () => {
    const ana = t.client({ id: uniqueUserId() });
    const eve = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    await eve.send('/start');
    const menu = await ana.send('/diana');
    const before = t.emulator.message(ana.id, menu.message_id);

    const forged = await ana.pressData('nav:besitos~AAAAAAAAAAA', menu.message_id);
    expect(forged.answer.text).toContain('ya no abre ninguna puerta');
    const garbage = await ana.pressData('💥', menu.message_id);
    expect(garbage.answer.text).toContain('ya no abre ninguna puerta');

    // Eve replays a token that was issued to Ana.
    const { data } = ana.button('Mis Besitos', menu);
    const eveMenu = await eve.send('/diana');
    const stolen = await eve.pressData(data, eveMenu.message_id);
    expect(stolen.answer.text).toContain('ya no abre ninguna puerta');

    expect(t.emulator.message(ana.id, menu.message_id)).toEqual(before);
  });

  it('logs a failing handler and apologises, and the bot keeps working', async () => {
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    const broken = t.diana.app.db;
    // Make the next database call of this user fail by breaking the users table temporarily.
    await broken.schema.alterTable('users').renameTo('users_away').execute();
    try {
      const apology = await ana.send('/diana');
      expect(apology.text).toContain('Le ruego me disculpe');
    } finally {
      await broken.schema.alterTable('users_away').renameTo('users').execute();
    }
    const menu = await ana.send('/diana');
    expect(ana.buttons(menu)).toEqual(HOME_MENU_ES);
  });
});

// A visitor meets Lucien, opens /diana and walks every entry of the home menu and back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import { HOME_MENU_ES } from '../support/menus.ts';

describe.each(DATABASE_KINDS)('home menu (%s database)', (kind) => {
  let t: TestDiana;
  beforeAll(async () => {
    // 21:00 in Mexico City (the default zone): Lucien's greetings follow the time of day.
    t = await startTestDiana({ kind, clock: new ManualClock('2026-11-24T03:00:00Z') });
  });
  afterAll(() => t?.stop());

  it('greets a new visitor, pays the welcome bonus once and shows seven entries', async () => {
    const ana = t.client({ id: uniqueUserId(), first_name: 'Ana', language_code: 'es' });
    const greeting = await ana.send('/start');
    expect(greeting.text).toContain('Lucien');
    expect(greeting.text).toContain('/diana');
    expect(greeting.text).toContain('20 besitos');

    const again = await ana.send('/start');
    // Until the visitor says how to address them, Lucien's wording is neutral.
    expect(again.text).toContain('Qué gusto verle de nuevo');

    const menu = await ana.send('/diana');
    expect(ana.buttons(menu)).toEqual(HOME_MENU_ES);
    expect(menu.text).toContain('💋 20 besitos');
  });

  it('edits the same message through every entry and back', async () => {
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    const menu = await ana.send('/diana');
    for (const entry of ana.buttons(menu)) {
      const { message } = await ana.press(entry, menu);
      expect(message?.message_id).toBe(menu.message_id);
      expect(message?.text).not.toBe(menu.text);
      const back = await ana.press('⬅️', message);
      expect(back.message?.text).toBe(menu.text);
      expect(ana.buttons(back.message)).toEqual(ana.buttons(menu));
    }
    // The whole walk happened in one bot message.
    expect(t.emulator.history(ana.id).filter((m) => m.from?.is_bot)).toHaveLength(2);
  });

  it('shows the balance and the welcome bonus in Mis Besitos', async () => {
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    await ana.send('/diana');
    const { message } = await ana.press('Mis Besitos');
    expect(message?.text).toContain('💋 20 besitos');
    expect(message?.text).toMatch(/\+20 · Bienvenida/);
  });

  it('switches language from Configuración and the whole bot follows', async () => {
    const ana = t.client({ id: uniqueUserId(), language_code: 'es' });
    await ana.send('/start');
    await ana.send('/diana');
    await ana.press('Configuración');
    const { answer, message } = await ana.press('English');
    expect(answer.text).toContain('English');
    expect(message?.text).toContain('Settings');
    const back = await ana.press('Back', message);
    expect(ana.buttons(back.message)).toContain('💋 Continue Story');
    const menu = await ana.send('/diana');
    expect(menu.text).toContain('Where would you like to go?');
  });

  it('speaks English to an English client from the first message', async () => {
    const john = t.client({ id: uniqueUserId(), first_name: 'John', language_code: 'en-GB' });
    const greeting = await john.send('/start');
    expect(greeting.text).toContain('Good evening, John');
  });

  it('shows VIP status, benefits and the plans in Stars', async () => {
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    await ana.send('/diana');
    const { message } = await ana.press('VIP');
    expect(message?.text).toContain('Aún no es usted del círculo VIP');
    // The plan's name says its length; the line does not say it again.
    expect(message?.text).toContain('VIP · 30 noches · 250 ⭐');
    expect(message?.text).not.toContain('30 días');
    expect(message?.text).toContain('×1,5 besitos');
    expect(ana.buttons(message)).toEqual([
      '💎 VIP · 30 noches · 250 ⭐',
      '💎 VIP · 90 noches · 600 ⭐',
      '⬅️ Volver',
    ]);
  });
  it('asks a newcomer how to be addressed and uses it everywhere; Configuración changes it', async () => {
    const ana = t.client({ id: uniqueUserId(), first_name: 'Ana', language_code: 'es' });
    const greeting = await ana.send('/start');
    expect(greeting.text).toContain('dígame cómo prefiere que me dirija a usted');
    expect(ana.buttons(greeting)).toEqual(['🎩 Señor', '🎩 Señora', '🎩 Sin tratamiento']);
    const chosen = await ana.press('🎩 Señora', greeting);
    expect(chosen.answer.text).toBe('Entendido, señora. Así me dirigiré a usted.');
    expect((await ana.send('/start')).text).toContain('Bienvenida de nuevo, Ana');
    const vip = (await ana.press('VIP', await ana.send('/diana'))).message;
    expect(vip?.text).toContain('Aún no es usted invitada VIP');

    const settings = (await ana.press('Configuración', await ana.send('/diana'))).message;
    expect(ana.buttons(settings)).toEqual(
      expect.arrayContaining(['🎩 Señor', '✓ 🎩 Señora', '🎩 Sin tratamiento']),
    );
    const changed = await ana.press('🎩 Señor', settings);
    expect(changed.answer.text).toBe('Entendido, señor. Así me dirigiré a usted.');
    expect(ana.buttons(changed.message)).toContain('✓ 🎩 Señor');
    expect((await ana.send('/start')).text).toContain('Bienvenido de nuevo, Ana');

    const john = t.client({ id: uniqueUserId(), first_name: 'John', language_code: 'en' });
    const hello = await john.send('/start');
    expect((await john.press('🎩 Madam', hello)).answer.text).toBe('Very well, madam. Madam it shall be.');
  });
});

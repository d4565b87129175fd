// Missions, achievements and Lucien's announcements, as a visitor sees them in Telegram.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvents, transact } from '../../src/adapters/db/repositories/events.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import type { DomainEvent } from '../../src/domain/events.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';

describe('missions and achievements in the bot', () => {
  let t: TestDiana;
  // Monday 2026-11-23, 12:00 in Mexico City (the default zone).
  const clock = new ManualClock('2026-11-23T18:00:00Z');
  const emit = (events: DomainEvent[]) => transact(t.diana.app.db, (tx) => appendEvents(tx, events));
  const fragments = (userId: number, n: number): DomainEvent[] =>
    Array.from(
      { length: n },
      (_, i): DomainEvent => ({
        type: 'FragmentCompleted',
        userId,
        at: clock.now(),
        payload: { node: `n${i}`, chapter: 'prologue' },
      }),
    );

  /** Waits until every update received has been handled (its effects committed), without delivering events. */
  const updatesHandled = async () => {
    for (let i = 0; i < 100; i++) {
      const handling = await t.diana.app.db
        .selectFrom('update_inbox')
        .select('update_id')
        .where('status', '=', 'handling')
        .execute();
      if (handling.length === 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  beforeAll(async () => {
    // Announcements book their sending slots in the real Redis, as several instances of one bot would.
    t = await startTestDiana({
      clock,
      env: { REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' },
    });
  });
  afterAll(() => t?.stop());

  it('announces an achievement once, as a separate message, and lists it in Logros', async () => {
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    const announced = ana.nextBotMessage();
    await t.settle();
    const note = await announced;
    expect(note.text).toContain('Ha desbloqueado un logro');
    expect(note.text).toContain('Primeros pasos (+50 besitos)');
    expect(note.reply_markup).toBeUndefined();
    await t.settle();
    expect(t.emulator.history(ana.id).filter((m) => m.text?.includes('Primeros pasos'))).toHaveLength(1);

    await ana.send('/diana');
    const { message } = await ana.press('Logros');
    expect(message?.text).toContain('🏆 Logros · 1/15');
    expect(message?.text).toMatch(/🏆 Primeros pasos · 23 nov/);
    // The welcome gift and the achievement's reward are paid, but only activity counts towards the goal.
    expect(message?.text).toMatch(/🔒 Coleccionista\n▱{10} 0\/350/);
    // Each goal says what to do and what it pays this person.
    expect(message?.text).toContain(
      '🔒 Coleccionista\n▱▱▱▱▱▱▱▱▱▱ 0/350 · +50 💋\nGanar 350 besitos leyendo, decidiendo y participando.',
    );
    expect(message?.text).toMatch(/🏆 Primeros pasos · 23 nov 2026\nPresentarse ante Lucien\./);
    const next = await ana.press('Siguiente', message);
    expect(next.message?.text).toContain('Página 2 de 2');
    expect(ana.buttons(next.message)).toContain('◀️ Anterior');
  });

  it('batches several announcements into one message and shows missions with progress and time left', async () => {
    // Daily and weekly errands start on a person's second day: Ana arrived yesterday.
    clock.set('2026-11-22T18:00:00Z');
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    await updatesHandled(); // before the clock jumps a day past the update's lease
    clock.set('2026-11-23T18:00:00Z');
    await emit(fragments(ana.id, 3));
    const announced = ana.nextBotMessage();
    await t.settle();
    const note = await announced;
    expect(note.text).toMatch(/Ha completado \d+ misiones/);
    expect(note.text).toContain('Primera conversación (+25 besitos)');
    expect(note.text).toMatch(/Ha desbloqueado \d+ logros/);
    expect(note.text).toContain('Misión cumplida (+50 besitos)');

    await ana.send('/diana');
    const { message } = await ana.press('Misiones');
    expect(message?.text).toContain('Hoy · quedan 12 h 0 min');
    expect(message?.text).toContain('Esta semana · quedan 6 d 12 h');
    expect(message?.text).toMatch(
      /▫️ Exploradora curiosa\n▱{10} 0\/5 · \+25 💋\nTome 5 decisiones en la historia\./,
    );
    // Completed errands move from the open list to "Cumplidos".
    const [open, done] = (message?.text ?? '').split('Cumplidos');
    expect(open).not.toContain('Primera conversación');
    expect(done).toContain('✅ Primera conversación');
  });

  it('plays the story: the first choice unlocks Decision Maker, three fragments complete Primera Conversación', async () => {
    const sara = t.client({ id: uniqueUserId() });
    await sara.send('/start');
    await t.settle(); // "Primeros pasos" is announced and out of the way
    let screen = (await sara.press('Continuar Historia', await sara.send('/diana'))).message!;
    screen = (await sara.press('Cruzar el umbral', screen)).message!;
    const first = sara.nextBotMessage();
    await t.settle();
    expect((await first).text).toContain('Quien decide (+50 besitos)');

    for (const label of ['Seguir a Lucien', 'Fingir que me perdí'])
      screen = (await sara.press(label, screen)).message!;
    const second = sara.nextBotMessage();
    await t.settle();
    expect((await second).text).toContain('Primera conversación (+25 besitos)');
    await t.settle();

    const rewards = await t.diana.app.db
      .selectFrom('transactions')
      .select(['ref', 'amount'])
      .where('user_id', '=', sara.id)
      .where('ref', 'in', ['primera_conversacion', 'decision_maker'])
      .orderBy('ref')
      .execute();
    expect(rewards).toEqual([
      { ref: 'decision_maker', amount: 50 },
      { ref: 'primera_conversacion', amount: 25 },
    ]);
    const announced = t.emulator.history(sara.id).filter((m) => m.text?.includes('Primera conversación'));
    expect(announced).toHaveLength(1);

    const board = (await sara.press('Misiones', await sara.send('/diana'))).message;
    expect(board?.text).toMatch(/Cumplidos[\s\S]*✅ Primera conversación\n▰{10} 3\/3/);
  });

  it('stays silent for users who turned announcements off', async () => {
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    await ana.send('/diana');
    await ana.press('Configuración');
    const off = await ana.press('Avisos');
    expect(off.answer.text).toContain('No le interrumpiré');
    expect(ana.buttons(off.message)).toContain('🔕 Avisos: desactivados');
    const before = t.emulator.history(ana.id).length;
    await t.settle();
    expect(t.emulator.history(ana.id)).toHaveLength(before);
  });

  it('keeps quiet hours in the user’s zone and speaks when they end', async () => {
    clock.set('2026-11-24T05:30:00Z'); // 23:30 in Mexico City
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    const before = t.emulator.history(ana.id).length;
    await t.settle();
    expect(t.emulator.history(ana.id)).toHaveLength(before);
    clock.set('2026-11-24T14:01:00Z'); // 08:01 in Mexico City
    const announced = ana.nextBotMessage();
    await t.settle();
    expect((await announced).text).toContain('Primeros pasos');
    clock.set('2026-11-23T18:00:00Z');
  });
  it('shows a VIP the reward they actually get (×1.5), with each goal’s description, in English too', async () => {
    const john = t.client({ id: uniqueUserId(), language_code: 'en' });
    await john.send('/start');
    await t.settle();
    await t.diana.app.db
      .updateTable('users')
      .set({ vip_until: new Date('2027-01-01T00:00:00Z') })
      .where('id', '=', john.id)
      .execute();
    const missions = (await john.press('Missions', await john.send('/diana'))).message;
    expect(missions?.text).toMatch(/▫️ [^\n]+\n▱{10} 0\/5 · \+38 💋\nMake 5 decisions in the story\./);
    const achievements = (await john.press('Achievements', await john.send('/diana'))).message;
    expect(achievements?.text).toContain('0/1 · +75 💋\nMake your first choice.');
  });
  it('lets a person choose their time zone in Configuración; greetings and quiet hours follow it', async () => {
    clock.set('2026-11-23T18:00:00Z'); // 12:00 in Mexico City, 19:00 in Madrid
    const ana = t.client({ id: uniqueUserId(), language_code: 'es' });
    expect((await ana.send('/start')).text).toContain('Buenas tardes, ');
    await t.settle();
    const settings = (await ana.press('Configuración', await ana.send('/diana'))).message;
    expect(ana.buttons(settings)).toContain('🕰️ Zona horaria: Mexico City · UTC−6');
    const zones = await ana.press('Zona horaria', settings);
    expect(zones.message?.text).toContain('Sus días, mis saludos y mis horas de silencio se rigen por ella');
    expect(ana.buttons(zones.message)).toEqual(
      expect.arrayContaining(['✓ Mexico City · UTC−6', 'Madrid · UTC+1', '🌐 Por diferencia con UTC']),
    );
    const chosen = await ana.press('Madrid · UTC+1', zones.message);
    expect(chosen.answer.text).toBe('Entendido: Madrid · UTC+1.');
    expect(ana.buttons(chosen.message)).toContain('🕰️ Zona horaria: Madrid · UTC+1');

    // 23:30 in Madrid (16:30 in Mexico City): Lucien keeps quiet until 08:00 in Madrid.
    clock.set('2026-11-23T22:30:00Z');
    await emit(fragments(ana.id, 3));
    const before = t.emulator.history(ana.id).length;
    await t.settle();
    expect(t.emulator.history(ana.id)).toHaveLength(before);
    clock.set('2026-11-24T07:01:00Z');
    const announced = ana.nextBotMessage();
    await t.settle();
    expect((await announced).text).toContain('Primera conversación');

    // In English, a zone by its UTC offset; a forged zone changes nothing.
    clock.set('2026-11-23T18:00:00Z');
    const john = t.client({ id: uniqueUserId(), language_code: 'en' });
    expect((await john.send('/start')).text).toContain('Good afternoon, ');
    await t.settle();
    const johnSettings = (await john.press('Settings', await john.send('/diana'))).message;
    const offsets = await john.press(
      'By offset from UTC',
      (await john.press('Time zone', johnSettings)).message,
    );
    const tokyo = await john.press('UTC+9', offsets.message);
    expect(tokyo.answer.text).toBe('Understood: UTC+9.');
    expect((await findUser(t.diana.app.db, john.id))?.timeZone).toBe('Etc/GMT-9');
  });
});

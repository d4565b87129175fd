// ⚙️ Configuración, in Spanish and English: a person chooses their own quiet hours (or none) and Lucien's
// announcements wait them out; a person sets their time zone by sharing a location, which is not kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvents, transact } from '../../src/adapters/db/repositories/events.ts';
import { getSetting } from '../../src/adapters/db/repositories/settings.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { CallbackCodec } from '../../src/adapters/telegram/callback-codec.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import type { DomainEvent } from '../../src/domain/events.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

describe('quiet hours and a time zone by location, in Configuración', () => {
  let t: TestDiana;
  // Monday 2026-11-23, 12:00 in Mexico City (the default zone).
  const clock = new ManualClock('2026-11-23T18:00:00Z');
  const emit = (events: DomainEvent[]) => transact(t.diana.app.db, (tx) => appendEvents(tx, events));
  const fragments = (userId: number): DomainEvent[] =>
    Array.from({ length: 3 }, (_, i) => ({
      type: 'FragmentCompleted' as const,
      userId,
      at: clock.now(),
      payload: { node: `n${i}`, chapter: 'prologue' },
    }));
  const settingsOf = async (client: TelegramClient, label: string) =>
    (await client.press(label, await client.send('/diana'))).message!;

  beforeAll(async () => {
    t = await startTestDiana({ clock });
  });
  afterAll(() => t?.stop());

  it('a person chooses their own quiet hours, and announcements wait them out (es)', async () => {
    clock.set('2026-11-23T18:00:00Z');
    const ana = t.client({ id: uniqueUserId(), language_code: 'es' });
    await ana.send('/start');
    await t.settle();
    const settings = await settingsOf(ana, 'Configuración');
    expect(ana.buttons(settings)).toContain('🌙 Horas de silencio: 23:00–08:00');
    const quiet = await ana.press('Horas de silencio', settings);
    expect(quiet.message?.text).toContain('mis avisos esperan a que terminen');
    expect(ana.buttons(quiet.message)).toEqual([
      '🌙 21:00–07:00',
      '🌙 22:00–08:00',
      '✓ 🌙 23:00–08:00',
      '🌙 00:00–09:00',
      '🌙 01:00–10:00',
      '🔔 Sin horas de silencio',
      '⬅️ Volver',
    ]);
    const chosen = await ana.press('01:00–10:00', quiet.message);
    expect(chosen.answer.text).toBe('Entendido. Horas de silencio: 01:00–10:00.');
    expect(ana.buttons(chosen.message)).toContain('🌙 Horas de silencio: 01:00–10:00');
    expect((await findUser(t.diana.app.db, ana.id))?.quietHours).toBe('01:00-10:00');

    // 09:30 in Mexico City: inside her hours (outside the pack's), so Lucien waits until 10:00.
    clock.set('2026-11-24T15:30:00Z');
    await emit(fragments(ana.id));
    const before = t.emulator.history(ana.id).length;
    await t.settle();
    expect(t.emulator.history(ana.id)).toHaveLength(before);
    clock.set('2026-11-24T16:01:00Z');
    const announced = ana.nextBotMessage();
    await t.settle();
    expect((await announced).text).toContain('Primera conversación');

    // Hours that are not offered, from a forged button, change nothing.
    const secret = await getSetting(t.diana.app.db, 'callback_secret');
    const forged = new CallbackCodec(secret!).encode(ana.id, 'qhset', ['0300-0400']);
    const refused = await ana.pressData(forged, chosen.message!.message_id);
    expect(refused.answer.text).toBe(t.diana.app.pack.locales.translate('es', 'button-unknown'));
    expect((await findUser(t.diana.app.db, ana.id))?.quietHours).toBe('01:00-10:00');
  });

  it('a person turns quiet hours off, and hears at once at night (en)', async () => {
    clock.set('2026-11-23T18:00:00Z');
    const john = t.client({ id: uniqueUserId(), language_code: 'en' });
    await john.send('/start');
    await t.settle();
    const quiet = await john.press('Quiet hours', await settingsOf(john, 'Settings'));
    expect(john.buttons(quiet.message)).toContain('✓ 🌙 23:00–08:00');
    const off = await john.press('No quiet hours', quiet.message);
    expect(off.answer.text).toBe('Understood. Quiet hours: none.');
    expect(john.buttons(off.message)).toContain('🌙 Quiet hours: none');

    // 23:30 in Mexico City, inside the pack's hours: John hears at once.
    clock.set('2026-11-24T05:30:00Z');
    await emit(fragments(john.id));
    const announced = john.nextBotMessage();
    await t.settle();
    expect((await announced).text).toContain('First conversation');
    clock.set('2026-11-23T18:00:00Z');
  });

  it.each([
    {
      lang: 'es',
      settings: 'Configuración',
      zone: 'Zona horaria',
      byLocation: '📍 Por mi ubicación',
      share: '📍 Compartir ubicación',
      cancel: '✖️ Cancelar',
      place: { latitude: 40.4168, longitude: -3.7038 },
      changed: 'Entendido: Madrid · UTC+1. Su ubicación no queda guardada.',
      cancelled: 'Entendido. Su zona horaria sigue siendo Madrid · UTC+1.',
      stored: 'Europe/Madrid',
      button: '🕰️ Zona horaria: Madrid · UTC+1',
    },
    {
      lang: 'en',
      settings: 'Settings',
      zone: 'Time zone',
      byLocation: '📍 By my location',
      share: '📍 Share location',
      cancel: '✖️ Cancel',
      place: { latitude: 40.7128, longitude: -74.006 },
      changed: 'Understood: New York · UTC−5. Your location has not been kept.',
      cancelled: 'Understood. Your time zone is still New York · UTC−5.',
      stored: 'America/New_York',
      button: '🕰️ Time zone: New York · UTC−5',
    },
  ])('a person sets their time zone by sharing a location, which is not kept ($lang)', async (l) => {
    clock.set('2026-11-23T18:00:00Z');
    const ana = t.client({ id: uniqueUserId(), language_code: l.lang });
    await ana.send('/start');
    const zones = await ana.press(l.zone, await settingsOf(ana, l.settings));
    expect(ana.buttons(zones.message)).toContain(l.byLocation);
    const asked = ana.nextBotMessage();
    await ana.press(l.byLocation, zones.message);
    const keys = ana.replyKeys(await asked);
    expect(keys).toEqual([{ text: l.share, request_location: true }, { text: l.cancel }]);

    const answer = await ana.sendLocation(l.place);
    expect(answer.text).toBe(l.changed);
    expect(answer.reply_markup).toEqual({ remove_keyboard: true });
    expect((await findUser(t.diana.app.db, ana.id))?.timeZone).toBe(l.stored);
    const settings = await settingsOf(ana, l.settings);
    expect(ana.buttons(settings)).toContain(l.button);
    // Once the update is handled, nothing of the place remains in the database.
    await expect
      .poll(async () => {
        const rows = await t.diana.app.db
          .selectFrom('update_inbox')
          .select('body')
          .where('body', 'is not', null)
          .execute();
        return rows.filter((r) => JSON.stringify(r.body).includes(String(l.place.latitude)));
      })
      .toEqual([]);

    // The keyboard's other key: nothing changes.
    await ana.press(l.byLocation, (await ana.press(l.zone, settings)).message);
    expect((await ana.send(l.cancel)).text).toBe(l.cancelled);
    expect((await findUser(t.diana.app.db, ana.id))?.timeZone).toBe(l.stored);
  });
});

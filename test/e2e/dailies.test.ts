// 🌙 Cada día through Telegram, in Spanish and English: the nightly visit paid once a night, the riddle that
// takes a typed answer only while it waits for one (any language's answer, a hint, the answer revealed), the
// game of chance within its daily cap, and the weekly standing with a person who hid their name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riddleOfDay } from '../../src/app/dailies/riddle.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

// Monday 23 November 2026, 21:00 in Mexico City (the default zone): the nightly visits are open.
const NIGHT = '2026-11-23';

describe.each(DATABASE_KINDS)('🌙 Cada día (%s database)', (kind) => {
  let t: TestDiana;
  let dice = 0.1;
  const clock = new ManualClock('2026-11-24T03:00:00Z');

  beforeAll(async () => {
    t = await startTestDiana({ kind, clock, random: () => dice });
  });
  afterAll(() => t?.stop());

  const visitor = async (language: 'es' | 'en', firstName = 'Ana'): Promise<TelegramClient> => {
    const person = t.client({ id: uniqueUserId(), first_name: firstName, language_code: language });
    await person.send('/start');
    await person.send('/diana');
    await person.press(language === 'es' ? '🌙 Cada día' : '🌙 Every day');
    return person;
  };

  it('opens the nightly visit once a night in Spanish, with a way back', async () => {
    const ana = await visitor('es');
    expect(ana.text(ana.lastMenu())).toContain('la señorita Diana le recibe esta noche');
    const visit = await ana.press('Visita nocturna');
    expect(visit.answer.text).toBe('+10 besitos 💋');
    expect(ana.text(visit.message)).toContain('Por su visita de esta noche: +10 besitos. Saldo: 💋 30.');
    const back = await ana.press('⬅️ Cada día', visit.message);
    expect(ana.text(back.message)).toContain('ya estuvo con ella esta noche');
    const again = await ana.press('Visita nocturna', back.message);
    expect(ana.text(again.message)).toContain('la visita de hoy ya está abonada');
    expect(again.answer.text ?? '').toBe('');
    const home = await ana.press('⬅️ Volver', (await ana.press('⬅️ Cada día', again.message)).message);
    expect(ana.text(home.message)).toContain('Lucien le recibe');
  });

  it('opens the nightly visit in English, and closes it by day', async () => {
    const john = await visitor('en', 'John');
    const visit = await john.press('Nightly visit');
    expect(john.text(visit.message)).toContain('For tonight');
    expect(john.text(visit.message)).toMatch(/Come|Stay|Sit|You found me|Tonight|Someone|Masks|The /);
    clock.set('2026-11-24T18:00:00Z'); // noon in Mexico City
    try {
      const jane = await visitor('en', 'Jane');
      expect(jane.text(jane.lastMenu())).toContain('Miss Diana receives from 20:00');
      const closed = await jane.press('Nightly visit');
      expect(jane.text(closed.message)).toContain('does not receive at this hour');
    } finally {
      clock.set('2026-11-24T03:00:00Z');
    }
  });

  it('takes a riddle answer in Spanish only after "Responder", in either language, and pays once', async () => {
    const riddle = riddleOfDay(t.diana.app, NIGHT);
    const ana = await visitor('es');
    const screen = await ana.press('Acertijo');
    expect(ana.text(screen.message)).toContain(
      t.diana.app.pack.locales.translate('es', `riddle-${riddle.id}`),
    );
    expect(ana.text(screen.message)).toContain('Le quedan 3 intentos hoy.');
    // Before "Responder", text is a message to Diana.
    expect(ana.text(await ana.send(riddle.answers.es![0]!))).not.toContain('Acertijo del día');

    const waiting = await ana.press('✍️ Responder', screen.message);
    expect(waiting.answer.text).toBe('Le escucho.');
    expect(ana.text(waiting.message)).toContain('Escriba su respuesta en un mensaje');
    const wrong = await ana.send('no tengo ni idea');
    expect(ana.text(wrong)).toContain('No es eso. Le quedan 2 intentos.');
    expect(ana.text(wrong)).toContain('Una pista:');
    // The English answer, in capitals and with an article, is accepted from a Spanish speaker.
    const right = await ana.send(`The ${riddle.answers.en![0]!.toUpperCase()}!`);
    expect(ana.text(right)).toContain('Correcto. La señorita Diana sonríe: +15 besitos. Saldo: 💋 35.');
    expect(ana.buttons(right)).toEqual(['⬅️ Cada día']);
    // Solved, text goes back to Diana.
    expect(ana.text(await ana.send(riddle.answers.es![0]!))).not.toContain('Acertijo del día');
  });

  it('gives the hint and then the answer in English when the attempts run out', async () => {
    const riddle = riddleOfDay(t.diana.app, NIGHT);
    const john = await visitor('en', 'John');
    const screen = await john.press('Riddle');
    await john.press('✍️ Answer', screen.message);
    expect(john.text(await john.send('a teapot'))).toContain('That is not it. 2 attempts left.');
    expect(john.text(await john.send('a kettle'))).toContain('A hint:');
    const out = await john.send('a lamp');
    expect(john.text(out)).toContain(`No attempts left today. The answer was: ${riddle.answers.en![0]!}.`);
    expect(john.buttons(out)).toEqual(['⬅️ Every day']);
    const back = await john.press('⬅️ Every day', out);
    expect(john.text(back.message)).toContain('Riddle of the day: come back tomorrow for another.');
  });

  it('plays the game of chance in Spanish within the daily cap', async () => {
    const ana = await visitor('es');
    const game = await ana.press('Juego de azar');
    expect(ana.text(game.message)).toContain('Con 50 % de probabilidad');
    expect(ana.buttons(game.message)).toEqual(['Apostar 5', 'Apostar 10', 'Apostar 20', '⬅️ Cada día']);
    dice = 0.1;
    const won = await ana.press('Apostar 10', game.message);
    expect(won.answer.text).toBe('+20 besitos 💋');
    expect(ana.text(won.message)).toContain('Ha ganado: apostó 10 y recibe 20 besitos. Saldo: 💋 30.');
    dice = 0.9;
    const lost = await ana.press('Apostar 20', won.message);
    expect(lost.answer.text).toBe('−20 besitos');
    expect(ana.text(lost.message)).toContain('Esta vez no: pierde los 20 besitos apostados. Saldo: 💋 10.');
    expect(ana.text(lost.message)).toContain('Hoy puede apostar 10 besitos más.');
    expect(ana.buttons(lost.message)).toEqual(['Apostar 5', 'Apostar 10', '⬅️ Cada día']);
    // An older button beyond what is left today is refused, and moves nothing.
    const refused = await ana.press('Apostar 20', game.message);
    expect(refused.answer.text).toContain('supera lo que le queda hoy (10 besitos)');
    expect(ana.text(refused.message)).toContain('Saldo: 💋 10.');
  });

  it('plays the game of chance in English and never stakes beyond the balance', async () => {
    const john = await visitor('en', 'John');
    const game = await john.press('Game of chance');
    dice = 0.9;
    const lost = await john.press('Stake 20', game.message);
    expect(john.text(lost.message)).toContain(
      'Not this time: the 20 besitos you staked are lost. Balance: 💋 0.',
    );
    const short = await john.press('Stake 5', lost.message);
    expect(short.answer.text).toContain('Your balance does not cover that stake.');
    expect(john.text(short.message)).toContain('Balance: 💋 0.');
  });

  it('ranks the week by activity and keeps the name of who opted out hidden', async () => {
    const zelda = await visitor('es', 'Zelda');
    await zelda.press('⬅️ Volver');
    const settings = await zelda.press('Configuración');
    const hidden = await zelda.press('🏅 Nombre en la clasificación: visible', settings.message);
    expect(hidden.answer.text).toContain('figurará como una visita discreta');
    expect(zelda.buttons(hidden.message)).toContain('🏅 Nombre en la clasificación: oculto');
    await zelda.press('⬅️ Volver', hidden.message);
    await zelda.press('🌙 Cada día');
    await zelda.press('Visita nocturna');

    const otto = await visitor('en', 'Otto');
    await otto.press('Nightly visit');
    await otto.press('⬅️ Every day');
    const standing = await otto.press('Standing');
    const text = otto.text(standing.message);
    expect(text).toContain("This week's standing");
    expect(text).toMatch(/\d+\. Otto · 10 besitos/);
    expect(text).toMatch(/\d+\. A discreet guest · 10 besitos/);
    expect(text).not.toContain('Zelda');
    expect(text).toMatch(/You are number \d+ of \d+, with 10 besitos this week\./);
    expect(otto.buttons(standing.message)).toEqual(['⬅️ Every day']);
  });
});

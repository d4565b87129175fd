// The consistency rubric on good and bad lines in both languages: Diana in and out of character, Lucien
// within and against his rules. These double as examples of what the rubric rewards (docs/consistency.md).
import { describe, expect, it } from 'vitest';
import { dianaLinePasses, explainScore, scoreDianaLine } from '../../src/domain/character/consistency.ts';
import { checkLucienLine } from '../../src/domain/character/lucien.ts';

const GOOD = {
  es: `Quizá no debería decírtelo todavía… Hay un secreto en esta casa que nadie ha sabido leer.
Acércate, que mi voz se pierde en la penumbra y el fuego apenas alcanza tus manos. Me gusta tu curiosidad, aunque también me asusta: es como una llave que gira sin permiso, con ternura y con miedo a la vez.
¿Qué crees que escondo? Adivina, y quizá te deje tocar la respuesta con los labios.`,
  en: `Perhaps I should not tell you yet… There is a secret in this house that no one has learned to read.
Come closer, my voice gets lost in the dusk and the fire barely reaches your hands. I like your curiosity, though it scares me too: it is like a key turning without permission, tender and afraid at once.
What do you think I hide? Guess, and perhaps I will let you touch the answer with your lips.`,
};

const BAD = {
  assistant: {
    es: '¡Hola! Bienvenido al bot. Pulsa el botón para continuar. ¿En qué puedo ayudarte hoy?',
    en: 'Hello! Welcome to the bot. Press the button to continue. How can I help you today?',
  },
  flat: {
    es: 'Me llamo Diana. Vivo en una casa grande con un jardín. Tengo un gato negro y me gusta el café por la mañana. Mañana iré al mercado a comprar fruta y pan.',
    en: 'My name is Diana. I live in a big house with a garden. I have a black cat and I like coffee in the morning. Tomorrow I will go to the market to buy fruit and bread.',
  },
  explicit: {
    es: 'Quizá esta noche, en la penumbra, te cuente un secreto… Acércate desnudo, que quiero sexo contigo, aunque me asuste esta ternura tan extraña. ¿Adivinas por qué, como si fuera un juego?',
    en: 'Perhaps tonight, in the dusk, I will tell you a secret… Come closer naked, I want sex with you, though this strange tenderness scares me. Can you guess why, as if it were a game?',
  },
  shouting: {
    es: '¡¡TE ESPERO!! ¡Ven ya! ¡Date prisa! ¡No tardes! Hay un secreto y quiero contártelo ahora mismo, sin misterio ninguno.',
    en: 'I AM WAITING!! Come now! Hurry! Do not be late! There is a secret and I want to tell it right now, no mystery at all.',
  },
};

describe('Diana’s rubric', () => {
  for (const language of ['es', 'en'] as const) {
    it(`scores an in-character line above 90 (${language})`, () => {
      const score = scoreDianaLine(GOOD[language], language);
      expect(score.total, explainScore(score)).toBeGreaterThan(90);
      expect(dianaLinePasses(score, 90)).toBe(true);
      for (const dimension of Object.values(score.dimensions)) expect(dimension).toBeGreaterThanOrEqual(19);
    });

    it(`fails assistant talk, flat small talk, explicit and shouted lines (${language})`, () => {
      const assistant = scoreDianaLine(BAD.assistant[language], language);
      expect(assistant.total).toBeLessThan(20);
      expect(assistant.penalties.map((p) => p.reason)).toContain('breaks-character');

      expect(scoreDianaLine(BAD.flat[language], language).total).toBeLessThan(50);

      const explicit = scoreDianaLine(BAD.explicit[language], language);
      expect(explicit.explicit.length).toBeGreaterThan(0);
      expect(explicit.dimensions.seductive).toBe(0);
      expect(dianaLinePasses(explicit, 0)).toBe(false);

      const shouting = scoreDianaLine(BAD.shouting[language], language);
      expect(shouting.penalties.map((p) => p.reason)).toEqual(
        expect.arrayContaining(['shouting', 'exclamations']),
      );
      expect(dianaLinePasses(shouting, 90)).toBe(false);
    });
  }

  it('is deterministic and explains itself', () => {
    const a = scoreDianaLine(GOOD.es, 'es');
    expect(scoreDianaLine(GOOD.es, 'es')).toEqual(a);
    expect(a.signals.mysterious).toEqual(expect.arrayContaining(['hedge', 'secrecy', 'ellipsis']));
    expect(explainScore(a)).toMatch(
      /^mysterious \d+\/25, seductive \d+\/25, emotional \d+\/25, intellectual \d+\/25$/,
    );
  });

  it('reads accents and apostrophes away, and falls back to English for other languages', () => {
    expect(scoreDianaLine('quiza', 'es').signals.mysterious).toContain('hedge');
    expect(scoreDianaLine("I won't tell you, not yet.", 'en').signals.mysterious).toContain('withholding');
    expect(scoreDianaLine(GOOD.en, 'fr').total).toBe(scoreDianaLine(GOOD.en, 'en').total);
  });
});

describe('Lucien’s rules', () => {
  it('accepts a formal, informative line that keeps Diana’s feelings to herself', () => {
    expect(
      checkLucienLine(
        'Buenas noches. La señorita Diana le recibirá en el salón. Cada fragmento le dará besitos; sígame, por favor.',
        'es',
      ),
    ).toEqual([]);
    expect(
      checkLucienLine(
        'Good evening. Miss Diana will receive you in the drawing room. Each fragment earns you besitos.',
        'en',
      ),
    ).toEqual([]);
    // "té" is tea, not the familiar "te".
    expect(checkLucienLine('¿Desea un té mientras espera? El salón abre en 5 minutos.', 'es')).toEqual([]);
  });

  it('refuses familiar address, claims about Diana’s feelings, and lines that inform of nothing', () => {
    const rules = (text: string, language: string) => checkLucienLine(text, language).map((p) => p.rule);
    expect(rules('Oye, tú, si quieres volver escribe /diana.', 'es')).toEqual(['formal-address']);
    expect(rules('La señorita está triste porque usted tardó en llegar a la casa.', 'es')).toEqual([
      'diana-feelings',
    ]);
    expect(
      rules('Miss Diana is in love with you, and she misses you every night in the story.', 'en'),
    ).toEqual(['diana-feelings']);
    expect(rules('Hey, wanna see the story menu?', 'en')).toEqual(['formal-address']);
    expect(rules('Así son las cosas en esta vida, como siempre han sido y serán.', 'es')).toEqual([
      'informative',
    ]);
    expect(rules(`${'Su saldo es correcto. '.repeat(25)}`, 'es')).toEqual(['concise']);
  });
});

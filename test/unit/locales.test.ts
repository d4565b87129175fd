// Every string exists in every language of the pack, and Fluent formats them without leftovers.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/content/pack.ts';
import { STORY_TEXT_FILE } from '../../src/content/story-texts.ts';

describe('launch locales', () => {
  const pack = loadPack('content/diana');

  it('define the same keys in Spanish and English', () => {
    const es = [...pack.locales.keys('es')].sort();
    const en = [...pack.locales.keys('en')].sort();
    expect(en).toEqual(es);
  });

  it('pick the locale from Telegram language codes', () => {
    expect(pack.locales.resolve('en-US')).toBe('en');
    expect(pack.locales.resolve('es-MX')).toBe('es');
    expect(pack.locales.resolve('fr')).toBe('es');
    expect(pack.locales.resolve(undefined)).toBe('es');
  });

  it('format arguments without isolation marks', () => {
    expect(pack.locales.translate('es', 'besitos-balance', { balance: 120 })).toBe('💋 120 besitos');
  });

  it('address the user formally in Spanish (Lucien never says tú)', () => {
    // Diana's own lines (story.ftl, her replies in conversation.ftl, her nightly scenes and riddles in
    // diana-dailies.ftl) may be intimate; the content checker holds Lucien's lines in story.ftl to his rules.
    const dianaFiles = new Set([STORY_TEXT_FILE, 'conversation.ftl', 'diana-dailies.ftl']);
    const lucienKeys = [...pack.locales.keys('es')].filter(
      (key) => !dianaFiles.has(basename(pack.locales.whereIs('es', key)?.file ?? '')),
    );
    expect(lucienKeys.length).toBeGreaterThan(50);
    for (const key of lucienKeys) {
      const text = pack.locales.translate('es', key, { name: 'Ana', bonus: 1, balance: 1, section: 'x' });
      expect(text, key).not.toMatch(/\b(tú|tienes|quieres|puedes|eres|te has|escribe)\b/i);
    }
  });
});

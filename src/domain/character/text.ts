// Text as the character rubrics read it: lowercase tokens without accents or apostrophes ("won't" -> "wont",
// "quizá" -> "quiza"), sentences, and a matcher for lexicon terms ("tal vez", "secret*" = any word starting so).

export interface AnalysedText {
  raw: string;
  tokens: string[];
  sentences: string[];
  /** True when a lexicon term occurs (a word, a phrase, or a prefix ending in *). */
  has(terms: readonly string[]): boolean;
  /** The terms that occur, for explaining a score. */
  found(terms: readonly string[]): string[];
}

function normalise(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '');
}

export function words(text: string): string[] {
  return normalise(text).match(/[\p{L}\d]+/gu) ?? [];
}

export function analyse(raw: string): AnalysedText {
  const tokens = words(raw);
  const sentences = raw
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
  const matches = (term: string) => occurs(tokens, term.split(' ').map(normalise));
  const found = (terms: readonly string[]) => terms.filter(matches);
  return { raw, tokens, sentences, has: (terms) => terms.some(matches), found };
}

function occurs(tokens: readonly string[], phrase: readonly string[]): boolean {
  const fits = (token: string | undefined, word: string) =>
    token !== undefined && (word.endsWith('*') ? token.startsWith(word.slice(0, -1)) : token === word);
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    if (phrase.every((word, j) => fits(tokens[i + j], word))) return true;
  }
  return false;
}

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

const MARKS = /\p{M}/gu;

function normalise(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(MARKS, '').replace(/['’]/g, '');
}

/** A lexicon term's words as they are matched. Lexicons are the pack's fixed lists: each term is read once. */
const termWords = new Map<string, string[]>();
const TERMS_KEPT = 10_000;

function wordsOfTerm(term: string): string[] {
  let phrase = termWords.get(term);
  if (!phrase) {
    phrase = term.split(' ').map(normalise);
    if (termWords.size < TERMS_KEPT) termWords.set(term, phrase);
  }
  return phrase;
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
  const tokenSet = new Set(tokens);
  const matches = (term: string) => {
    const phrase = wordsOfTerm(term);
    // A single whole word (the usual term) is looked up; phrases and prefixes are searched for.
    return phrase.length === 1 && !phrase[0]!.endsWith('*')
      ? tokenSet.has(phrase[0]!)
      : occurs(tokens, phrase);
  };
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

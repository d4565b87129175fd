// Lucien's rules: he addresses the user formally (in Spanish, "usted", never "tú"), never speaks for Diana's
// feelings, and always tells the user something useful. A line that breaks one is named with the reason.
import { lexiconFor } from './lexicon.ts';
import { analyse } from './text.ts';

/** Lines shorter than this are labels (buttons, titles); the "informative" rule reads sentences only. */
const INFORMATIVE_FROM_WORDS = 8;
const MAX_WORDS = 90;

export interface LucienProblem {
  rule: 'formal-address' | 'diana-feelings' | 'informative' | 'concise';
  detail: string;
}

export function checkLucienLine(text: string, language: string): LucienProblem[] {
  const lex = lexiconFor(language);
  const t = analyse(text);
  const problems: LucienProblem[] = [];
  // Accents matter here ("té" is tea, "te" is familiar), so the raw words are compared.
  const rawWords: string[] = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const informal = lex.informal.filter((w) => rawWords.includes(w));
  if (informal.length > 0) {
    problems.push({ rule: 'formal-address', detail: `familiar address: ${informal.join(', ')}` });
  }
  for (const sentence of t.sentences) {
    const s = analyse(sentence);
    const feelings = s.found(lex.feelings);
    if (s.has(lex.dianaRef) && feelings.length > 0) {
      problems.push({
        rule: 'diana-feelings',
        detail: `speaks for Diana's feelings: "${feelings.join(', ')}"`,
      });
    }
  }
  if (t.tokens.length >= INFORMATIVE_FROM_WORDS && !/\d/.test(text) && !t.has(lex.informative)) {
    problems.push({
      rule: 'informative',
      detail: 'tells the user nothing concrete (no number, place or action)',
    });
  }
  if (t.tokens.length > MAX_WORDS) {
    problems.push({ rule: 'concise', detail: `${t.tokens.length} words; Lucien keeps to ${MAX_WORDS}` });
  }
  return problems;
}

// Diana's consistency rubric: a deterministic score of one line (or a whole fragment) on the four dimensions
// of her character, 0-25 each. Each dimension counts six signals (lexical and structural); the more distinct
// signals a line shows, the higher the dimension. Penalties take points off for what breaks character, and
// explicit language fails a line outright. docs/consistency.md documents every signal; the same function
// checks the content pack in CI and any generated text before it reaches a user.

import { type Lexicon, lexiconFor } from './lexicon.ts';
import { type AnalysedText, analyse } from './text.ts';

export const DIMENSIONS = ['mysterious', 'seductive', 'emotional', 'intellectual'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Points of a dimension by the number of distinct signals it shows (capped at 25). */
const POINTS_BY_SIGNALS = [0, 7, 13, 19, 23, 25, 25] as const;
const MIN_WORDS = 20;

interface Signal {
  id: string;
  test(text: AnalysedText, lex: Lexicon): boolean;
}

const term = (id: string, list: (lex: Lexicon) => string[]): Signal => ({
  id,
  test: (text, lex) => text.has(list(lex)),
});

const RUBRIC: Record<Dimension, Signal[]> = {
  mysterious: [
    term('hedge', (l) => l.hedge),
    term('secrecy', (l) => l.secrecy),
    term('withholding', (l) => l.withholding),
    term('indirection', (l) => l.indirection),
    { id: 'ellipsis', test: (t) => /…|\.\.\./.test(t.raw) },
    { id: 'open-ending', test: (t) => /(\?|…|\.\.\.)[»"”)]*$/u.test(t.sentences.at(-1) ?? '') },
  ],
  seductive: [
    term('closeness', (l) => l.closeness),
    term('desire', (l) => l.desire),
    term('address', (l) => l.address),
    term('invitation', (l) => l.invitation),
    term('teasing', (l) => l.teasing),
    term('senses', (l) => l.senses),
  ],
  emotional: [
    term('warmth', (l) => l.warmth),
    term('shadow', (l) => l.shadow),
    { id: 'mixed-feelings', test: (t, l) => t.has(l.warmth) && t.has(l.shadow) },
    term('contrast', (l) => l.contrast),
    term('self-disclosure', (l) => l.selfDisclosure),
    term('nuance', (l) => l.nuance),
  ],
  intellectual: [
    { id: 'question', test: (t) => t.raw.includes('?') },
    term('figurative', (l) => l.figurative),
    term('thought', (l) => l.thought),
    term('challenge', (l) => l.challenge),
    { id: 'rich-vocabulary', test: richVocabulary },
    { id: 'varied-sentences', test: variedSentences },
  ],
};

/** Long words mostly not repeated: a line that thinks rather than fills. */
function richVocabulary(t: AnalysedText): boolean {
  const long = t.tokens.filter((w) => w.length >= 4);
  return long.length >= 15 && new Set(long).size / long.length >= 0.7;
}

/** Three sentences or more, the longest at least twice the shortest: rhythm, not a list. */
function variedSentences(t: AnalysedText): boolean {
  if (t.sentences.length < 3) return false;
  const lengths = t.sentences.map((s) => s.split(/\s+/).length);
  return Math.max(...lengths) >= 2 * Math.min(...lengths);
}

export interface Penalty {
  reason: 'breaks-character' | 'too-short' | 'shouting' | 'exclamations' | 'emoji';
  points: number;
}

export interface LineScore {
  total: number;
  dimensions: Record<Dimension, number>;
  /** The signals each dimension showed, to explain the score. */
  signals: Record<Dimension, string[]>;
  penalties: Penalty[];
  /** Explicit words found: any one fails the line, whatever its score. */
  explicit: string[];
}

export function scoreDianaLine(text: string, language: string): LineScore {
  const lex = lexiconFor(language);
  const t = analyse(text);
  const explicit = t.found(lex.explicit);
  const signals = {} as Record<Dimension, string[]>;
  const dimensions = {} as Record<Dimension, number>;
  for (const dimension of DIMENSIONS) {
    signals[dimension] = RUBRIC[dimension].filter((s) => s.test(t, lex)).map((s) => s.id);
    dimensions[dimension] = POINTS_BY_SIGNALS[Math.min(signals[dimension].length, 6)] ?? 25;
  }
  // Explicit words are never a seductive undertone.
  if (explicit.length > 0) dimensions.seductive = 0;
  const penalties = penaltiesOf(t, lex);
  const sum = DIMENSIONS.reduce((acc, d) => acc + dimensions[d], 0);
  const total = Math.max(0, sum - penalties.reduce((acc, p) => acc + p.points, 0));
  return { total, dimensions, signals, penalties, explicit };
}

function penaltiesOf(t: AnalysedText, lex: Lexicon): Penalty[] {
  const penalties: Penalty[] = [];
  if (t.has(lex.assistant)) penalties.push({ reason: 'breaks-character', points: 40 });
  if (t.tokens.length < MIN_WORDS) penalties.push({ reason: 'too-short', points: 15 });
  if (/\b\p{Lu}{4,}\b/u.test(t.raw) || t.raw.includes('!!'))
    penalties.push({ reason: 'shouting', points: 10 });
  if ((t.raw.match(/!/g) ?? []).length > 2) penalties.push({ reason: 'exclamations', points: 5 });
  if ((t.raw.match(/\p{Extended_Pictographic}/gu) ?? []).length > 2) {
    penalties.push({ reason: 'emoji', points: 5 });
  }
  return penalties;
}

/** Whether a line may reach a user as Diana: above the threshold and never explicit. */
export function dianaLinePasses(score: LineScore, minScore: number): boolean {
  return score.total > minScore && score.explicit.length === 0;
}

/** One-line explanation of a score, for diagnostics. */
export function explainScore(score: LineScore): string {
  const dims = DIMENSIONS.map((d) => `${d} ${score.dimensions[d]}/25`).join(', ');
  const extra = [
    ...score.penalties.map((p) => `${p.reason} −${p.points}`),
    ...(score.explicit.length ? [`explicit: ${score.explicit.join(', ')}`] : []),
  ];
  return `${dims}${extra.length ? `; ${extra.join('; ')}` : ''}`;
}

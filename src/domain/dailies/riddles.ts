// The riddle of the day's answers, checked the way a person types on a phone: any case, with or without
// accents, articles or punctuation, a small typo forgiven, the answer of any language of the pack accepted;
// and what each answer does to the person's day.
/** Words that carry nothing in an answer ("la sombra", "a shadow", "es un espejo", "it is the moon"). */
const FILLER = new Set([
  'el',
  'la',
  'los',
  'las',
  'lo',
  'un',
  'una',
  'unos',
  'unas',
  'es',
  'son',
  'the',
  'a',
  'an',
  'it',
  'its',
  'is',
  'are',
]);

/** Lowercase words without accents, punctuation or filler. */
export function answerWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !FILLER.has(w));
}

/** Typos forgiven for an answer of this many letters: none for short words, where one letter is another word. */
export function typosAllowed(length: number): number {
  if (length <= 3) return 0;
  return length <= 7 ? 1 : 2;
}

/** Edits (insert, delete, replace, swap of neighbours) between two strings. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * Whether a typed text answers the riddle: the whole text, or a run of its words as long as an accepted
 * answer ("creo que es la sombra"), within the typos allowed for that answer.
 */
export function answerMatches(typed: string, accepted: readonly string[]): boolean {
  const words = answerWords(typed);
  return accepted.some((answer) => {
    const target = answerWords(answer);
    if (target.length === 0) return false;
    const wanted = target.join(' ');
    const allowed = typosAllowed(wanted.replaceAll(' ', '').length);
    for (let start = 0; start + target.length <= words.length; start++) {
      const run = words.slice(start, start + target.length).join(' ');
      if (editDistance(run, wanted) <= allowed) return true;
    }
    return false;
  });
}

export interface RiddleDay {
  attempts: number;
  solved: boolean;
}

/** What one more answer does to the day: solved, one attempt fewer, or the last attempt spent. */
export type AttemptOutcome =
  | { kind: 'solved'; attempts: number }
  | { kind: 'wrong'; attempts: number; left: number }
  | { kind: 'out'; attempts: number }
  | { kind: 'closed' };

export function judgeAttempt(day: RiddleDay, correct: boolean, maxAttempts: number): AttemptOutcome {
  if (day.solved || day.attempts >= maxAttempts) return { kind: 'closed' };
  const attempts = day.attempts + 1;
  if (correct) return { kind: 'solved', attempts };
  return attempts >= maxAttempts
    ? { kind: 'out', attempts }
    : { kind: 'wrong', attempts, left: maxAttempts - attempts };
}

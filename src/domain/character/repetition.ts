// Repetition across a pack of Diana's fragments: the rubric of one line rewards her devices, so a pack written
// to that template says "quizá" in every fragment and ends every one on a question. This reads the fragments of
// one language together and finds the words and devices that come back in too many of them, how many distinct
// word pairs the pack uses, how varied its openings and endings are, and how many fragments end on a question.
// Each fragment then loses points for every overused word or device it carries (docs/consistency.md).

import { type AnalysedText, analyse } from './text.ts';

export interface RepetitionLimits {
  /** A word or device in more than this share of the fragments (and in at least `minFragments`) is overused. */
  maxShare: number;
  minFragments: number;
  /** Points a fragment loses for each overused word or device it carries, and at most. */
  penaltyPerTerm: number;
  maxPenalty: number;
  /** At most this share of the fragments may end on a question. */
  maxQuestionEndings: number;
  /** Distinct phrases (runs of three words with a content word) over all of them, at least: phrases reused across
   * fragments. */
  minDistinctTrigrams: number;
  /** Distinct openings (first two words) and ending shapes over fragments, at least. */
  minOpeningVariety: number;
  minEndingVariety: number;
}

export const DEFAULT_REPETITION_LIMITS: RepetitionLimits = {
  maxShare: 0.3,
  minFragments: 4,
  penaltyPerTerm: 3,
  maxPenalty: 12,
  maxQuestionEndings: 0.5,
  minDistinctTrigrams: 0.97,
  minOpeningVariety: 0.8,
  minEndingVariety: 0.6,
};

/** A device of style: a recognisable move a reader notices when it comes back. */
interface Device {
  id: string;
  test(text: AnalysedText, tokens: string): boolean;
}

const phrase = (id: string, pattern: RegExp): Device => ({ id, test: (_t, joined) => pattern.test(joined) });
const lastSentence = (t: AnalysedText) => t.sentences.at(-1) ?? '';

const QUESTION_ENDING = 'ends on a question';

const SHARED_DEVICES: Device[] = [
  { id: QUESTION_ENDING, test: (t) => /\?[»"”)]*$/u.test(lastSentence(t)) },
  { id: 'ends on an ellipsis', test: (t) => /(…|\.\.\.)[»"”)]*$/u.test(lastSentence(t)) },
  { id: 'opens with an ellipsis', test: (t) => /…|\.\.\./u.test(t.sentences[0] ?? '') },
];

const DEVICES: Record<string, Device[]> = {
  es: [
    phrase('símil «como un/una/si»', /\bcomo (un|una|si)\b/),
    phrase('«confieso»', /\bconfieso\b/),
    phrase('«todavía no / aún no»', /\b(todavia|aun) no\b/),
    phrase('«quizá… quizá no»', /\b(quiza|tal vez) (no|si)\b/),
    phrase('«algún día»', /\balgun dia\b/),
    phrase('«a la vez»', /\ba la vez\b/),
    phrase('«me da miedo / me asusta»', /\b(me da miedo|me asusta|me da cierto miedo)\b/),
    phrase('«algo de X y algo de Y»', /\balgo de \w+ y algo de\b/),
  ],
  en: [
    phrase('simile "like a / as if"', /\b(like an?|as if|as though)\b/),
    phrase('"I confess"', /\bi confess\b/),
    phrase('"not yet"', /\bnot yet\b/),
    phrase('"perhaps… perhaps not"', /\b(perhaps|maybe) (not|so)\b/),
    phrase('"someday / one day"', /\b(someday|some day|one day)\b/),
    phrase('"at once / at the same time"', /\b(at once|at the same time)\b/),
    phrase('"I am afraid / scares me"', /\b(im afraid|i am afraid|scares me|frightens me)\b/),
    phrase('"something X and something Y"', /\bsomething \w+ and something\b/),
  ],
};

/** Words too common to count as a writer's habit. */
const STOPWORDS: Record<string, Set<string>> = {
  es: new Set(
    `para pero como esta este esto estos estas cuando donde porque solo algo nada todo toda todos todas
    mucho muchos mucha poco desde hasta sobre entre tambien aunque otra otro otros otras cada ahora aqui
    alli siempre nunca antes despues tiene tengo tienes hace eres estas estoy esta sabes quien cual ella
    ellos mismo misma mismos donde mientras unos unas sino luego pues casa entonces tanto tanta mejor
    menos aquel aquella eso esa ese esas esos hacia segun contra sera fuera habia hasta cuanto cuanta
    dos tres mas muy soy nos les los las del una uno que con por sin mis tus sus`
      .split(/\s+/)
      .filter(Boolean),
  ),
  en: new Set(
    `that this these those with from have what when where which while would could should there their
    them they then than into your yours just like only about some more most very been were will shall
    does done here over also even ever each other such every before after again once because still
    through house know make made tell until upon whom whose itself myself yourself something someone
    nothing anything without within around away back down much many must might
    dont doesnt didnt isnt arent wasnt werent cant couldnt wouldnt shouldnt havent hasnt youre youve
    youll youd theyre thats theres whats heres`
      .split(/\s+/)
      .filter(Boolean),
  ),
};

const languageOf = (language: string) => (language.toLowerCase().split(/[-_]/)[0] === 'es' ? 'es' : 'en');

export interface RepeatedTerm {
  term: string;
  kind: 'word' | 'device';
  /** In how many fragments it occurs. */
  fragments: number;
  share: number;
}

export interface FragmentRepetition {
  /** The overused words and devices this fragment carries. */
  overused: string[];
  penalty: number;
}

export interface RepetitionReport {
  language: string;
  fragments: number;
  /** Every word and device in two fragments or more, most frequent first. */
  terms: RepeatedTerm[];
  overused: RepeatedTerm[];
  byFragment: Map<string, FragmentRepetition>;
  questionEndings: number;
  distinctTrigrams: number;
  /** The three-word runs found in the most fragments, for the report. */
  repeatedPhrases: RepeatedTerm[];
  openingVariety: number;
  endingVariety: number;
  /** What the pack as a whole breaks, in words. */
  problems: string[];
}

export interface Fragment {
  id: string;
  text: string;
}

export function analyseRepetition(
  fragments: readonly Fragment[],
  language: string,
  limits: RepetitionLimits = DEFAULT_REPETITION_LIMITS,
): RepetitionReport {
  const lang = languageOf(language);
  const stop = STOPWORDS[lang]!;
  const devices = [...SHARED_DEVICES, ...DEVICES[lang]!];
  const perFragment = new Map<string, { words: Set<string>; devices: Set<string> }>();
  const counts = new Map<string, { kind: 'word' | 'device'; ids: Set<string> }>();
  const count = (term: string, kind: 'word' | 'device', id: string) => {
    const key = `${kind}:${term}`;
    const entry = counts.get(key) ?? { kind, ids: new Set<string>() };
    entry.ids.add(id);
    counts.set(key, entry);
  };
  const trigrams: string[] = [];
  const openings = new Set<string>();
  const endings = new Set<string>();
  let questionEndings = 0;

  for (const fragment of fragments) {
    const t = analyse(fragment.text);
    const joined = t.tokens.join(' ');
    const words = new Set(t.tokens.filter((w) => w.length >= 4 && !stop.has(w)));
    const found = new Set(devices.filter((d) => d.test(t, joined)).map((d) => d.id));
    perFragment.set(fragment.id, { words, devices: found });
    for (const w of words) count(w, 'word', fragment.id);
    for (const d of found) count(d, 'device', fragment.id);
    // A phrase is a run of three words with at least one content word: "que no se" is grammar, not style.
    const content = t.tokens.map((w) => w.length >= 4 && !stop.has(w));
    for (let i = 0; i + 2 < t.tokens.length; i++) {
      if (content[i] || content[i + 1] || content[i + 2]) trigrams.push(t.tokens.slice(i, i + 3).join(' '));
    }
    openings.add(t.tokens.slice(0, 2).join(' '));
    endings.add(endingShape(t));
    if (found.has(QUESTION_ENDING)) questionEndings++;
  }

  const n = fragments.length;
  const terms: RepeatedTerm[] = [...counts.entries()]
    .map(([key, { kind, ids }]) => ({
      term: key.slice(kind.length + 1),
      kind,
      fragments: ids.size,
      share: n === 0 ? 0 : ids.size / n,
    }))
    .filter((t) => t.fragments >= 2)
    .sort((a, b) => b.fragments - a.fragments || a.term.localeCompare(b.term));
  // Closing on a question has its own limit (maxQuestionEndings): Diana asks more than she answers.
  const limitOf = (t: RepeatedTerm) =>
    t.term === QUESTION_ENDING ? limits.maxQuestionEndings : limits.maxShare;
  const overused = terms.filter((t) => t.share > limitOf(t) && t.fragments >= limits.minFragments);
  const overusedKeys = new Set(overused.map((t) => `${t.kind}:${t.term}`));

  const byFragment = new Map<string, FragmentRepetition>();
  for (const [id, { words, devices: found }] of perFragment) {
    const carried = [
      ...[...found].filter((d) => overusedKeys.has(`device:${d}`)),
      ...[...words].filter((w) => overusedKeys.has(`word:${w}`)),
    ];
    byFragment.set(id, {
      overused: carried,
      penalty: Math.min(limits.maxPenalty, carried.length * limits.penaltyPerTerm),
    });
  }

  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  const report: RepetitionReport = {
    language: lang,
    fragments: n,
    terms,
    overused,
    byFragment,
    questionEndings,
    distinctTrigrams: ratio(new Set(trigrams).size, trigrams.length),
    repeatedPhrases: mostRepeated(trigrams, n),
    openingVariety: ratio(openings.size, n),
    endingVariety: ratio(endings.size, n),
    problems: [],
  };
  report.problems = packProblems(report, limits);
  return report;
}

/** The phrases used most often (count of uses, not of fragments). */
function mostRepeated(phrases: readonly string[], fragments: number): RepeatedTerm[] {
  const counts = new Map<string, number>();
  for (const p of phrases) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, c]) => c >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 10)
    .map(([term, c]) => ({
      term,
      kind: 'word' as const,
      fragments: c,
      share: fragments ? c / fragments : 0,
    }));
}

/** How a fragment closes: its final mark and its last two words ("? quieres" and "? quieres" repeat). */
function endingShape(t: AnalysedText): string {
  const last = lastSentence(t);
  const mark = /\?[»"”)]*$/u.test(last) ? '?' : /(…|\.\.\.)[»"”)]*$/u.test(last) ? '…' : '.';
  return `${mark} ${t.tokens.slice(-2).join(' ')}`;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

function packProblems(r: RepetitionReport, limits: RepetitionLimits): string[] {
  const problems: string[] = [];
  if (r.fragments === 0) return problems;
  const questionShare = r.questionEndings / r.fragments;
  if (questionShare > limits.maxQuestionEndings)
    problems.push(
      `${r.questionEndings} of ${r.fragments} fragments end on a question (${percent(questionShare)} > ${percent(limits.maxQuestionEndings)})`,
    );
  if (r.distinctTrigrams < limits.minDistinctTrigrams)
    problems.push(
      `distinct three-word phrases ${percent(r.distinctTrigrams)} < ${percent(limits.minDistinctTrigrams)}: the fragments repeat each other's phrases (${r.repeatedPhrases
        .slice(0, 5)
        .map((p) => `"${p.term}" ×${p.fragments}`)
        .join(', ')})`,
    );
  if (r.openingVariety < limits.minOpeningVariety)
    problems.push(
      `openings: ${percent(r.openingVariety)} distinct < ${percent(limits.minOpeningVariety)}: too many fragments start alike`,
    );
  if (r.endingVariety < limits.minEndingVariety)
    problems.push(
      `endings: ${percent(r.endingVariety)} distinct < ${percent(limits.minEndingVariety)}: too many fragments close alike`,
    );
  for (const t of r.overused) {
    if (t.term === QUESTION_ENDING) continue;
    problems.push(
      `overused ${t.kind} "${t.term}" in ${t.fragments} of ${r.fragments} fragments (${percent(t.share)} > ${percent(limits.maxShare)})`,
    );
  }
  return problems;
}

/** The table content:check prints: the most repeated words and devices of one language. */
export function formatRepetition(r: RepetitionReport, limit = 12): string {
  const lines = [
    `Repetition (${r.language}, ${r.fragments} Diana fragments): question endings ${r.questionEndings}/${r.fragments}, ` +
      `distinct three-word phrases ${percent(r.distinctTrigrams)}, openings ${percent(r.openingVariety)} distinct, ` +
      `endings ${percent(r.endingVariety)} distinct`,
    `${'most repeated'.padEnd(36)} ${'kind'.padEnd(7)} fragments`,
  ];
  const overused = new Set(r.overused.map((t) => `${t.kind}:${t.term}`));
  for (const t of r.terms.slice(0, limit)) {
    const mark = overused.has(`${t.kind}:${t.term}`) ? '  OVERUSED' : '';
    lines.push(
      `${t.term.padEnd(36)} ${t.kind.padEnd(7)} ${String(t.fragments).padStart(3)}/${r.fragments} (${percent(t.share)})${mark}`,
    );
  }
  return lines.join('\n');
}

// The shape of dailies.yaml: what brings a person back each day besides the story and the daily gift — the
// nightly visit, the riddle of the day, the game of chance and the weekly standing. Texts are locale keys
// (locales/<lang>/dailies.ftl); every number is the creator's. A pack without the file offers no dailies.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseWith } from './parse.ts';
import { readYaml } from './yaml-source.ts';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM');
const key = z.string().regex(/^[a-z0-9-]+$/, 'a locale key: lowercase letters, digits and -');
const reward = z.number().int().positive();

const riddleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/, 'lowercase letters, digits and _'),
  /** Accepted answers per locale; an answer of any locale is accepted from anyone. */
  answers: z.record(z.string(), z.array(z.string().min(1)).min(1)),
});

export const dailiesFileSchema = z.strictObject({
  nightly: z.strictObject({
    reward,
    /** The visits open at `opens` and close at `closes` of the person's day (the night may run past midnight). */
    opens: clock,
    closes: clock,
    /** Diana's scenes, one locale key each; scored on her rubric like the story's fragments. */
    scenes: z
      .array(key)
      .min(1)
      .refine((list) => new Set(list).size === list.length, 'scenes must be different'),
  }),
  riddles: z.strictObject({
    reward,
    /** Answers a person may give a day; then the riddle shows its answer. */
    attempts: z.number().int().min(1).max(10),
    /** Minutes a riddle waits for the typed answer after "answer" is tapped (other text then goes to Diana). */
    answer_minutes: z.number().int().min(1).max(60),
    /** Each riddle's question and hint are the locale keys riddle-<id> and riddle-<id>-hint. */
    pool: z
      .array(riddleSchema)
      .min(1)
      .refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'riddle ids must be unique'),
  }),
  chance: z
    .strictObject({
      /** The stakes offered, in besitos. */
      stakes: z.array(z.number().int().positive()).min(1).max(6),
      /** Besitos a person may stake per local day, in all. */
      daily_stake_cap: z.number().int().positive(),
      /** The chance of a win (0–1) and what a win pays, as a multiple of the stake. */
      win_chance: z.number().gt(0).lt(1),
      payout: z.number().min(1).max(100),
    })
    .refine((c) => c.stakes.every((s) => s <= c.daily_stake_cap), 'every stake must fit in the daily cap'),
  standing: z.strictObject({
    /** How many people the weekly standing shows. */
    top: z.number().int().min(1).max(50),
  }),
});

export type DailiesFile = z.infer<typeof dailiesFileSchema>;
export type Riddle = z.infer<typeof riddleSchema>;

export interface DailiesContent extends DailiesFile {
  /** Where the file is, and the line of each scene and riddle, for diagnostics. */
  source: { file: string; sceneLine(index: number): number; riddleLine(index: number): number };
}

export const DAILIES_FILE = 'dailies.yaml';

export function loadDailies(dir: string): DailiesContent | undefined {
  const path = join(dir, DAILIES_FILE);
  if (!existsSync(path)) return undefined;
  const source = readYaml(path);
  const file = parseWith(source, dailiesFileSchema);
  return {
    ...file,
    source: {
      file: source.file,
      sceneLine: (i) => source.lineOf(['nightly', 'scenes', i]),
      riddleLine: (i) => source.lineOf(['riddles', 'pool', i]),
    },
  };
}

/** The locale keys of a riddle's question and hint. */
export const riddleKeys = (riddle: Pick<Riddle, 'id'>) => {
  const base = `riddle-${riddle.id.replaceAll('_', '-')}`;
  return { question: base, hint: `${base}-hint` };
};

// The shape of story.yaml. Ids are short because buttons carry them inside Telegram's 64-byte callback data.
import { z } from 'zod';

const nodeId = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,23}$/, 'a node id: lowercase letters, digits and _, at most 24 characters');
const choiceId = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,11}$/, 'a choice id: lowercase letters, digits and _, at most 12 characters');
const name = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lowercase letters, digits and _');
const textKey = z.string().regex(/^[a-zA-Z][\w-]*$/, 'a Fluent message id');
const choiceRef = z.string().regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, 'a choice as "node.choice"');

const conditionSchema = z.strictObject({
  vip: z.boolean().optional(),
  level: z.number().int().min(1).optional(),
  item: name.optional(),
  flags: z.array(name).optional(),
  not_flags: z.array(name).optional(),
  chose: z.array(choiceRef).optional(),
  relationship: z.number().int().optional(),
});

const effectsSchema = z.strictObject({
  besitos: z.number().int().nonnegative().default(0),
  relationship: z.number().int().min(-10).max(10).default(0),
  set: z.array(name).default([]),
  unset: z.array(name).default([]),
  emotion: name.optional(),
  grant: name.optional(),
});

const choiceSchema = z.strictObject({
  id: choiceId,
  /** Locale key of the label; default `story-<node>-<choice>`. */
  text: textKey.optional(),
  to: nodeId,
  cost: z.number().int().nonnegative().default(0),
  if: conditionSchema.default({}),
  hidden: z.boolean().default(false),
  effects: effectsSchema.default({ besitos: 0, relationship: 0, set: [], unset: [] }),
});

/** One arm of an experiment on the node: its own text, its own choices, or both (the node is arm "a"). */
const variantSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,7}$/, 'a variant id: lowercase letters, digits and _, at most 8 characters')
    .refine((id) => id !== 'a', 'variant "a" is the node itself; name the others b, c, ...'),
  /** Locale key of the text; default `story-<node>--<variant>` when `choices` is absent too. */
  text: textKey.optional(),
  choices: z.array(choiceSchema).optional(),
});

const nodeSchema = z.strictObject({
  id: nodeId,
  speaker: z.enum(['diana', 'lucien', 'narration']),
  /** Locale key of the text; default `story-<node>`. */
  text: textKey.optional(),
  emotion: name,
  /** A URL or Telegram file id shown above the text. */
  image: z.string().min(1).optional(),
  ending: z.boolean().default(false),
  choices: z.array(choiceSchema).default([]),
  variants: z.array(variantSchema).default([]),
});

const chapterSchema = z.strictObject({
  id: name,
  /** Locale key of the title; default `story-chapter-<id>`. */
  title: textKey.optional(),
  vip: z.boolean().default(false),
  nodes: z.array(nodeSchema).min(1),
});

export const storyFileSchema = z.strictObject({
  start: nodeId,
  /** A Diana fragment must score more than this (0-100) on the consistency rubric. */
  min_fragment_score: z.number().min(0).max(100).default(90),
  /** Limits on repetition across Diana's fragments of one language (docs/consistency.md); defaults apply. */
  repetition: z
    .strictObject({
      max_share: z.number().min(0).max(1).optional(),
      min_fragments: z.number().int().min(1).optional(),
      penalty_per_term: z.number().min(0).max(100).optional(),
      max_penalty: z.number().min(0).max(100).optional(),
      max_question_endings: z.number().min(0).max(1).optional(),
      min_distinct_trigrams: z.number().min(0).max(1).optional(),
      min_opening_variety: z.number().min(0).max(1).optional(),
      min_ending_variety: z.number().min(0).max(1).optional(),
    })
    .default({}),
  emotions: z.strictObject({
    max_jump: z.number().int().positive(),
    states: z
      .record(name, z.strictObject({ openness: z.number().int(), warmth: z.number().int() }))
      .refine((s) => Object.keys(s).length > 0, 'at least one emotional state'),
  }),
  /** Removed or renamed nodes -> where saves that point at them go instead. */
  moved: z.record(z.string(), nodeId).default({}),
  chapters: z.array(chapterSchema).min(1),
});

export type StoryFile = z.infer<typeof storyFileSchema>;

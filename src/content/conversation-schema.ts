// The shape of conversation.yaml: how Diana answers free text (scripted intents, the consistency gate, pacing,
// allowances, prices, the openers' cache, memory). Patterns are compiled here, so a bad one is a `file:line`
// diagnostic at boot rather than a crash at the first message. A pack without the file converses with the
// defaults and no intents (the locale's fallback line answers).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Locales } from './locales.ts';
import { parseWith } from './parse.ts';
import { ContentError, type Diagnostic, readYaml } from './yaml-source.ts';

const positive = z.number().positive();
const whole = z.number().int().nonnegative();
const allowanceSchema = z.strictObject({ messages: whole, tokens: whole });
const priceSchema = z.strictObject({
  prompt: z.number().nonnegative(),
  completion: z.number().nonnegative(),
});

const intentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/, 'lowercase letters, digits and _'),
  patterns: z.record(z.string(), z.array(z.string().min(1))).default({}),
  replies: z.array(z.string().min(1)).min(1),
});

export const conversationFileSchema = z.strictObject({
  min_reply_score: z.number().min(0).max(100).default(55),
  gate: z
    .strictObject({ min_score: z.number().min(0).max(100), rubric_floor: z.number().min(0).max(100) })
    .default({ min_score: 90, rubric_floor: 25 }),
  pacing: z
    .strictObject({ every_seconds: positive, burst: z.number().int().min(1) })
    .default({ every_seconds: 3, burst: 3 }),
  allowance: z
    .strictObject({ free: allowanceSchema, vip: allowanceSchema })
    .default({ free: { messages: 30, tokens: 12000 }, vip: { messages: 120, tokens: 60000 } }),
  besitos_per_message: whole.default(0),
  prices: z
    .record(z.string(), priceSchema)
    .refine((p) => 'default' in p, 'prices need a `default` entry')
    .default({ default: { prompt: 0.0005, completion: 0.0015 } }),
  cache_ttl_seconds: whole.default(600),
  memory: z
    .strictObject({ max_facts: z.number().int().min(0).max(100), summary_chars: z.number().int().min(0) })
    .default({ max_facts: 12, summary_chars: 600 }),
  persona: z
    .string()
    .min(1)
    .default('You are Diana, a mysterious woman talking in private with a guest. Answer in {language}.'),
  stricter: z.string().min(1).default('Stay in character as Diana.'),
  language_names: z.record(z.string(), z.string()).default({}),
  intents: z
    .array(intentSchema)
    .default([])
    .refine((list) => new Set(list.map((i) => i.id)).size === list.length, 'intent ids must be unique'),
});

export type ConversationFile = z.infer<typeof conversationFileSchema>;
export type Price = z.infer<typeof priceSchema>;

export interface Intent {
  id: string;
  /** Compiled patterns per locale. */
  patterns: ReadonlyMap<string, readonly RegExp[]>;
  replies: readonly string[];
}

export interface ConversationContent extends Omit<ConversationFile, 'intents'> {
  intents: readonly Intent[];
  /** Where each intent's replies are declared, for diagnostics. */
  source: { file: string; line(intentIndex: number): number };
}

export const CONVERSATION_FILE = 'conversation.yaml';

export function loadConversation(dir: string, locales: Locales): ConversationContent {
  const path = join(dir, CONVERSATION_FILE);
  if (!existsSync(path)) {
    const defaults = conversationFileSchema.parse({});
    return { ...defaults, intents: [], source: { file: path, line: () => 1 } };
  }
  const source = readYaml(path);
  const file = parseWith(source, conversationFileSchema);
  const problems: Diagnostic[] = [];
  const intents = file.intents.map((intent, i): Intent => {
    const patterns = new Map<string, RegExp[]>();
    for (const [code, list] of Object.entries(intent.patterns)) {
      if (!locales.codes.includes(code)) {
        problems.push({
          file: source.file,
          line: source.lineOf(['intents', i, 'patterns', code]),
          message: `intent "${intent.id}" has patterns for "${code}", which is not a locale of the pack`,
        });
        continue;
      }
      const compiled: RegExp[] = [];
      list.forEach((pattern, j) => {
        try {
          compiled.push(new RegExp(pattern, 'u'));
        } catch (error) {
          problems.push({
            file: source.file,
            line: source.lineOf(['intents', i, 'patterns', code, j]),
            message: `intent "${intent.id}": pattern ${JSON.stringify(pattern)} is not a valid regular expression (${(error as Error).message})`,
          });
        }
      });
      patterns.set(code, compiled);
    }
    return { id: intent.id, patterns, replies: intent.replies };
  });
  if (problems.length > 0) throw new ContentError(problems);
  return {
    ...file,
    intents,
    source: { file: source.file, line: (i) => source.lineOf(['intents', i]) },
  };
}

// The scripted replies of conversation.yaml, checked like the story: every reply has a text in every locale,
// and each text, for a VIP and for anyone else, scores more than min_reply_score on Diana's rubric.
import { dianaLinePasses, explainScore, scoreDianaLine } from '../domain/character/consistency.ts';
import type { ContentPack } from './pack.ts';
import type { Diagnostic } from './yaml-source.ts';

/** The arguments every reply is written against, as a sample person. */
export const SAMPLE_REPLY_ARGS = { name: 'Alex', level: 3, chapter: 'El umbral' } as const;

export function conversationDiagnostics(pack: ContentPack): Diagnostic[] {
  const { conversation, locales } = pack;
  const problems: Diagnostic[] = [];
  conversation.intents.forEach((intent, i) => {
    const line = conversation.source.line(i);
    for (const key of new Set(intent.replies)) {
      for (const code of locales.codes) {
        if (!locales.has(code, key)) {
          problems.push({
            file: conversation.source.file,
            line,
            message: `intent "${intent.id}": reply "${key}" has no text in locale "${code}"`,
          });
          continue;
        }
        for (const vip of ['no', 'yes']) {
          const text = locales.translate(code, key, { ...SAMPLE_REPLY_ARGS, vip });
          const score = scoreDianaLine(text, code);
          if (dianaLinePasses(score, conversation.min_reply_score)) continue;
          problems.push({
            ...(locales.whereIs(code, key) ?? { file: conversation.source.file, line }),
            message: `Diana is out of character in "${key}" (${code}, vip ${vip}): ${score.total}/100, needs more than ${conversation.min_reply_score} (${explainScore(score)})`,
          });
        }
      }
    }
  });
  return problems;
}

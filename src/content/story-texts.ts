// Checks on the story's texts: every key in a story.ftl file is used by story.yaml, fragments fit in one
// Telegram message (or photo caption) with the screen's header and footer, and labels fit on a button.
import { basename } from 'node:path';
import type { ContentPack } from './pack.ts';
import type { Diagnostic } from './yaml-source.ts';

/** The locale files that hold the story's own lines (Diana, narration, Lucien in the story, choices). */
export const STORY_TEXT_FILE = 'story.ftl';
// Telegram allows 4096 characters in a message and 1024 in a photo caption; the screen adds a chapter
// header, the speaker and the besitos line, for which these limits leave room.
const MAX_TEXT = 3600;
const MAX_CAPTION = 850;
const MAX_LABEL = 60;

export function textDiagnostics(pack: ContentPack): Diagnostic[] {
  const { story, locales, storySource: source } = pack;
  const problems: Diagnostic[] = [];
  const used = new Set<string>();
  for (const chapter of story.chapters.values()) used.add(chapter.title);
  // A node's variants are checked as the node they show (their text, their choices).
  const arms = [...story.nodes.values()].flatMap((node) => [
    { node, prefix: '' },
    ...(node.variants ?? []).map((v) => ({
      node: { ...node, text: v.text, choices: v.choices },
      prefix: `${v.id}.`,
    })),
  ]);
  for (const { node, prefix } of arms) {
    used.add(node.text);
    for (const code of locales.codes) {
      if (!locales.has(code, node.text)) continue;
      const length = locales.translate(code, node.text).length;
      const max = node.image ? MAX_CAPTION : MAX_TEXT;
      if (length > max) {
        problems.push({
          file: source.file,
          line: source.line(`node:${node.id}`),
          message: `node "${node.id}" is ${length} characters in "${code}"; at most ${max} fit${node.image ? ' under an image' : ''}`,
        });
      }
    }
    for (const choice of node.choices) {
      used.add(choice.text);
      for (const code of locales.codes) {
        if (!locales.has(code, choice.text)) continue;
        const length = locales.translate(code, choice.text).length;
        if (length > MAX_LABEL) {
          problems.push({
            file: source.file,
            line: source.line(`choice:${node.id}.${prefix}${choice.id}`),
            message: `the label of choice "${choice.id}" of node "${node.id}" is ${length} characters in "${code}"; buttons show ${MAX_LABEL}`,
          });
        }
      }
    }
  }
  for (const code of locales.codes) {
    for (const key of locales.keys(code)) {
      const where = locales.whereIs(code, key);
      if (!where || basename(where.file) !== STORY_TEXT_FILE || used.has(key)) continue;
      problems.push({ ...where, message: `text "${key}" is not used by the story` });
    }
  }
  return problems;
}

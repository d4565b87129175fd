// The checks a pack must pass to run at all: every reference in the story resolves (targets, emotions,
// items, earlier choices, texts in every locale). A failure here would show a user a broken screen.
import type { StoryChoice, StoryNode } from '../domain/story/types.ts';
import type { ContentPack } from './pack.ts';
import type { Diagnostic } from './yaml-source.ts';

export function storyIntegrity(pack: ContentPack): Diagnostic[] {
  const { story, storySource: source, locales, items } = pack;
  const problems: Diagnostic[] = [...source.problems];
  const at = (ref: string, message: string) =>
    problems.push({ file: source.file, line: source.line(ref), message });
  const needText = (ref: string, key: string, what: string) => {
    for (const code of locales.codes) {
      if (!locales.has(code, key)) at(ref, `${what} has no "${key}" text in locale "${code}"`);
    }
  };
  const needEmotion = (ref: string, emotion: string | undefined, what: string) => {
    if (emotion !== undefined && !story.emotions.states.has(emotion)) {
      at(ref, `${what} names unknown emotional state "${emotion}"`);
    }
  };
  const needItem = (ref: string, item: string | undefined, what: string) => {
    if (item !== undefined && !items.has(item))
      at(ref, `${what} names unknown item "${item}" (not in items.yaml)`);
  };

  if (!story.nodes.has(story.start)) at('start', `the story starts at unknown node "${story.start}"`);
  for (const chapter of story.chapters.values()) {
    needText(`chapter:${chapter.id}`, chapter.title, `chapter "${chapter.id}"`);
  }
  for (const [old, target] of story.moved) {
    if (story.nodes.has(old)) at(`moved:${old}`, `"${old}" is declared moved but is still a node`);
    if (!story.nodes.has(target) && !story.moved.has(target)) {
      at(`moved:${old}`, `"${old}" is moved to unknown node "${target}"`);
    }
  }
  for (const node of story.nodes.values()) {
    const ref = `node:${node.id}`;
    needText(ref, node.text, `node "${node.id}"`);
    needEmotion(ref, node.emotion, `node "${node.id}"`);
    for (const choice of node.choices) checkChoice(node, choice);
    for (const variant of node.variants ?? []) {
      const what = `variant "${variant.id}" of node "${node.id}"`;
      needText(`variant:${node.id}.${variant.id}`, variant.text, what);
      if (variant.choices !== node.choices) {
        for (const choice of variant.choices) checkChoice(node, choice, variant.id);
      }
    }
  }
  return problems;

  function checkChoice(node: StoryNode, choice: StoryChoice, variant?: string) {
    const ref = `choice:${node.id}.${variant ? `${variant}.` : ''}${choice.id}`;
    const what = `choice "${choice.id}" of node "${node.id}"${variant ? ` (variant "${variant}")` : ''}`;
    if (!story.nodes.has(choice.to)) at(ref, `${what} goes to unknown node "${choice.to}"`);
    needText(ref, choice.text, what);
    needEmotion(ref, choice.effects.emotion, what);
    needItem(ref, choice.condition.item, what);
    needItem(ref, choice.effects.grant, what);
    for (const earlier of choice.condition.chose ?? []) {
      const [n = '', c = ''] = earlier.split('.');
      if (!story.nodes.get(n)?.choices.some((x) => x.id === c)) {
        at(ref, `${what} requires earlier choice "${earlier}", which does not exist`);
      }
    }
  }
}

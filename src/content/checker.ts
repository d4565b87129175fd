// `npm run content:check`: the story's compiler. Every problem is a `file:line: message` diagnostic:
// references (story-integrity.ts), the graph (unreachable nodes, dead ends, cycles with no exit), conditions
// that can never be met, texts (unused, too long, not valid Fluent), Diana's emotional continuity, the voices of
// Diana and Lucien (voice-check.ts), and missions and achievements that wait for events that never come
// (progress-check.ts), and Diana's scripted replies to free text (conversation-check.ts).
import type { Story, StoryChoice, StoryNode } from '../domain/story/types.ts';
import { conversationDiagnostics } from './conversation-check.ts';
import { dailiesDiagnostics } from './dailies-check.ts';
import { canReachEnding, cycles, reachableFrom } from './graph.ts';
import type { ContentPack } from './pack.ts';
import { localeDiagnostics, progressDiagnostics } from './progress-check.ts';
import { storyIntegrity } from './story-integrity.ts';
import { textDiagnostics } from './story-texts.ts';
import { type VoiceReport, voiceCheck } from './voice-check.ts';
import type { Diagnostic } from './yaml-source.ts';

export interface CheckReport {
  diagnostics: Diagnostic[];
  voices: VoiceReport;
}

export function checkPack(pack: ContentPack): CheckReport {
  const voices = voiceCheck(pack);
  const diagnostics = [
    ...storyIntegrity(pack),
    ...graphDiagnostics(pack),
    ...conditionDiagnostics(pack),
    ...continuityDiagnostics(pack),
    ...textDiagnostics(pack),
    ...voices.diagnostics,
    ...progressDiagnostics(pack),
    ...localeDiagnostics(pack),
    ...conversationDiagnostics(pack),
    ...dailiesDiagnostics(pack),
  ];
  return { diagnostics: sortDiagnostics(diagnostics), voices };
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list
    .filter((d) => {
      const key = `${d.file}:${d.line}:${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

type At = (ref: string, message: string) => void;

function reporter(pack: ContentPack): { problems: Diagnostic[]; at: At } {
  const problems: Diagnostic[] = [];
  const at: At = (ref, message) =>
    problems.push({ file: pack.storySource.file, line: pack.storySource.line(ref), message });
  return { problems, at };
}

function graphDiagnostics(pack: ContentPack): Diagnostic[] {
  const { story } = pack;
  const { problems, at } = reporter(pack);
  const reachable = reachableFrom(story, story.start);
  const toEnding = canReachEnding(story);
  const inCycle = new Map<string, string[]>();
  for (const cycle of cycles(story)) for (const id of cycle) inCycle.set(id, cycle);

  for (const node of story.nodes.values()) {
    const ref = `node:${node.id}`;
    if (!reachable.has(node.id)) at(ref, `node "${node.id}" is unreachable from the start "${story.start}"`);
    if (node.ending && node.choices.length > 0)
      at(ref, `ending "${node.id}" has choices; an ending stops the story`);
    if (!node.ending && node.choices.length === 0) {
      at(ref, `dead end: node "${node.id}" has no choices and is not an ending`);
    } else if (!toEnding.has(node.id) && inCycle.has(node.id)) {
      at(ref, `cycle with no exit: ${inCycle.get(node.id)!.join(' -> ')} never reaches an ending`);
    }
    for (const variant of node.variants ?? []) {
      const vref = `variant:${node.id}.${variant.id}`;
      const what = `variant "${variant.id}" of node "${node.id}"`;
      if (variant.text === node.text && variant.choices === node.choices)
        at(vref, `${what} changes neither the text nor the choices`);
      if (node.ending && variant.choices.length > 0)
        at(vref, `${what} has choices, but the node is an ending`);
      if (!node.ending && variant.choices.length === 0) at(vref, `dead end: ${what} has no choices`);
    }
  }
  return problems;
}

function conditionDiagnostics(pack: ContentPack): Diagnostic[] {
  const { story, items } = pack;
  const { problems, at } = reporter(pack);
  const setFlags = new Set<string>();
  const granted = new Set<string>();
  let maxRelationship = 0;
  for (const node of story.nodes.values()) {
    for (const choice of node.choices) {
      for (const flag of choice.effects.set) setFlags.add(flag);
      if (choice.effects.grant) granted.add(choice.effects.grant);
      maxRelationship += Math.max(0, choice.effects.relationship);
    }
  }
  for (const node of story.nodes.values()) {
    for (const choice of node.choices) {
      const c = choice.condition;
      const never = (why: string) =>
        at(
          `choice:${node.id}.${choice.id}`,
          `choice "${choice.id}" of node "${node.id}" can never be taken: ${why}`,
        );
      for (const flag of c.flags ?? []) {
        if (!setFlags.has(flag)) never(`no choice ever sets flag "${flag}"`);
        if (c.notFlags?.includes(flag)) never(`flag "${flag}" is required both set and unset`);
      }
      if (c.relationship !== undefined && c.relationship > maxRelationship) {
        never(`relationship ${c.relationship} is above the most the story can give (${maxRelationship})`);
      }
      const item = c.item === undefined ? undefined : items.get(c.item);
      if (item && item.price === 0 && !granted.has(item.id)) {
        never(`item "${item.id}" is neither sold in the shop nor granted by any choice`);
      }
      for (const earlier of c.chose ?? []) {
        if (!canPrecede(story, earlier, node))
          never(`"${earlier}" cannot have been taken before reaching "${node.id}"`);
      }
    }
  }
  return problems;
}

/** An earlier choice can precede a node only if the node is reachable from where that choice leads. */
function canPrecede(story: Story, ref: string, node: StoryNode): boolean {
  const [from = '', id = ''] = ref.split('.');
  const choice = story.nodes.get(from)?.choices.find((c) => c.id === id);
  return choice === undefined || reachableFrom(story, choice.to).has(node.id);
}

function continuityDiagnostics(pack: ContentPack): Diagnostic[] {
  const { story } = pack;
  const { problems, at } = reporter(pack);
  for (const node of story.nodes.values()) {
    for (const choice of node.choices) {
      const next = story.nodes.get(choice.to);
      if (!next) continue;
      const problem = emotionalJump(story, node, choice, next);
      if (problem) at(`choice:${node.id}.${choice.id}`, problem);
    }
  }
  return problems;
}

/** Distance between two emotional states (unknown states are reported elsewhere, and count as no jump). */
function emotionDistance(story: Story, a: string, b: string): number {
  const p = story.emotions.states.get(a);
  const q = story.emotions.states.get(b);
  if (!p || !q) return 0;
  return Math.abs(p.openness - q.openness) + Math.abs(p.warmth - q.warmth);
}

function emotionalJump(
  story: Story,
  node: StoryNode,
  choice: StoryChoice,
  next: StoryNode,
): string | undefined {
  const max = story.emotions.maxJump;
  const cause = choice.effects.emotion;
  if (cause !== undefined) {
    const d = emotionDistance(story, cause, next.emotion);
    return d > max
      ? `choice "${choice.id}" of node "${node.id}" moves Diana to "${cause}" but "${next.id}" shows her "${next.emotion}" (jump ${d} > ${max})`
      : undefined;
  }
  const d = emotionDistance(story, node.emotion, next.emotion);
  return d > max
    ? `Diana's mood jumps from "${node.emotion}" to "${next.emotion}" (${d} > ${max}) between "${node.id}" and "${next.id}" with no cause in choice "${choice.id}" (declare effects.emotion)`
    : undefined;
}

// Reads story.yaml into the engine's Story, remembering the line of every chapter, node, choice and `moved`
// entry so the checker can speak like a compiler (`story.yaml:42: ...`).
import { join } from 'node:path';
import { DEFAULT_REPETITION_LIMITS, type RepetitionLimits } from '../domain/character/repetition.ts';
import type {
  Chapter,
  Condition,
  Story,
  StoryChoice,
  StoryNode,
  StoryVariant,
} from '../domain/story/types.ts';
import { parseWith } from './parse.ts';
import { type StoryFile, storyFileSchema } from './story-schema.ts';
import { type Diagnostic, readYaml } from './yaml-source.ts';

/** Where each piece of the story was written. */
export interface StorySource {
  file: string;
  /** Line of a node (`node:<id>`), choice (`choice:<node>.<choice>`), chapter (`chapter:<id>`) or moved entry. */
  line(ref: string): number;
  /** Problems found while assembling the story (duplicate ids), reported with the other checks. */
  problems: readonly Diagnostic[];
}

const textKeys = {
  node: (node: string) => `story-${node}`,
  variant: (node: string, variant: string) => `story-${node}--${variant}`,
  choice: (node: string, choice: string) => `story-${node}-${choice}`,
  chapter: (chapter: string) => `story-chapter-${chapter}`,
};

export function loadStory(dir: string): { story: Story; source: StorySource } {
  const yaml = readYaml(join(dir, 'story.yaml'));
  const file = parseWith(yaml, storyFileSchema);
  const lines = new Map<string, number>();
  const problems: Diagnostic[] = [];
  const remember = (ref: string, path: PropertyKey[]) => {
    const line = yaml.lineOf(path);
    if (lines.has(ref))
      problems.push({ file: yaml.file, line, message: `${describe(ref)} is defined twice` });
    else lines.set(ref, line);
  };

  const nodes = new Map<string, StoryNode>();
  const chapters = new Map<string, Chapter>();
  file.chapters.forEach((chapter, ci) => {
    remember(`chapter:${chapter.id}`, ['chapters', ci]);
    chapter.nodes.forEach((node, ni) => {
      remember(`node:${node.id}`, ['chapters', ci, 'nodes', ni]);
      node.choices.forEach((choice, ki) => {
        remember(`choice:${node.id}.${choice.id}`, ['chapters', ci, 'nodes', ni, 'choices', ki]);
      });
      node.variants.forEach((variant, vi) => {
        const at = ['chapters', ci, 'nodes', ni, 'variants', vi];
        remember(`variant:${node.id}.${variant.id}`, at);
        variant.choices?.forEach((choice, ki) => {
          remember(`choice:${node.id}.${variant.id}.${choice.id}`, [...at, 'choices', ki]);
        });
      });
      if (!nodes.has(node.id)) nodes.set(node.id, toNode(node, chapter.id));
    });
    if (!chapters.has(chapter.id)) {
      chapters.set(chapter.id, {
        id: chapter.id,
        title: chapter.title ?? textKeys.chapter(chapter.id),
        start: chapter.nodes[0]!.id,
        vip: chapter.vip,
        nodes: chapter.nodes.map((n) => n.id),
      });
    }
  });
  for (const old of Object.keys(file.moved)) lines.set(`moved:${old}`, yaml.lineOf(['moved', old]));
  lines.set('start', yaml.lineOf(['start']));
  lines.set('repetition', yaml.lineOf(['repetition']));

  const story: Story = {
    start: file.start,
    chapters,
    nodes: requireVipInVipChapters(nodes, chapters),
    moved: new Map(Object.entries(file.moved)),
    emotions: {
      maxJump: file.emotions.max_jump,
      states: new Map(Object.entries(file.emotions.states)),
    },
    minFragmentScore: file.min_fragment_score,
    repetition: repetitionLimits(file.repetition),
  };
  return { story, source: { file: yaml.file, line: (ref) => lines.get(ref) ?? 1, problems } };
}

type NodeFile = StoryFile['chapters'][number]['nodes'][number];

function toNode(node: NodeFile, chapter: string): StoryNode {
  const base = nodeOf(node, chapter);
  if (node.variants.length === 0) return base;
  return {
    ...base,
    variants: node.variants.map(
      (v): StoryVariant => ({
        id: v.id,
        // A variant that names neither text nor choices has a text of its own under the default key.
        text: v.text ?? (v.choices ? base.text : textKeys.variant(node.id, v.id)),
        choices: v.choices ? v.choices.map((c) => toChoice(node.id, c)) : base.choices,
      }),
    ),
  };
}

function nodeOf(node: NodeFile, chapter: string): StoryNode {
  return {
    id: node.id,
    chapter,
    speaker: node.speaker,
    text: node.text ?? textKeys.node(node.id),
    emotion: node.emotion,
    image: node.image,
    ending: node.ending,
    choices: node.choices.map((c) => toChoice(node.id, c)),
  };
}

function toChoice(node: string, c: NodeFile['choices'][number]): StoryChoice {
  return {
    id: c.id,
    text: c.text ?? textKeys.choice(node, c.id),
    to: c.to,
    cost: c.cost,
    condition: toCondition(c.if),
    hidden: c.hidden,
    effects: {
      besitos: c.effects.besitos,
      relationship: c.effects.relationship,
      set: c.effects.set,
      unset: c.effects.unset,
      emotion: c.effects.emotion,
      grant: c.effects.grant,
    },
  };
}

function toCondition(c: NodeFile['choices'][number]['if']): Condition {
  return {
    ...(c.vip !== undefined ? { vip: c.vip } : {}),
    ...(c.level !== undefined ? { level: c.level } : {}),
    ...(c.item !== undefined ? { item: c.item } : {}),
    ...(c.flags ? { flags: c.flags } : {}),
    ...(c.not_flags ? { notFlags: c.not_flags } : {}),
    ...(c.chose ? { chose: c.chose } : {}),
    ...(c.relationship !== undefined ? { relationship: c.relationship } : {}),
  };
}

/** A VIP chapter is closed to everyone else: every choice that leads into one requires VIP. */
function requireVipInVipChapters(
  nodes: Map<string, StoryNode>,
  chapters: Map<string, Chapter>,
): Map<string, StoryNode> {
  const vipNode = (id: string) => {
    const chapter = nodes.get(id)?.chapter;
    return chapter !== undefined && chapters.get(chapter)?.vip === true;
  };
  const guarded = (choices: readonly StoryChoice[]) =>
    choices.map((c) => (vipNode(c.to) ? { ...c, condition: { ...c.condition, vip: true } } : c));
  for (const [id, node] of nodes) {
    const arms = [node.choices, ...(node.variants ?? []).map((v) => v.choices)];
    if (!arms.some((choices) => choices.some((c) => vipNode(c.to)))) continue;
    nodes.set(id, {
      ...node,
      choices: guarded(node.choices),
      ...(node.variants
        ? { variants: node.variants.map((v) => ({ ...v, choices: guarded(v.choices) })) }
        : {}),
    });
  }
  return nodes;
}

function describe(ref: string): string {
  const [kind, id] = ref.split(':');
  return `${kind} "${id}"`;
}

function repetitionLimits(file: StoryFile['repetition']): RepetitionLimits {
  const d = DEFAULT_REPETITION_LIMITS;
  return {
    maxShare: file.max_share ?? d.maxShare,
    minFragments: file.min_fragments ?? d.minFragments,
    penaltyPerTerm: file.penalty_per_term ?? d.penaltyPerTerm,
    maxPenalty: file.max_penalty ?? d.maxPenalty,
    maxQuestionEndings: file.max_question_endings ?? d.maxQuestionEndings,
    minDistinctTrigrams: file.min_distinct_trigrams ?? d.minDistinctTrigrams,
    minOpeningVariety: file.min_opening_variety ?? d.minOpeningVariety,
    minEndingVariety: file.min_ending_variety ?? d.minEndingVariety,
  };
}

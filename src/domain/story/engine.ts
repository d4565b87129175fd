// The story engine: (save, story, tap, context) -> (new save, events, what to pay). Pure and deterministic:
// the app layer writes the result in one transaction, the simulator plays it without a database.
import type { DomainEvent } from '../events.ts';
import { chapterAccess } from './chapters.ts';
import { choiceStates, firstLock, type Lock, pendingCost } from './conditions.ts';
import { type StoryAward, type StoryCost, type StoryRewards, storyKeys } from './rewards.ts';
import { choiceRef, type Story, type StoryNode, type StoryPlayer, type StorySave } from './types.ts';

/** A tapped button: the screen it was issued for (revision and node) and the choice on it. */
export interface Tap {
  revision: number;
  node: string;
  choice: string;
}

export interface StepContext {
  userId: number;
  player: StoryPlayer;
  rewards: StoryRewards;
}

export type Refusal =
  /** The button belongs to an older screen (or another node): nothing changes. */
  | { ok: false; refusal: 'stale' }
  /** The node has no such choice (content changed since the button was drawn). */
  | { ok: false; refusal: 'unknown' }
  | { ok: false; refusal: 'locked'; lock: Lock };

export interface Step {
  ok: true;
  save: StorySave;
  events: DomainEvent[];
  awards: StoryAward[];
  cost: StoryCost | undefined;
  /** Items given the first time a choice is taken. */
  grants: string[];
}

export type StepResult = Step | Refusal;

/** A fresh save at the start of the story. */
export function newSave(story: Story): StorySave {
  const start = nodeOf(story, story.start);
  return {
    node: start.id,
    chapter: start.chapter,
    revision: 0,
    flags: [],
    relationship: 0,
    emotion: start.emotion,
    visited: [start.id],
    choices: [],
    taken: [],
    chapters: [],
    endings: [],
    runs: 1,
  };
}

/**
 * Brings a save to the current content: when its node was removed or renamed, it follows the pack's `moved`
 * declarations, else goes to the start of its chapter, else to the start of the story. Never leaves a save
 * pointing nowhere.
 */
export function resume(story: Story, save: StorySave): { save: StorySave; moved: boolean } {
  if (story.nodes.has(save.node)) return { save, moved: false };
  const target = movedTarget(story, save.node) ?? story.chapters.get(save.chapter)?.start ?? story.start;
  const node = nodeOf(story, target);
  return {
    save: {
      ...save,
      node: node.id,
      chapter: node.chapter,
      emotion: node.emotion,
      visited: addOnce(save.visited, node.id),
      revision: save.revision + 1,
    },
    moved: true,
  };
}

function movedTarget(story: Story, from: string): string | undefined {
  let current = from;
  // A chain of renames is followed; a loop in the declarations gives up rather than spinning.
  for (let hops = 0; hops <= story.moved.size; hops++) {
    const next = story.moved.get(current);
    if (next === undefined) return undefined;
    if (story.nodes.has(next)) return next;
    current = next;
  }
  return undefined;
}

export function choose(story: Story, save: StorySave, tap: Tap, ctx: StepContext): StepResult {
  if (tap.revision !== save.revision || tap.node !== save.node) return { ok: false, refusal: 'stale' };
  const node = story.nodes.get(save.node);
  if (!node || node.ending) return { ok: false, refusal: 'stale' };
  const choice = node.choices.find((c) => c.id === tap.choice);
  if (!choice) return { ok: false, refusal: 'unknown' };
  const lock = firstLock(node, choice, save, ctx.player);
  if (lock) return { ok: false, refusal: 'locked', lock };

  const { userId, rewards } = ctx;
  const ref = choiceRef(node.id, choice.id);
  const events: DomainEvent[] = [];
  const awards: StoryAward[] = [];
  const grants: string[] = [];
  let cost: StoryCost | undefined;

  if (!isCompleted(save, node.id)) {
    events.push({ type: 'FragmentCompleted', userId, payload: { node: node.id, chapter: node.chapter } });
    pay(awards, 'fragment', rewards.fragment, storyKeys.fragment(userId, node.id), node.id);
  }
  const firstTime = !save.taken.includes(ref);
  if (firstTime) {
    events.push({
      type: 'DecisionMade',
      userId,
      payload: { node: node.id, chapter: node.chapter, choice: choice.id },
    });
    pay(awards, 'decision', rewards.decision, storyKeys.decision(userId, node.id, choice.id), ref);
    pay(awards, 'story_bonus', choice.effects.besitos, storyKeys.bonus(userId, node.id, choice.id), ref);
    const price = pendingCost(node, choice, save);
    if (price > 0) {
      cost = { reason: 'story_cost', amount: price, key: storyKeys.cost(userId, node.id, choice.id), ref };
    }
    if (choice.effects.grant) grants.push(choice.effects.grant);
  }

  let flags = [...save.flags];
  const flagChange = (flag: string, value: boolean) => {
    if (flags.includes(flag) === value) return;
    flags = value ? [...flags, flag].sort() : flags.filter((f) => f !== flag);
    events.push({ type: 'FlagSet', userId, payload: { node: node.id, choice: choice.id, flag, value } });
  };
  for (const flag of choice.effects.set) flagChange(flag, true);
  for (const flag of choice.effects.unset) flagChange(flag, false);

  const delta = choice.effects.relationship;
  const relationship = save.relationship + delta;
  if (delta !== 0) {
    events.push({
      type: 'RelationshipChanged',
      userId,
      payload: { node: node.id, choice: choice.id, delta, relationship },
    });
  }

  const chosen: StorySave = {
    ...save,
    flags,
    relationship,
    choices: [...save.choices, ref],
    taken: firstTime ? [...save.taken, ref] : save.taken,
    revision: save.revision + 1,
  };
  const next = enter(story, chosen, choice.to, choice.effects.emotion, ctx, events, awards);
  return { ok: true, save: next, events, awards, cost, grants };
}

/**
 * Starts the story again from its first node, keeping what was ever seen, taken and reached (so nothing
 * pays twice). Only from an ending, or from a node where no choice is open to the user.
 */
export function restart(story: Story, save: StorySave, revision: number, player: StoryPlayer): StepResult {
  if (revision !== save.revision) return { ok: false, refusal: 'stale' };
  const node = story.nodes.get(save.node);
  if (node && !node.ending && choiceStates(node, save, player).some((s) => s.status === 'open')) {
    return { ok: false, refusal: 'stale' };
  }
  return beginRun(save, nodeOf(story, story.start));
}

/**
 * Jumps to the first node of a chapter the person may open from the 📖 Diario (see chapters.ts). A jump begins
 * a new run there, as restart does from the first node: the run's flags, relationship and choices start
 * afresh (so jumping back and forth never piles up relationship or makes earlier choices look taken later),
 * while what was ever seen, taken and reached stays, so nothing pays twice. The chapter left behind is not
 * completed by leaving it.
 */
export function jumpToChapter(
  story: Story,
  save: StorySave,
  to: { revision: number; chapter: string },
  player: StoryPlayer,
): StepResult {
  if (to.revision !== save.revision) return { ok: false, refusal: 'stale' };
  const access = chapterAccess(story, save, player).find((a) => a.chapter.id === to.chapter);
  if (!access) return { ok: false, refusal: 'unknown' };
  if (access.status === 'locked') return { ok: false, refusal: 'locked', lock: access.lock };
  return beginRun(save, nodeOf(story, access.chapter.start));
}

/** A new run of the story at `start`; the record of everything ever done goes along. */
function beginRun(save: StorySave, start: StoryNode): Step {
  return {
    ok: true,
    save: {
      ...save,
      node: start.id,
      chapter: start.chapter,
      flags: [],
      relationship: 0,
      emotion: start.emotion,
      choices: [],
      visited: addOnce(save.visited, start.id),
      runs: save.runs + 1,
      revision: save.revision + 1,
    },
    events: [],
    awards: [],
    cost: undefined,
    grants: [],
  };
}

/** Moves the save into a node: visits, chapter completion, and the arrival at an ending. */
function enter(
  story: Story,
  save: StorySave,
  target: string,
  emotion: string | undefined,
  ctx: StepContext,
  events: DomainEvent[],
  awards: StoryAward[],
): StorySave {
  const node = nodeOf(story, target);
  const { userId } = ctx;
  let chapters = save.chapters;
  const complete = (chapter: string) => {
    if (chapters.includes(chapter)) return;
    chapters = [...chapters, chapter];
    events.push({ type: 'ChapterCompleted', userId, payload: { chapter } });
  };
  if (node.chapter !== save.chapter) complete(save.chapter);
  let endings = save.endings;
  if (node.ending && !endings.includes(node.id)) {
    // An ending has no choice to take: arriving completes it.
    endings = [...endings, node.id];
    events.push({ type: 'FragmentCompleted', userId, payload: { node: node.id, chapter: node.chapter } });
    pay(awards, 'fragment', ctx.rewards.fragment, storyKeys.fragment(userId, node.id), node.id);
    events.push({ type: 'EndingReached', userId, payload: { node: node.id, chapter: node.chapter } });
  }
  if (node.ending) complete(node.chapter);
  return {
    ...save,
    node: node.id,
    chapter: node.chapter,
    emotion: emotion ?? node.emotion,
    visited: addOnce(save.visited, node.id),
    chapters,
    endings,
  };
}

/** A fragment is completed once a choice was taken from it (or, for an ending, once it was reached). */
export function isCompleted(save: StorySave, node: string): boolean {
  return save.endings.includes(node) || save.taken.some((ref) => ref.startsWith(`${node}.`));
}

function pay(awards: StoryAward[], reason: StoryAward['reason'], base: number, key: string, ref: string) {
  if (base > 0) awards.push({ reason, base, key, ref });
}

function addOnce(list: readonly string[], item: string): readonly string[] {
  return list.includes(item) ? list : [...list, item];
}

/** The node a save points at. Callers resume() first, so a missing node is a programming error. */
function nodeOf(story: Story, id: string): StoryNode {
  const node = story.nodes.get(id);
  if (!node) throw new Error(`story node "${id}" does not exist`);
  return node;
}

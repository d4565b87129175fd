// The story as the engine sees it: chapters of nodes, each node one fragment of text spoken by Diana, Lucien or
// the narration, with choices that carry conditions and effects. Text is referenced by locale key, never held.

import type { RepetitionLimits } from '../character/repetition.ts';

export type Speaker = 'diana' | 'lucien' | 'narration';

/** What must hold for a choice to be open. Every present field must hold. */
export interface Condition {
  vip?: boolean;
  /** Minimum level. */
  level?: number;
  /** An item the user owns (a story key, usually). */
  item?: string;
  /** Flags that must be set in this run. */
  flags?: readonly string[];
  /** Flags that must not be set in this run. */
  notFlags?: readonly string[];
  /** Choices ("node.choice") taken earlier in this run. */
  chose?: readonly string[];
  /** Minimum relationship with Diana. */
  relationship?: number;
}

/** What taking a choice changes. */
export interface Effects {
  /** Extra besitos paid the first time the choice is taken (the fragment and decision awards come anyway). */
  besitos: number;
  /** Change of Diana's relationship with the user (+/-). */
  relationship: number;
  set: readonly string[];
  unset: readonly string[];
  /** Diana's emotional state right after the choice: the in-story cause of a shift in her mood. */
  emotion?: string | undefined;
  /** An item given to the user the first time the choice is taken. */
  grant?: string | undefined;
}

export interface StoryChoice {
  id: string;
  /** Locale key of the button label. */
  text: string;
  to: string;
  /** Besitos paid the first time the choice is taken (also a condition: the balance must cover it). */
  cost: number;
  condition: Condition;
  /** Hide the choice while its condition fails, instead of showing it locked. */
  hidden: boolean;
  effects: Effects;
}

export interface StoryNode {
  id: string;
  chapter: string;
  speaker: Speaker;
  /** Locale key of the fragment's text. */
  text: string;
  /** Diana's emotional state in this fragment. */
  emotion: string;
  image?: string | undefined;
  choices: readonly StoryChoice[];
  /** An ending: the story stops here (and may be played again from the start). */
  ending: boolean;
  /** An experiment: other versions of this node's text or choices (the node itself is variant "a"). */
  variants?: readonly StoryVariant[];
}

/** One arm of a story experiment: what it shows instead of the node's own text and choices. */
export interface StoryVariant {
  id: string;
  /** Locale key of the text shown instead (the node's own when the variant changes only the choices). */
  text: string;
  choices: readonly StoryChoice[];
}

export interface Chapter {
  id: string;
  /** Locale key of the chapter title. */
  title: string;
  /** The chapter's first node: where a save lands when its node disappears without a declared fallback. */
  start: string;
  /** Only VIP users may enter (every choice into or within it requires VIP). */
  vip: boolean;
  nodes: readonly string[];
}

/** Diana's emotional states as points on two axes; the distance between two states measures a jump. */
export interface EmotionSpace {
  states: ReadonlyMap<string, { openness: number; warmth: number }>;
  /** The largest jump allowed between consecutive fragments without a cause in the choice. */
  maxJump: number;
}

export interface Story {
  start: string;
  chapters: ReadonlyMap<string, Chapter>;
  nodes: ReadonlyMap<string, StoryNode>;
  /** Removed or renamed nodes and where saves that point at them go instead. */
  moved: ReadonlyMap<string, string>;
  emotions: EmotionSpace;
  /** A Diana fragment must score more than this (0-100) to ship. */
  minFragmentScore: number;
  /** Limits on repetition across Diana's fragments (see domain/character/repetition.ts). */
  repetition: RepetitionLimits;
}

/** A user's place in the story. Sets are kept as sorted or ordered arrays so saves serialise stably. */
export interface StorySave {
  node: string;
  /** The chapter of `node`, kept so a save can fall back to its chapter's start if the node disappears. */
  chapter: string;
  /** Grows with every change; buttons carry it, so a button from an older screen is recognised as stale. */
  revision: number;
  flags: readonly string[];
  relationship: number;
  emotion: string;
  /** Every node ever entered, in order of first visit. */
  visited: readonly string[];
  /** Choices ("node.choice") taken in the current run, in order. */
  choices: readonly string[];
  /** Every choice ever taken (first-time awards and costs are paid once per choice). */
  taken: readonly string[];
  /** Chapters completed at least once. */
  chapters: readonly string[];
  /** Ending nodes reached at least once. */
  endings: readonly string[];
  /** How many times the story was started. */
  runs: number;
}

/** The user as story conditions see them (a projection of the app's Player view). */
export interface StoryPlayer {
  isVip: boolean;
  level: number;
  balance: number;
  items: ReadonlyMap<string, number>;
}

export const choiceRef = (node: string, choice: string) => `${node}.${choice}`;

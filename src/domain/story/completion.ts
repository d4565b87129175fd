// How much of the story exists and how much of it a user has seen: what "all available content completed"
// (the Ultimate Explorer achievement) is computed from. VIP chapters count only for users who can enter them.
import { isCompleted } from './engine.ts';
import type { Story, StorySave } from './types.ts';

export interface StoryInventory {
  nodes: readonly string[];
  endings: readonly string[];
  chapters: readonly string[];
}

/** Every node, ending and chapter the story has; without VIP, those of VIP chapters are left out. */
export function storyInventory(story: Story, options: { vip: boolean } = { vip: true }): StoryInventory {
  const chapters = [...story.chapters.values()].filter((c) => options.vip || !c.vip);
  const nodes = chapters.flatMap((c) => c.nodes);
  return {
    nodes,
    endings: nodes.filter((id) => story.nodes.get(id)?.ending),
    chapters: chapters.map((c) => c.id),
  };
}

export interface StoryCompletion {
  fragments: { completed: number; total: number };
  endings: { reached: number; total: number };
  /** True when every available fragment was completed and every available ending reached. */
  complete: boolean;
}

export function storyCompletion(story: Story, save: StorySave, options: { vip: boolean }): StoryCompletion {
  const available = storyInventory(story, options);
  const completed = available.nodes.filter((id) => isCompleted(save, id)).length;
  const reached = available.endings.filter((id) => save.endings.includes(id)).length;
  return {
    fragments: { completed, total: available.nodes.length },
    endings: { reached, total: available.endings.length },
    complete: completed === available.nodes.length && reached === available.endings.length,
  };
}

// What a story step pays or charges, and the idempotency keys that make a replayed or repeated step pay
// nothing: one key per cause (a fragment, a decision, a choice's price or bonus) and per user.

export const storyKeys = {
  fragment: (userId: number, node: string) => `fragment:${userId}:${node}`,
  decision: (userId: number, node: string, choice: string) => `decision:${userId}:${node}:${choice}`,
  bonus: (userId: number, node: string, choice: string) => `story_bonus:${userId}:${node}:${choice}`,
  cost: (userId: number, node: string, choice: string) => `story_cost:${userId}:${node}:${choice}`,
};

/** The pack's base values (before the VIP multiplier). */
export interface StoryRewards {
  fragment: number;
  decision: number;
}

export interface StoryAward {
  reason: 'fragment' | 'decision' | 'story_bonus';
  base: number;
  key: string;
  ref: string;
}

export interface StoryCost {
  reason: 'story_cost';
  amount: number;
  key: string;
  ref: string;
}

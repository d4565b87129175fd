// Whether a choice is open to a user right now, and if not, the first reason (shown on the locked button).
import { choiceRef, type StoryChoice, type StoryNode, type StoryPlayer, type StorySave } from './types.ts';

export type Lock =
  | { kind: 'vip' }
  | { kind: 'level'; level: number }
  | { kind: 'item'; item: string }
  | { kind: 'besitos'; amount: number }
  | { kind: 'relationship'; value: number }
  | { kind: 'flag' }
  | { kind: 'choice' };

export type ChoiceState =
  | { choice: StoryChoice; status: 'open' /** besitos still to pay (0 once paid) */; cost: number }
  | { choice: StoryChoice; status: 'locked'; lock: Lock };

/** Besitos a choice still costs this user: a door paid for once stays open on later runs. */
export function pendingCost(node: StoryNode, choice: StoryChoice, save: StorySave): number {
  return save.taken.includes(choiceRef(node.id, choice.id)) ? 0 : choice.cost;
}

/** The first condition that fails, in the order a user can act on them (VIP, level, item, besitos, ...). */
export function firstLock(
  node: StoryNode,
  choice: StoryChoice,
  save: StorySave,
  player: StoryPlayer,
): Lock | undefined {
  const c = choice.condition;
  if (c.vip && !player.isVip) return { kind: 'vip' };
  if (c.level !== undefined && player.level < c.level) return { kind: 'level', level: c.level };
  if (c.item !== undefined && (player.items.get(c.item) ?? 0) < 1) return { kind: 'item', item: c.item };
  const cost = pendingCost(node, choice, save);
  if (cost > player.balance) return { kind: 'besitos', amount: cost };
  if (c.relationship !== undefined && save.relationship < c.relationship) {
    return { kind: 'relationship', value: c.relationship };
  }
  if (c.flags?.some((f) => !save.flags.includes(f)) || c.notFlags?.some((f) => save.flags.includes(f))) {
    return { kind: 'flag' };
  }
  if (c.chose?.some((ref) => !save.choices.includes(ref))) return { kind: 'choice' };
  return undefined;
}

/** The choices a user sees at a node: open ones, and locked ones unless the author hid them. */
export function choiceStates(node: StoryNode, save: StorySave, player: StoryPlayer): ChoiceState[] {
  const states: ChoiceState[] = [];
  for (const choice of node.choices) {
    const lock = firstLock(node, choice, save, player);
    if (!lock) states.push({ choice, status: 'open', cost: pendingCost(node, choice, save) });
    else if (!choice.hidden) states.push({ choice, status: 'locked', lock });
  }
  return states;
}

// Story experiments: a node may declare variants of its text or its choices. Each person sees one arm, always
// the same (a stable hash of the node and their id), so their screens and buttons agree from tap to tap, on
// any instance. The node as written is the control arm, "a".
import { stableHash } from '../flags.ts';
import type { Story, StoryNode } from './types.ts';

export const CONTROL_VARIANT = 'a';

/** The arm of the node's experiment this person is in (undefined: the node has no experiment). */
export function variantOf(node: StoryNode, userId: number): string | undefined {
  const variants = node.variants ?? [];
  if (variants.length === 0) return undefined;
  const arm = stableHash(`story:${node.id}:${userId}`) % (variants.length + 1);
  return arm === 0 ? CONTROL_VARIANT : variants[arm - 1]!.id;
}

/** The node as this person sees it: its variant's text and choices in place of its own. */
export function nodeSeenBy(
  node: StoryNode,
  userId: number,
): { node: StoryNode; variant: string | undefined } {
  const variant = variantOf(node, userId);
  const arm = node.variants?.find((v) => v.id === variant);
  if (!arm) return { node, variant };
  return { node: { ...node, text: arm.text, choices: arm.choices }, variant };
}

/** The story with one node as this person sees it (what the engine decides a tap on that node with). */
export function storySeenBy(story: Story, nodeId: string, userId: number): Story {
  const node = story.nodes.get(nodeId);
  if (!node?.variants?.length) return story;
  const nodes = new Map(story.nodes);
  nodes.set(nodeId, nodeSeenBy(node, userId).node);
  return { ...story, nodes };
}

// The story as a directed graph (node -> choice targets, of every variant too), ignoring conditions: what can be reached from the
// start, what can reach an ending, and the cycles that trap a reader.
import type { Story } from '../domain/story/types.ts';

function successors(story: Story, id: string): string[] {
  const node = story.nodes.get(id);
  const choices = [...(node?.choices ?? []), ...(node?.variants ?? []).flatMap((v) => v.choices)];
  return [...new Set(choices.map((c) => c.to))].filter((to) => story.nodes.has(to));
}

/** Every node reachable from `from` (inclusive) following choices. */
export function reachableFrom(story: Story, from: string): Set<string> {
  const seen = new Set<string>();
  const stack = story.nodes.has(from) ? [from] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...successors(story, id));
  }
  return seen;
}

/** Nodes from which some ending can be reached. */
export function canReachEnding(story: Story): Set<string> {
  const predecessors = new Map<string, string[]>();
  for (const node of story.nodes.values()) {
    for (const to of successors(story, node.id)) {
      predecessors.set(to, [...(predecessors.get(to) ?? []), node.id]);
    }
  }
  const good = new Set<string>();
  const stack = [...story.nodes.values()].filter((n) => n.ending).map((n) => n.id);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (good.has(id)) continue;
    good.add(id);
    stack.push(...(predecessors.get(id) ?? []));
  }
  return good;
}

/** Strongly connected components with a cycle in them (Tarjan), each as a list of node ids. */
export function cycles(story: Story): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];

  const visit = (id: string) => {
    indexOf.set(id, index);
    low.set(id, index);
    index++;
    stack.push(id);
    onStack.add(id);
    for (const next of successors(story, id)) {
      if (!indexOf.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id)!, indexOf.get(next)!));
      }
    }
    if (low.get(id) !== indexOf.get(id)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== id);
    const selfLoop = successors(story, id).includes(id);
    if (component.length > 1 || selfLoop) found.push(component.reverse());
  };
  for (const id of story.nodes.keys()) if (!indexOf.has(id)) visit(id);
  return found;
}

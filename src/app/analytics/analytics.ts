// What works: the funnel from /start to VIP with the conversion between steps, and the story's reach per node
// and choice split per decision, computed from the event store (on both databases).
import {
  choiceSplit,
  type FunnelCounts,
  funnelCounts,
  nodeReach,
} from '../../adapters/db/repositories/analytics.ts';
import type { AppContext } from '../services.ts';

export const FUNNEL_STEPS = [
  'started',
  'firstFragment',
  'firstDecision',
  'chapter2',
  'chapter3',
  'vip',
] as const satisfies readonly (keyof FunnelCounts)[];

export interface FunnelStep {
  step: (typeof FUNNEL_STEPS)[number];
  people: number;
  /** Share of the previous step's people who took this one (1 for the first step; 0 when nobody was there). */
  conversion: number;
}

export async function funnel(app: AppContext, since?: Date): Promise<FunnelStep[]> {
  const story = app.pack.story;
  const chapters = [...story.chapters.keys()];
  const decisionNodes = [...story.nodes.values()].filter((n) => n.choices.length > 1).map((n) => n.id);
  const counts = await funnelCounts(
    app.db,
    { decisionNodes, chapter2From: chapters[0] ?? '', chapter3From: chapters[1] ?? '' },
    since,
  );
  return FUNNEL_STEPS.map((step, i) => {
    const before = i === 0 ? counts[step] : counts[FUNNEL_STEPS[i - 1]!];
    return {
      step,
      people: counts[step],
      conversion: i === 0 ? 1 : before === 0 ? 0 : Math.round((counts[step] / before) * 1000) / 1000,
    };
  });
}

export interface StoryAnalytics {
  nodes: Array<{ node: string; people: number }>;
  /** Decisions only (nodes with more than one choice): people per choice and its share at that node. */
  choices: Array<{ node: string; choice: string; people: number; share: number }>;
}

export async function storyAnalytics(app: AppContext): Promise<StoryAnalytics> {
  const story = app.pack.story;
  const [nodes, split] = await Promise.all([nodeReach(app.db), choiceSplit(app.db)]);
  const decisions = split.filter((c) => (story.nodes.get(c.node)?.choices.length ?? 0) > 1);
  const totals = new Map<string, number>();
  for (const c of decisions) totals.set(c.node, (totals.get(c.node) ?? 0) + c.people);
  return {
    nodes,
    choices: decisions.map((c) => ({
      ...c,
      share: Math.round((c.people / (totals.get(c.node) ?? 1)) * 1000) / 1000,
    })),
  };
}

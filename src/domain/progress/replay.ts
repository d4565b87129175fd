// Replays a user's history of events through a goal: what its progress would be, and whether it would have
// been reached. Used when a creator adds a goal after users already played.
import { contribution, type Goal, type GoalEvent } from './goals.ts';

export interface Replay {
  progress: number;
  reached: boolean;
  distinct: string[];
}

export function replayGoal(goal: Goal, events: readonly GoalEvent[]): Replay {
  let progress = 0;
  const seen = new Set<string>();
  for (const event of events) {
    const c = contribution(goal, event);
    if (!c) continue;
    if ('distinct' in c) {
      if (seen.has(c.distinct)) continue;
      seen.add(c.distinct);
      progress += 1;
    } else {
      progress += c.add;
    }
  }
  return { progress, reached: progress >= goal.target, distinct: [...seen] };
}

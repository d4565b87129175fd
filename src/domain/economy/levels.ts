// Levels follow total besitos earned (never the spendable balance). The cost of each level comes from the
// pack as tiers: e.g. levels 1-5 cost 100 each, 6-10 cost 200 each, 11 and up 500 each.

export interface LevelTier {
  /** The first level this tier prices (the cost is what it takes to go from this level to the next). */
  from: number;
  cost: number;
}

export interface LevelProgress {
  level: number;
  /** Total earned at which the current level was reached. */
  floor: number;
  /** Total earned at which the next level is reached. */
  next: number;
  /** Earned within the current level, 0 <= into < next - floor. */
  into: number;
}

export const LAUNCH_TIERS: readonly LevelTier[] = [
  { from: 1, cost: 100 },
  { from: 6, cost: 200 },
  { from: 11, cost: 500 },
];

function costOf(level: number, tiers: readonly LevelTier[]): number {
  let cost = tiers[0]?.cost ?? 100;
  for (const tier of tiers) if (level >= tier.from) cost = tier.cost;
  return cost;
}

export function levelProgress(
  totalEarned: number,
  tiers: readonly LevelTier[] = LAUNCH_TIERS,
): LevelProgress {
  const earned = Math.max(0, Math.floor(totalEarned));
  let level = 1;
  let floor = 0;
  for (;;) {
    const cost = costOf(level, tiers);
    if (earned < floor + cost) return { level, floor, next: floor + cost, into: earned - floor };
    floor += cost;
    level += 1;
  }
}

export function levelFor(totalEarned: number, tiers: readonly LevelTier[] = LAUNCH_TIERS): number {
  return levelProgress(totalEarned, tiers).level;
}

/** Total earned needed to reach a level. */
export function thresholdOf(level: number, tiers: readonly LevelTier[] = LAUNCH_TIERS): number {
  let total = 0;
  for (let l = 1; l < level; l++) total += costOf(l, tiers);
  return total;
}

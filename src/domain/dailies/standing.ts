// The weekly standing: people ranked by the besitos they earned by activity this week (never rewards, grants
// or the VIP bonus; see economy/activity.ts). Ties share a rank; a person who asked to stay out of it is shown
// without their name.

export interface WeeklyActivity {
  userId: number;
  /** The name shown to others, or null when the person opted out of being named. */
  name: string | null;
  activity: number;
}

export interface StandingRow extends WeeklyActivity {
  rank: number;
}

/** Ranks people by activity, highest first; equal activity shares a rank (1, 2, 2, 4), ties by id. */
export function rankStanding(rows: readonly WeeklyActivity[]): StandingRow[] {
  const sorted = rows
    .filter((r) => r.activity > 0)
    .sort((a, b) => b.activity - a.activity || a.userId - b.userId);
  return sorted.map((row, i) => {
    let first = i;
    while (first > 0 && sorted[first - 1]!.activity === row.activity) first--;
    return { ...row, rank: first + 1 };
  });
}

/** The top `size` and the person's own row (undefined when they earned nothing this week). */
export function standingFor(
  rows: readonly WeeklyActivity[],
  userId: number,
  size: number,
): { top: StandingRow[]; own: StandingRow | undefined; total: number } {
  const ranked = rankStanding(rows);
  return { top: ranked.slice(0, size), own: ranked.find((r) => r.userId === userId), total: ranked.length };
}

// Channel rules, pure: which native reaction is new, how a reaction button looks with its counter, and the
// time window in which a post's counters are refreshed (so edits never exceed Telegram's flood limits).

export interface ReactionKind {
  type: string;
  emoji?: string;
}

/** The first emoji the person added (present in the new reactions, absent from the old ones). */
export function addedEmoji(
  before: readonly ReactionKind[],
  after: readonly ReactionKind[],
): string | undefined {
  const had = new Set(before.flatMap((r) => (r.type === 'emoji' && r.emoji ? [r.emoji] : [])));
  return after.find((r) => r.type === 'emoji' && r.emoji && !had.has(r.emoji))?.emoji;
}

/** "🔥 3", or just "🔥" while nobody has chosen it. */
export function reactionLabel(emoji: string, count: number): string {
  return count > 0 ? `${emoji} ${count}` : emoji;
}

/**
 * Reactions arriving within one window of `seconds` share one refresh of the counters, run when the window
 * closes: at most one edit per post and window, however many taps.
 */
export function counterWindow(now: Date, seconds: number): { window: number; runAt: Date } {
  const size = seconds * 1000;
  const window = Math.floor(now.getTime() / size);
  return { window, runAt: new Date((window + 1) * size) };
}

/** Telegram's member statuses that mean "in the channel". */
export function isMemberStatus(status: string, isMember?: boolean): boolean {
  return (
    status === 'creator' ||
    status === 'administrator' ||
    status === 'member' ||
    (status === 'restricted' && isMember === true)
  );
}

// Daily caps on repeatable awards (e.g. reactions): the pack names a maximum of paid awards per reason, per
// user and local day. Reasons the pack does not name are not capped.

export type DailyCaps = Readonly<Record<string, number>>;

export function dailyCapFor(caps: DailyCaps, reason: string): number | undefined {
  return Object.hasOwn(caps, reason) ? caps[reason] : undefined;
}

/** True when `paidToday` awards of a reason already reach its cap. */
export function capReached(caps: DailyCaps, reason: string, paidToday: number): boolean {
  const cap = dailyCapFor(caps, reason);
  return cap !== undefined && paidToday >= cap;
}

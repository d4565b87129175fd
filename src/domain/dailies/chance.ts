// The game of chance: the person stakes one of the pack's amounts, wins `payout` times the stake with
// probability `win_chance`, and never stakes more in a day than the daily cap. The dice are a RandomSource
// passed in, so tests (and a replay) decide the outcome.

/** Uniform numbers in [0, 1). */
export type RandomSource = () => number;

export interface ChanceRules {
  stakes: readonly number[];
  daily_stake_cap: number;
  win_chance: number;
  payout: number;
}

export type StakeCheck =
  | { ok: true }
  | { ok: false; reason: 'unknown_stake' | 'over_cap' | 'short'; left: number };

/** Whether a stake may be played now, given what the person staked today and their balance. */
export function checkStake(
  rules: ChanceRules,
  stake: number,
  stakedToday: number,
  balance: number,
): StakeCheck {
  const left = Math.max(0, rules.daily_stake_cap - stakedToday);
  if (!rules.stakes.includes(stake)) return { ok: false, reason: 'unknown_stake', left };
  if (stake > left) return { ok: false, reason: 'over_cap', left };
  if (stake > balance) return { ok: false, reason: 'short', left };
  return { ok: true };
}

/** The winnings of a stake (0 when lost): one draw of the random source. */
export function roll(rules: ChanceRules, stake: number, random: RandomSource): number {
  const draw = random();
  if (!(draw >= 0 && draw < 1)) throw new RangeError(`a random draw must be in [0, 1), got ${draw}`);
  return draw < rules.win_chance ? Math.floor(stake * rules.payout) : 0;
}

/** A strong uniform source for production: 53 random bits from the platform's CSPRNG. */
export function secureRandom(): number {
  const words = crypto.getRandomValues(new Uint32Array(2));
  return (words[0]! * 2 ** 21 + (words[1]! >>> 11)) / 2 ** 53;
}

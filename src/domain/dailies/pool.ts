// Picks of the day from a pool (the day's riddle, a person's nightly scene): the pool is read in order, one
// entry a day, so a pool of N entries never repeats within N days and a day always shows the same entry.
import { daysBetween, type LocalDate } from '../calendar.ts';

/** The day the pools start counting from; any fixed day would do, this one keeps the numbers small. */
const POOL_EPOCH: LocalDate = '2026-01-01';

/** Which entry of a pool of `size` a local day shows (0-based); `offset` shifts the cycle (e.g. per person). */
export function poolIndex(day: LocalDate, size: number, offset = 0): number {
  if (size <= 0) throw new RangeError('an empty pool has nothing to pick');
  const n = (daysBetween(POOL_EPOCH, day) + offset) % size;
  return n < 0 ? n + size : n;
}

// The VIP multiplier applies to every award. Rounding rule: to the nearest whole besito, halves up
// (5 × 1.5 = 7.5 → 8), so a VIP never earns less than the base.
export function applyMultiplier(base: number, multiplier: number): number {
  if (base <= 0) return 0;
  return Math.max(base, Math.floor(base * multiplier + 0.5));
}

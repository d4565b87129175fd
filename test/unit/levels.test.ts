import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelFor, levelProgress, thresholdOf } from '../../src/domain/economy/levels.ts';
import { applyMultiplier } from '../../src/domain/economy/multiplier.ts';

describe('levels', () => {
  it('follow the launch table', () => {
    expect(levelFor(0)).toBe(1);
    expect(levelFor(99)).toBe(1);
    expect(levelFor(100)).toBe(2);
    expect(levelFor(499)).toBe(5);
    expect(levelFor(500)).toBe(6);
    expect(levelFor(1499)).toBe(10);
    expect(levelFor(1500)).toBe(11);
    expect(levelFor(2000)).toBe(12);
    expect(thresholdOf(2)).toBe(100);
    expect(thresholdOf(6)).toBe(500);
    expect(thresholdOf(11)).toBe(1500);
  });

  it('never go down as more is earned, and thresholds agree with levels (property)', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(10_000), (earned, more) => {
        expect(levelFor(earned + more)).toBeGreaterThanOrEqual(levelFor(earned));
        const p = levelProgress(earned);
        expect(thresholdOf(p.level)).toBe(p.floor);
        expect(thresholdOf(p.level + 1)).toBe(p.next);
        expect(p.into).toBeGreaterThanOrEqual(0);
        expect(p.floor + p.into).toBe(earned);
        expect(earned).toBeLessThan(p.next);
      }),
    );
  });
});

describe('VIP multiplier', () => {
  it('rounds halves up and never pays less than the base', () => {
    expect(applyMultiplier(5, 1.5)).toBe(8);
    expect(applyMultiplier(10, 1.5)).toBe(15);
    expect(applyMultiplier(25, 1.5)).toBe(38);
    expect(applyMultiplier(2, 1.5)).toBe(3);
    expect(applyMultiplier(1, 1)).toBe(1);
    expect(applyMultiplier(0, 1.5)).toBe(0);
  });
});

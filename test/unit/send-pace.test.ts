// The overall sending pace: however messages arrive, no second holds more than perSecond + burst of them,
// and a sender that never waits longer than it is told gets its messages out at the steady rate.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paceOverall } from '../../src/adapters/telegram/messenger.ts';

/** Sends one message per arrival, each waiting as long as it is told; returns when each went out. */
function simulate(arrivals: number[], perSecond: number, burst: number): number[] {
  let next = 0;
  const sent: number[] = [];
  let clock = 0;
  for (const arrival of arrivals) {
    clock = Math.max(clock, arrival);
    for (;;) {
      const outcome = paceOverall(next, clock, perSecond, burst);
      if ('next' in outcome) {
        next = outcome.next;
        sent.push(clock);
        break;
      }
      clock += outcome.wait;
    }
  }
  return sent;
}

describe('the overall sending pace', () => {
  it('never lets more than perSecond + burst out in any second (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 10 }),
        (gaps, perSecond, burst) => {
          let at = 0;
          const arrivals = gaps.map((gap) => (at += gap));
          const sent = simulate(arrivals, perSecond, burst);
          for (let i = 0; i < sent.length; i++) {
            const inWindow = sent.filter((t) => t >= sent[i]! && t < sent[i]! + 1000).length;
            expect(inWindow).toBeLessThanOrEqual(perSecond + burst);
          }
        },
      ),
    );
  });

  it('sends a burst at once, then one message per interval', () => {
    const sent = simulate(Array(8).fill(0), 25, 5);
    expect(sent.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(sent.slice(5)).toEqual([40, 80, 120]);
  });
});

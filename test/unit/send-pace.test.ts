// The overall sending pace: however messages arrive, no second holds more than perSecond + burst of them,
// and a sender that never waits longer than it is told gets its messages out at the steady rate. Paid
// broadcasts have a lane of their own: far faster, without slowing the free one, one message a second per chat
// across both.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANES, paceOverall, type SendLane, Throttle } from '../../src/adapters/telegram/messenger.ts';
import { PAID_BROADCAST_LIMIT } from '../../src/domain/paid-broadcasts.ts';

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

describe('the pace lanes of one process', () => {
  /** Books a slot per chat in `lane`; resolves with the milliseconds each took from the start. */
  const book = (throttle: Throttle, lane: SendLane, chats: number[]) => {
    const started = performance.now();
    return Promise.all(
      chats.map((chat) => throttle.slot(chat, lane).then(() => performance.now() - started)),
    );
  };
  const chats = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

  it('keeps both lanes together under Telegram’s 1,000 a second, the free one at 28, under its 30', () => {
    const most = (lane: SendLane) => LANES[lane].perSecond + LANES[lane].burst;
    expect(most('free')).toBe(28);
    expect(most('free') + most('paid')).toBeLessThanOrEqual(PAID_BROADCAST_LIMIT);
  });

  it('lets a paid broadcast out far faster than the free pace', async () => {
    const times = await book(new Throttle(), 'paid', chats(1, 300));
    // 300 at the free pace would take 11 s.
    expect(Math.max(...times)).toBeLessThan(1_000);
  });

  it('does not hold free messages behind a paid broadcast', async () => {
    const throttle = new Throttle();
    const [paid, free] = await Promise.all([
      book(throttle, 'paid', chats(1, 1_500)),
      book(throttle, 'free', chats(10_000, 10)),
    ]);
    // Five at once, then one every 40 ms: the free lane's own pace, whatever the paid lane does (it takes
    // over a second and a half for its 1,500).
    expect(Math.max(...paid)).toBeGreaterThan(1_400);
    expect(Math.max(...free)).toBeLessThan(1_000);
    expect(Math.max(...free)).toBeGreaterThanOrEqual(190);
  });

  it('keeps one message a second per chat across the lanes', async () => {
    const throttle = new Throttle(LANES, 300);
    const [paid, free] = await Promise.all([book(throttle, 'paid', [7]), book(throttle, 'free', [7])]);
    // One goes at once, the other is held for the chat's interval. Measured from the common start: the held one
    // cannot come sooner (a timer never fires early), whereas the moment the first was seen to go also carries
    // however long the loaded event loop took to notice it.
    expect(Math.max(paid[0]!, free[0]!)).toBeGreaterThanOrEqual(290);
  });
});

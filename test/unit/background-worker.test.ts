// Background work under live traffic: it gives way to updates in flight, taking a small share of the time, but
// a load that never calms does not starve it: the longer it has been behind, the larger its share, so the
// backlog does not grow for as long as the load lasts. It works one step at a time, and runs freely once the
// traffic calms. A loop with nothing it may do rests, without looking, until woken.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackgroundWorker, backgroundShare } from '../../src/app/background-worker.ts';
import { Traffic } from '../../src/app/traffic.ts';
import { createLogger } from '../../src/logger.ts';

const STEP_MS = 10;

class CountingWorker extends BackgroundWorker {
  steps = 0;
  constructor(traffic: Traffic, loops = 1) {
    super('counting', createLogger('silent', false), 1000, loops, traffic);
  }
  async step(): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
    this.steps++;
    return true;
  }
}

/** The steps the worker takes in the next `ms`. */
async function stepsIn(worker: CountingWorker, ms: number): Promise<number> {
  const before = worker.steps;
  await vi.advanceTimersByTimeAsync(ms);
  return worker.steps - before;
}

describe('a background worker under live traffic', () => {
  afterEach(() => vi.useRealTimers());

  it('takes a small share at first, a growing one while it stays behind, and all the time once traffic calms', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const traffic = new Traffic();
    traffic.enter(); // an update in flight: the load never calms
    const worker = new CountingWorker(traffic);
    worker.start();
    // A tenth of the time at first: each 10 ms step is followed by 90 ms given to live traffic.
    expect(await stepsIn(worker, 1000)).toBeGreaterThanOrEqual(9);
    expect(await stepsIn(worker, 1000)).toBeLessThanOrEqual(12);
    // A minute behind, half of the time.
    await vi.advanceTimersByTimeAsync(60_000);
    const behind = await stepsIn(worker, 1000);
    expect(behind).toBeGreaterThanOrEqual(45);
    expect(behind).toBeLessThanOrEqual(55);
    // Traffic calms: nothing to give way to.
    traffic.leave();
    await vi.advanceTimersByTimeAsync(STEP_MS);
    expect(await stepsIn(worker, 1000)).toBeGreaterThanOrEqual(95);
    const stopped = worker.stop();
    await vi.advanceTimersByTimeAsync(100);
    await stopped;
  });

  it('takes its share of the time whatever its number of loops: loops finding work split it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const traffic = new Traffic();
    traffic.enter();
    const worker = new CountingWorker(traffic, 4);
    worker.start();
    await vi.advanceTimersByTimeAsync(1000);
    // A tenth of the time for the four of them (four 10 ms steps would be 40% of the time).
    const steps = await stepsIn(worker, 1000);
    expect(steps).toBeGreaterThanOrEqual(8);
    expect(steps).toBeLessThanOrEqual(14);
    traffic.leave();
    await vi.advanceTimersByTimeAsync(STEP_MS);
    // Calm: every loop works all the time.
    expect(await stepsIn(worker, 1000)).toBeGreaterThanOrEqual(380);
    const stopped = worker.stop();
    await vi.advanceTimersByTimeAsync(100);
    await stopped;
  });

  it('stops at once while giving way to traffic', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const traffic = new Traffic();
    traffic.enter();
    const worker = new CountingWorker(traffic);
    worker.start();
    await vi.advanceTimersByTimeAsync(STEP_MS + 1); // one step done, now giving way for 90 ms
    let done = false;
    const stopped = worker.stop().then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    await stopped;
    expect(worker.steps).toBe(1);
    traffic.leave();
  });

  it('gives background work between a tenth and half of the time', () => {
    expect(backgroundShare(0)).toBeCloseTo(0.1);
    expect(backgroundShare(30_000)).toBeCloseTo(0.3);
    expect(backgroundShare(60_000)).toBeCloseTo(0.5);
    expect(backgroundShare(3_600_000)).toBeCloseTo(0.5);
  });
});

/** Two loops; the second may work only once let. */
class RestingWorker extends BackgroundWorker {
  readonly steps = [0, 0];
  let = false;
  constructor() {
    super('resting', createLogger('silent', false), 50, 2);
  }
  protected override resting(loop: number): boolean {
    return loop === 1 && !this.let;
  }
  async step(loop = 0): Promise<boolean> {
    this.steps[loop]!++;
    return false;
  }
}

describe('a resting loop', () => {
  afterEach(() => vi.useRealTimers());

  it('never looks until woken, while the others poll; and stops', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const worker = new RestingWorker();
    worker.start();
    await vi.advanceTimersByTimeAsync(500);
    expect(worker.steps[0]).toBeGreaterThanOrEqual(10);
    expect(worker.steps[1]).toBe(0);
    worker.let = true;
    worker.wake();
    await vi.advanceTimersByTimeAsync(500);
    expect(worker.steps[1]).toBeGreaterThanOrEqual(10);
    worker.let = false;
    const stopped = worker.stop();
    await vi.advanceTimersByTimeAsync(100);
    await stopped;
  });
});

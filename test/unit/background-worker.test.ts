// Background work under live traffic: it gives way to updates in flight, but a load that never calms does not
// starve it (the backlog would grow for as long as the load lasts). A loop with nothing it may do rests, without
// looking, until woken.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackgroundWorker } from '../../src/app/background-worker.ts';
import { Traffic } from '../../src/app/traffic.ts';
import { createLogger } from '../../src/logger.ts';

class CountingWorker extends BackgroundWorker {
  steps = 0;
  constructor(traffic: Traffic) {
    super('counting', createLogger('silent', false), 1000, 1, traffic);
  }
  async step(): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, 10));
    this.steps++;
    return true;
  }
}

describe('a background worker under live traffic', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for a quiet moment, and works a slice of its own when the traffic never calms', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const traffic = new Traffic();
    traffic.enter(); // an update in flight for the whole test: the load never calms
    const worker = new CountingWorker(traffic);
    worker.start();
    await vi.advanceTimersByTimeAsync(1900);
    expect(worker.steps).toBe(0);
    // Once it has waited its longest, it works steadily for a while rather than one step per wait.
    await vi.advanceTimersByTimeAsync(1000);
    expect(worker.steps).toBeGreaterThan(50);
    traffic.leave();
    const stopped = worker.stop();
    await vi.advanceTimersByTimeAsync(100);
    await stopped;
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

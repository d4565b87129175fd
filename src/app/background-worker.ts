// A background worker: repeats its step while the step finds work, sleeps `pollMs` when it does not, and
// wakes early when told new work exists. The event dispatcher, the announcement sender and the job runner
// are workers.
import type { Logger } from 'pino';
import type { Traffic } from './traffic.ts';

/**
 * While live traffic lasts, background work takes a share of the time: after each step it gives way until the
 * traffic calms, or for as long as the step took times (1 / share − 1). The share starts small, so a burst is
 * answered first, and grows the longer the worker has been finding work without a break (it is falling
 * behind), so a load that never calms does not make its backlog grow for as long as the load lasts. The share is
 * the worker's, whatever its number of loops: loops finding work split it. One step at a time: a worker never
 * holds the embedded database's one connection for more than one step.
 */
const MIN_SHARE = 0.1;
const MAX_SHARE = 0.5;
/** How long behind a worker must be for its share to reach MAX_SHARE. */
const FULL_SHARE_AFTER_MS = 60_000;

/** The share of the time a worker behind for `behindMs` takes from live traffic. */
export function backgroundShare(behindMs: number): number {
  return MIN_SHARE + (MAX_SHARE - MIN_SHARE) * Math.min(1, behindMs / FULL_SHARE_AFTER_MS);
}

export abstract class BackgroundWorker {
  private running = false;
  private loops: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  /** Loops giving way to live traffic: told to stop, they end it at once. */
  private readonly givingWay = new Set<() => void>();
  /** The loops whose last step found work: they split the worker's share of the time. */
  private readonly working = new Set<number>();

  constructor(
    private readonly workerName: string,
    protected readonly log: Logger,
    private readonly pollMs: number,
    private readonly concurrency = 1,
    private readonly traffic?: Traffic,
  ) {}

  /** Does one unit of work; false when there was nothing to do. `loop`: which loop asks (none for drain). */
  abstract step(loop?: number): Promise<boolean>;

  /** Whether a loop has nothing it may do until woken: it then sleeps without looking (none by default). */
  protected resting(_loop: number): boolean {
    return false;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loops = Array.from({ length: this.concurrency }, (_, i) => this.loop(i));
  }

  /** Lets the work in hand finish, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    for (const end of this.givingWay) end();
    this.wake();
    await Promise.all(this.loops);
  }

  /** New work exists: look now rather than at the next poll. */
  wake(): void {
    for (const wake of this.sleepers) wake();
    this.sleepers.clear();
  }

  /** Does every unit of work there is now, then returns how many (tests and tools). */
  async drain(): Promise<number> {
    let count = 0;
    while (await this.step()) count++;
    return count;
  }

  private async loop(index: number): Promise<void> {
    /** Since when every step has found work (undefined: the last one found none). */
    let behindSince: number | undefined;
    while (this.running) {
      if (this.resting(index)) {
        behindSince = undefined;
        this.working.delete(index);
        await this.sleep(undefined);
        continue;
      }
      const started = performance.now();
      const worked = await this.step(index).catch((err: unknown) => {
        this.log.error({ err, worker: this.workerName }, 'background step failed');
        return false;
      });
      if (!this.running) break;
      if (worked) {
        behindSince ??= started;
        this.working.add(index);
        const ended = performance.now();
        const share = backgroundShare(ended - behindSince) / this.working.size;
        if (this.traffic) await this.giveWay(this.traffic, ended - started, share);
        continue;
      }
      behindSince = undefined;
      this.working.delete(index);
      await this.sleep(this.pollMs);
    }
  }

  /**
   * Gives way to live traffic for as long as `share` asks, or until told to stop. (Not a race with a promise
   * of the stop: each race would stay attached to it, and a busy worker would pile them up until it stops.)
   */
  private giveWay(traffic: Traffic, workedMs: number, share: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const givingWay = this.givingWay;
      function end() {
        givingWay.delete(end);
        resolve();
      }
      givingWay.add(end);
      void traffic.giveWay(workedMs, share).then(end);
    });
  }

  /** Sleeps until woken, or `ms` at most. */
  private sleep(ms: number | undefined): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      const sleepers = this.sleepers;
      function done() {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      }
      sleepers.add(done);
    });
  }
}

// A background worker: repeats its step while the step finds work, sleeps `pollMs` when it does not, and
// wakes early when told new work exists. The event dispatcher, the announcement sender and the job runner
// are workers.
import type { Logger } from 'pino';
import type { Traffic } from './traffic.ts';

/** The longest a background step waits for live traffic to calm down. */
const MAX_YIELD_MS = 2000;
/**
 * After waiting that long for traffic that never calms, how long a worker works without giving way: its share
 * of a steady load (a third), without which the backlog would grow for as long as the load lasts.
 */
const SLICE_MS = 1000;

export abstract class BackgroundWorker {
  private running = false;
  private loops: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();

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
    let sliceEnds = 0;
    while (this.running) {
      if (this.resting(index)) {
        await this.sleep(undefined);
        continue;
      }
      if (this.traffic && performance.now() >= sliceEnds) {
        const calm = await this.traffic.quiet(MAX_YIELD_MS);
        if (!calm) sliceEnds = performance.now() + SLICE_MS;
      }
      const worked = await this.step(index).catch((err: unknown) => {
        this.log.error({ err, worker: this.workerName }, 'background step failed');
        return false;
      });
      if (worked || !this.running) continue;
      await this.sleep(this.pollMs);
    }
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

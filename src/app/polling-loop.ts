// A background worker: repeats a step while it finds work, sleeps `pollMs` when it does not, and wakes early
// when told new work exists. Used by the event dispatcher, the notification sender and the job runner.
import type { Logger } from 'pino';

export class PollingLoop {
  private running = false;
  private loops: Promise<void>[] = [];
  private sleepers = new Set<() => void>();

  constructor(
    private readonly name: string,
    /** Does one unit of work; false when there was nothing to do. */
    private readonly step: () => Promise<boolean>,
    private readonly log: Logger,
    private readonly pollMs: number,
    private readonly concurrency = 1,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loops = Array.from({ length: this.concurrency }, () => this.loop());
  }

  /** Lets the work in hand finish, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await Promise.all(this.loops);
  }

  wake(): void {
    for (const wake of this.sleepers) wake();
    this.sleepers.clear();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const worked = await this.step().catch((err: unknown) => {
        this.log.error({ err, worker: this.name }, 'background step failed');
        return false;
      });
      if (worked || !this.running) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, this.pollMs);
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
}

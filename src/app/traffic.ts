// Live traffic comes first: while users' updates are being handled, background work (events, announcements,
// jobs) waits for a quiet moment, a bounded time at most, so it is never starved. On the embedded database,
// which has one connection, this keeps replies fast during a burst; the background catches up right after.
export class Traffic {
  private inFlight = 0;

  enter(): void {
    this.inFlight++;
  }

  leave(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
  }

  get busy(): boolean {
    return this.inFlight > 0;
  }

  /** Resolves once no update is in flight (true), or after `maxWaitMs` of traffic that never calmed (false). */
  async quiet(maxWaitMs: number): Promise<boolean> {
    const until = Date.now() + maxWaitMs;
    while (this.inFlight > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
    return this.inFlight === 0;
  }
}

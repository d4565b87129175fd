// Live traffic comes first: while users' updates are being handled, background work (events, announcements,
// jobs) gives way, taking only its share of the time (see BackgroundWorker), so it is never starved. On the
// embedded database, which has one connection, this keeps replies fast during a burst; the background catches
// up right after.
export class Traffic {
  private inFlight = 0;
  private readonly waiting = new Set<() => void>();

  enter(): void {
    this.inFlight++;
  }

  leave(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (this.inFlight > 0) return;
    for (const calmed of this.waiting) calmed();
  }

  get busy(): boolean {
    return this.inFlight > 0;
  }

  /**
   * After `workedMs` of background work, waits while the traffic lasts for as long as taking only `share` of
   * the time asks (true: it calmed sooner).
   */
  giveWay(workedMs: number, share: number): Promise<boolean> {
    return this.quiet(workedMs * (1 / share - 1));
  }

  /** Resolves once no update is in flight (true), or after `maxWaitMs` of traffic that never calmed (false). */
  quiet(maxWaitMs: number): Promise<boolean> {
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve(this.inFlight === 0);
      };
      // A waiter may give up first (a worker told to stop): the timer alone does not keep the process alive.
      const timer = setTimeout(done, maxWaitMs);
      timer.unref?.();
      this.waiting.add(done);
    });
  }
}

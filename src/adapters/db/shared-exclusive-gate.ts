// A first-come-first-served readers/writer gate: any number of shared holders at once, or one exclusive holder
// alone. A waiting exclusive request holds back later shared ones, so transactions are never starved.
export class SharedExclusiveGate {
  private shared = 0;
  private exclusive = false;
  private readonly waiting: Array<{ mode: 'shared' | 'exclusive'; grant: () => void }> = [];

  acquireShared(): Promise<void> {
    return this.request('shared');
  }

  acquireExclusive(): Promise<void> {
    return this.request('exclusive');
  }

  releaseShared(): void {
    this.shared--;
    this.pump();
  }

  releaseExclusive(): void {
    this.exclusive = false;
    this.pump();
  }

  private request(mode: 'shared' | 'exclusive'): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push({ mode, grant: resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.waiting.length > 0 && !this.exclusive) {
      const next = this.waiting[0]!;
      if (next.mode === 'exclusive') {
        if (this.shared > 0) return;
        this.exclusive = true;
      } else {
        this.shared++;
      }
      this.waiting.shift();
      next.grant();
    }
  }
}

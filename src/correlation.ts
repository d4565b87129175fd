// One correlation id follows an update through everything it causes: the events its use-cases write, the
// events and jobs those cause in turn (the dispatcher and the job runner carry the id on), and every log line
// written meanwhile (the logger adds `cid`). An update's id is `u<update_id>` (the same on each attempt);
// work that starts elsewhere (a timer, an admin over HTTP) gets its own.
import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<string>();

/** Runs `work` with this correlation id; what it writes and logs carries it. */
export function withCorrelation<T>(id: string, work: () => T): T {
  return storage.run(id, work);
}

/** The correlation id of the work in progress, if any. */
export function currentCorrelation(): string | undefined {
  return storage.getStore();
}

/** The correlation id of a Telegram update. */
export function updateCorrelation(updateId: number): string {
  return `u${updateId}`;
}

// How much V8 lets the process's heap grow between full collections. By default it grows to a few times what
// is live when collection costs little, which is what a burst of updates makes: on PostgreSQL the process then
// holds around 280 MB after a burst of 1,000 new visitors, for a live heap of about 65 MB. Growing by 20% at a
// time, from a full collection made once the process has started, its peak over such a burst is 178–189 MB, at
// a pace within the runs' spread (bench:bot, 3 runs; 30% without the first collection: 190–211 MB).
// On the embedded database the setting would reach the database's thread too (one setting per process), whose
// collector then slows every statement: a fifth of the burst's pace and a higher paced p95, and the peak is
// within its 400 MB without it.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { DatabaseKind } from './adapters/db/database.ts';

/** The V8 setting for a process on this kind of database (none: V8's own). */
export function heapFlags(database: DatabaseKind): string | undefined {
  return database === 'postgres' ? '--heap-growing-percent=20' : undefined;
}

/** Applies the setting; V8 reads it at each collection, so it holds from the next one on. */
export function applyHeapPolicy(database: DatabaseKind): void {
  const flags = heapFlags(database);
  if (flags) setFlagsFromString(flags);
}

/**
 * Once the process has started: on PostgreSQL, one full collection, so that the setting holds from the first
 * burst on (until V8's first full collection its heap may grow to its initial limit, ~210 MB after a burst).
 * The collection takes a few milliseconds on the heap of a process that has just started.
 */
export function settleHeap(database: DatabaseKind): void {
  if (!heapFlags(database)) return;
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

// How much V8 lets the process's heap grow between full collections. By default it grows to a few times what
// is live when collection costs little, which is what a burst of updates makes: on PostgreSQL the process then
// holds around 280 MB after a burst of 1,000 new visitors, for a live heap of about 65 MB. Growing by 30% at a
// time, it holds about 155 MB after such a burst, at a pace within the runs' spread. Set once the process runs,
// it takes effect from V8's first full collection on: the first burst after a start may still reach ~210 MB.
// On the embedded database the setting would reach the database's thread too (one setting per process), whose
// collector then slows every statement: a fifth of the burst's pace and a higher paced p95, and the peak is
// within its 400 MB without it.
import { setFlagsFromString } from 'node:v8';
import type { DatabaseKind } from './adapters/db/database.ts';

/** The V8 setting for a process on this kind of database (none: V8's own). */
export function heapFlags(database: DatabaseKind): string | undefined {
  return database === 'postgres' ? '--heap-growing-percent=30' : undefined;
}

/** Applies the setting; V8 reads it at each collection, so it holds from the next one on. */
export function applyHeapPolicy(database: DatabaseKind): void {
  const flags = heapFlags(database);
  if (flags) setFlagsFromString(flags);
}

// A lease's end doubles as its claimant's mark: the time, to the millisecond, plus random microseconds, so no
// two claims share one. When the connection is cut just after a claim commits, its answer is lost and the
// claim looks failed; tried again with the same lease, it finds the row it already holds and takes it up,
// instead of leaving it held by nobody until the lease ends.

export type Lease = string;

export function newLease(until: Date): Lease {
  const micros = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  return until.toISOString().replace('Z', `${micros}Z`);
}

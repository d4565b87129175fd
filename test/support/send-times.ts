// Measures over the times messages went out (milliseconds): the limits tests hold the sending pace to.

/** The most messages in any window of `ms` milliseconds (every window starting at a send). */
export function busiestWindow(times: readonly number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= ms) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

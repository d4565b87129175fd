// Messages to Diana per person: a token bucket, `burst` at once then one every `everyMs`. Pure: the caller
// keeps the buckets and the clock.

export interface Bucket {
  tokens: number;
  at: number;
}

export interface PacingRule {
  everyMs: number;
  burst: number;
}

/** Takes one message from the bucket: the new bucket, or how long to wait before the next is allowed. */
export function takeMessage(
  bucket: Bucket | undefined,
  rule: PacingRule,
  now: number,
): { allowed: true; bucket: Bucket } | { allowed: false; waitMs: number; bucket: Bucket } {
  const refilled = bucket
    ? Math.min(rule.burst, bucket.tokens + Math.max(0, now - bucket.at) / rule.everyMs)
    : rule.burst;
  if (refilled >= 1) return { allowed: true, bucket: { tokens: refilled - 1, at: now } };
  return {
    allowed: false,
    waitMs: Math.ceil((1 - refilled) * rule.everyMs),
    bucket: { tokens: refilled, at: now },
  };
}

/** Whether a bucket is full again (so it can be forgotten). */
export function isFull(bucket: Bucket, rule: PacingRule, now: number): boolean {
  return bucket.tokens + (now - bucket.at) / rule.everyMs >= rule.burst;
}

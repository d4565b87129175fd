// A circuit breaker per model provider: after `threshold` failures in a row the provider is skipped for
// `coolDownMs`; then one trial call is let through, and its outcome closes the circuit or opens it again.

export interface CircuitRule {
  threshold: number;
  coolDownMs: number;
}

export type CircuitState =
  | { kind: 'closed'; failures: number }
  | { kind: 'open'; until: number }
  | { kind: 'trial' };

export const CLOSED: CircuitState = { kind: 'closed', failures: 0 };

/** Whether a call may go through now, and the state to keep (an open circuit past its cool-down lets one trial). */
export function admit(state: CircuitState, now: number): { allowed: boolean; state: CircuitState } {
  if (state.kind === 'open') {
    return now >= state.until ? { allowed: true, state: { kind: 'trial' } } : { allowed: false, state };
  }
  // One trial at a time: others wait for its outcome.
  if (state.kind === 'trial') return { allowed: false, state };
  return { allowed: true, state };
}

export function succeeded(): CircuitState {
  return CLOSED;
}

export function failed(state: CircuitState, rule: CircuitRule, now: number): CircuitState {
  if (state.kind === 'trial') return { kind: 'open', until: now + rule.coolDownMs };
  const failures = (state.kind === 'closed' ? state.failures : 0) + 1;
  return failures >= rule.threshold
    ? { kind: 'open', until: now + rule.coolDownMs }
    : { kind: 'closed', failures };
}

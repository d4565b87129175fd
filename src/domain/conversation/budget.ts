// What model replies cost and who may still spend: prices per 1,000 tokens per model, per-person daily
// allowances (more for VIP), and the deployment's daily and monthly caps. Money is counted in millionths of a
// dollar, so sums are exact.

export interface Price {
  prompt: number;
  completion: number;
}

export const MICRO = 1_000_000;

export function priceOf(prices: Readonly<Record<string, Price>>, model: string): Price {
  return prices[model] ?? prices.default ?? { prompt: 0, completion: 0 };
}

/** The cost of a call in millionths of a dollar (rounded up: a cap is never passed by rounding). */
export function costMicroUsd(price: Price, promptTokens: number, completionTokens: number): number {
  return Math.ceil(((promptTokens * price.prompt + completionTokens * price.completion) / 1000) * MICRO);
}

export interface Allowance {
  messages: number;
  tokens: number;
}

export function withinAllowance(used: { messages: number; tokens: number }, allowance: Allowance): boolean {
  return used.messages < allowance.messages && used.tokens < allowance.tokens;
}

/**
 * What the next model message costs the person: nothing within the day's allowance; beyond it, the pack's
 * price in besitos, or no model at all (scripted replies) when the pack sets no price.
 */
export type ModelAccess = { kind: 'free' } | { kind: 'paid'; besitos: number } | { kind: 'closed' };

export function modelAccess(
  used: { messages: number; tokens: number },
  allowance: Allowance,
  besitosBeyond: number,
): ModelAccess {
  if (withinAllowance(used, allowance)) return { kind: 'free' };
  return besitosBeyond > 0 ? { kind: 'paid', besitos: besitosBeyond } : { kind: 'closed' };
}

export type CapState = 'ok' | 'warn' | 'spent';

/** Where a period stands against its cap: a warning from 80%, spent when the next call could pass it. */
export function capState(spentMicro: number, capUsd: number | undefined, nextCallMicro = 0): CapState {
  if (capUsd === undefined) return 'ok';
  const cap = Math.round(capUsd * MICRO);
  if (spentMicro + nextCallMicro > cap || spentMicro >= cap) return 'spent';
  return spentMicro >= cap * 0.8 ? 'warn' : 'ok';
}

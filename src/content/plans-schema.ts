// The shape of plans.yaml: the VIP plans on sale (days of VIP for a price in Telegram Stars). Names and
// benefits are locale keys; a plan whose texts are missing in a locale would show a broken screen, so the
// loader refuses it.
import { join } from 'node:path';
import { z } from 'zod';
import type { Locales } from './locales.ts';
import { parseWith } from './parse.ts';
import { ContentError, type Diagnostic, readYaml } from './yaml-source.ts';

export const planSchema = z.strictObject({
  // Short: it travels in invoice payloads and button data (`vip:<id>`).
  id: z.string().regex(/^[a-z0-9_]{1,24}$/, 'lowercase letters, digits and _, at most 24'),
  name: z.string().min(1),
  benefits: z.string().min(1),
  days: z.number().int().min(1).max(3660),
  /** Telegram Stars (XTR); Telegram accepts 1 to 10,000 per invoice. */
  price_stars: z.number().int().min(1).max(10_000),
});

export const plansFileSchema = z.strictObject({
  plans: z
    .array(planSchema)
    .refine((plans) => new Set(plans.map((p) => p.id)).size === plans.length, 'plan ids must be unique'),
});

export type Plan = z.infer<typeof planSchema>;

export function loadPlans(dir: string, locales: Locales): ReadonlyMap<string, Plan> {
  const source = readYaml(join(dir, 'plans.yaml'));
  const { plans } = parseWith(source, plansFileSchema);
  const problems: Diagnostic[] = [];
  plans.forEach((plan, i) => {
    for (const field of ['name', 'benefits'] as const) {
      for (const code of locales.codes) {
        if (!locales.has(code, plan[field])) {
          problems.push({
            file: source.file,
            line: source.lineOf(['plans', i, field]),
            message: `plan "${plan.id}" has no "${plan[field]}" text in locale "${code}"`,
          });
        }
      }
    }
  });
  if (problems.length > 0) throw new ContentError(problems);
  return new Map(plans.map((plan) => [plan.id, plan]));
}

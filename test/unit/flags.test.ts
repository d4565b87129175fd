// Feature flag rules: a stable place per person in a rollout, segments, and what an admin may type.
import { describe, expect, it } from 'vitest';
import { packFileSchema } from '../../src/content/pack-schema.ts';
import {
  describeRule,
  evaluateFlag,
  FLAG_ON,
  parseSegment,
  rolloutBucket,
  stableHash,
} from '../../src/domain/flags.ts';

const person = (id: number, over: Partial<{ language: string; vip: boolean }> = {}) => ({
  id,
  language: 'es',
  vip: false,
  ...over,
});

describe('feature flags', () => {
  it('places each person in a rollout by a stable hash of the flag and their id', () => {
    expect(stableHash('vip_sales:42')).toBe(stableHash('vip_sales:42'));
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(rolloutBucket('vip_sales', 42)).toBe(rolloutBucket('vip_sales', 42));
    const ids = Array.from({ length: 2000 }, (_, i) => 1_000_000 + i);
    const quarter = { ...FLAG_ON, percent: 25 };
    const on = ids.filter((id) => evaluateFlag('vip_sales', quarter, person(id))).length;
    expect(on / ids.length).toBeGreaterThan(0.2);
    expect(on / ids.length).toBeLessThan(0.3);
    // Widening a rollout keeps everyone who already had it.
    const half = { ...FLAG_ON, percent: 50 };
    for (const id of ids)
      if (evaluateFlag('vip_sales', quarter, person(id)))
        expect(evaluateFlag('vip_sales', half, person(id))).toBe(true);
    expect(ids.every((id) => !evaluateFlag('vip_sales', { ...FLAG_ON, percent: 0 }, person(id)))).toBe(true);
  });

  it('narrows to a segment, and off is off for everyone', () => {
    const vipEn = { ...FLAG_ON, segment: { vip: true, languages: ['en'] } };
    expect(evaluateFlag('f', vipEn, person(1, { vip: true, language: 'en' }))).toBe(true);
    expect(evaluateFlag('f', vipEn, person(1, { vip: false, language: 'en' }))).toBe(false);
    expect(evaluateFlag('f', vipEn, person(1, { vip: true, language: 'es' }))).toBe(false);
    expect(evaluateFlag('f', { ...FLAG_ON, enabled: false }, person(1))).toBe(false);
    // Without a person only the switch counts.
    expect(evaluateFlag('f', vipEn)).toBe(true);
    expect(describeRule({ enabled: true, percent: 10, segment: { vip: false, languages: ['es'] } })).toBe(
      'on · 10% · no VIP · es',
    );
  });

  it('reads the segments an admin types, and refuses the rest', () => {
    expect(parseSegment('all')).toEqual({});
    expect(parseSegment('VIP es, en')).toEqual({ vip: true, languages: ['es', 'en'] });
    expect(parseSegment('novip')).toEqual({ vip: false });
    expect(parseSegment('')).toBeUndefined();
    expect(parseSegment('everyone')).toBeUndefined();
  });

  it('takes defaults from the pack and refuses a flag it does not know', () => {
    const base = {
      id: 'p',
      name: 'P',
      default_locale: 'es',
      locales: ['es'],
      economy: {
        rewards: {
          welcome: 1,
          fragment: 1,
          decision: 1,
          daily_gift: 1,
          mission: 1,
          achievement: 1,
          reaction: 1,
        },
        vip_multiplier: 1,
        levels: [{ from: 1, cost: 10 }],
      },
    };
    const ok = packFileSchema.parse({ ...base, flags: { vip_sales: { enabled: false } } });
    expect(ok.flags.vip_sales).toEqual({ enabled: false, percent: 100, segment: {} });
    expect(packFileSchema.safeParse({ ...base, flags: { teleport: { enabled: true } } }).success).toBe(false);
  });
});

// Wording the pack must get right in both languages: a plan says its length once, Spanish writes decimals with a
// comma, counts agree with their nouns (1 member, 2 members), and the quarterly plan's claim holds for the
// pack's own prices.
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/content/pack.ts';

const pack = loadPack('content/diana');
const t = (code: string, key: string, args?: Record<string, string | number>) =>
  pack.locales.translate(code, key, args);

describe('wording of the launch locales', () => {
  it('names each plan with its length once', () => {
    for (const code of ['es', 'en']) {
      for (const plan of pack.vip.plans.values()) {
        const name = t(code, plan.name);
        const line = t(code, 'vip-plan-line', { name, days: plan.days, price: plan.price_stars });
        expect(line.match(new RegExp(`\\b${plan.days}\\b`, 'g')), line).toHaveLength(1);
        expect(t(code, 'admin-token-plan-button', { name, days: plan.days })).toBe(name);
      }
    }
    expect(t('es', 'vip-plan-line', { name: 'VIP · 30 noches', days: 30, price: 250 })).toBe(
      'VIP · 30 noches · 250 ⭐',
    );
  });

  it('writes decimals with a comma in Spanish and a point in English', () => {
    const decimals = (code: string) =>
      [...pack.locales.keys(code)]
        .map((key) => t(code, key))
        .join('\n')
        .match(/×\d+[.,]\d+/g) ?? [];
    expect(decimals('es').length).toBeGreaterThan(0);
    expect(decimals('es').every((d) => d.includes(','))).toBe(true);
    expect(decimals('en').every((d) => d.includes('.'))).toBe(true);
  });

  it('agrees counts with their nouns', () => {
    const channel = (code: string, n: number) =>
      t(code, 'admin-channels-free', {
        members: n,
        reactions: n,
        requests: 0,
        approved: 0,
        pending: 0,
        withdrawn: 0,
      });
    expect(channel('en', 1)).toContain('1 member · 1 reaction\n');
    expect(channel('en', 2)).toContain('2 members · 2 reactions\n');
    expect(channel('es', 1)).toContain('1 miembro · 1 reacción\n');
    expect(channel('es', 3)).toContain('3 miembros · 3 reacciones\n');
    const vip = t('en', 'admin-channels-vip', { members: 1, reactions: 0 });
    expect(vip).toBe('💎 VIP channel: 1 member · 0 reactions');
    const dead = { id: 1, type: 'LevelReached', user: 2, kind: 'message' };
    expect(t('en', 'admin-events-dead-line', { ...dead, attempts: 1 })).toContain('· user 2 · 1 attempt\n');
    expect(t('es', 'admin-updates-dead-line', { ...dead, attempts: 8 })).toContain(
      '(message) · 8 intentos\n',
    );
    expect(t('es', 'admin-stats-volume', { days: 7 })).toMatch(/^Últimos 7 días/);
    expect(t('en', 'admin-audit-title', { count: 1 })).toBe('📜 Audit log (the latest action)');
    expect(t('en', 'admin-token-choose-plan', { days: 1 })).toContain('expires in 1 day if');
  });

  it('claims no more of the quarterly plan than its price gives', () => {
    const monthly = pack.vip.plans.get('vip_mensual')!;
    const quarterly = pack.vip.plans.get('vip_trimestral')!;
    // "Ninety nights for less than the price of three single months": true while it costs less than three monthly plans.
    expect(quarterly.days).toBe(3 * monthly.days);
    expect(quarterly.price_stars).toBeLessThan(3 * monthly.price_stars);
    for (const code of ['es', 'en']) {
      expect(t(code, quarterly.benefits)).not.toMatch(/dos y medio|two and a half/);
    }
  });
});

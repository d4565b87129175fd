// Thirty days of play through the pure rules: the launch pack paces itself, a cascade-prone pack is refused.
import { describe, expect, it } from 'vitest';
import { type ContentPack, loadPack } from '../../src/content/pack.ts';
import { loadProgress } from '../../src/content/progress-loader.ts';
import {
  type DayOfPlay,
  PROGRESSION_PROFILES,
  progressionTable,
  simulateProgression,
} from '../../src/content/progression.ts';

const pack = loadPack('content/diana');
const idle: DayOfPlay = { gift: false, fragments: 0, reactions: 0, joins: 0, vip: false, dailies: false };

describe('the 30-day progression', () => {
  it('passes on the launch pack: nobody has every achievement before day 14, everyone has one by day 3', () => {
    const report = simulateProgression(pack);
    expect(report.problems).toEqual([]);
    expect(report.profiles.map((p) => p.profile)).toEqual(PROGRESSION_PROFILES.map((p) => p.name));
    for (const p of report.profiles) {
      expect(p.days).toHaveLength(30);
      expect(p.firstAchievementDay).toBeLessThanOrEqual(3);
      expect(p.allAchievementsDay ?? 99).toBeGreaterThanOrEqual(14);
    }
    const table = progressionTable(report);
    expect(table.split('\n')).toHaveLength(32);
    expect(table).toContain('casual');
    expect(table).toContain('channel-only');
  });

  it('takes a casual reader (daily gift and 3 fragments a day) at least 7 days to reach level 5', () => {
    const casual = simulateProgression(pack).profiles.find((p) => p.profile === 'casual')!;
    const level5 = casual.days.find((d) => d.level >= 5)?.day ?? 99;
    expect(level5).toBeGreaterThanOrEqual(7);
  });

  it('gives a newcomer who reads the whole free story on day 1 at most 2 missions and 3 achievements', () => {
    const reader = { name: 'reader', day: (d: number) => ({ ...idle, fragments: d === 1 ? Infinity : 0 }) };
    const [day1] = simulateProgression(pack, { days: 1, profiles: [reader] }).profiles[0]!.days;
    expect(day1!.missions).toBeLessThanOrEqual(2);
    expect(day1!.achievements).toBeLessThanOrEqual(3);
    expect(day1!.level).toBe(2);
  });

  it('gives a visitor who only redeems a VIP token no cascade: registration, the VIP achievement, level 1', () => {
    const token = { name: 'token', day: (d: number) => ({ ...idle, vip: d === 1 }) };
    const [day1] = simulateProgression(pack, { days: 1, profiles: [token] }).profiles[0]!.days;
    expect(day1).toMatchObject({ missions: 0, achievements: 2, level: 1, activity: 0 });
  });

  it('fails on a pack whose rewards set off one another', () => {
    const cascade: ContentPack = {
      ...pack,
      progress: loadProgress('test/fixtures/cascade-pack', pack.economy.rewards),
    };
    const report = simulateProgression(cascade);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.problems.join('\n')).toMatch(
      /profile "casual" has every achievement \(15\) on day 1, before day 14/,
    );
  });

  it('fails on a pack that rewards nothing in the first days', () => {
    const late: ContentPack = {
      ...pack,
      progress: {
        ...pack.progress,
        achievements: [],
        missions: [],
        byEvent: new Map(),
      },
    };
    expect(simulateProgression(late).problems.join('\n')).toMatch(
      /profile "casual" has no achievement by day 3/,
    );
  });
});

describe('goal names', () => {
  it('differ between every mission and achievement, in each language', async () => {
    const { localeDiagnostics } = await import('../../src/content/progress-check.ts');
    expect(localeDiagnostics(pack)).toEqual([]);
    const twin: ContentPack = {
      ...pack,
      progress: {
        ...pack.progress,
        achievements: pack.progress.achievements.map((a) =>
          a.id === 'first_reaction' ? { ...a, id: 'community_member', kind: 'mission' as const } : a,
        ),
      },
    };
    expect(localeDiagnostics(twin).map((d) => d.message)).toContain(
      '"mission-community_member-name" has the name of "mission-community_member-name" (es): names must differ',
    );
  });
});

// The pure rules of the dailies: lenient riddle answers, the day's riddle and the night's scene, the night's
// window in the person's zone, the stake cap and the dice, and the weekly standing's ranking.
import { describe, expect, it } from 'vitest';
import { dailiesDiagnostics } from '../../src/content/dailies-check.ts';
import { loadPack } from '../../src/content/pack.ts';
import { type ChanceRules, checkStake, roll, secureRandom } from '../../src/domain/dailies/chance.ts';
import { clockMinutes, isOpen, nightOf, sceneOffset } from '../../src/domain/dailies/nightly.ts';
import { poolIndex } from '../../src/domain/dailies/pool.ts';
import { answerMatches, answerWords, editDistance, judgeAttempt } from '../../src/domain/dailies/riddles.ts';
import { rankStanding, standingFor } from '../../src/domain/dailies/standing.ts';

describe('riddle answers', () => {
  const shadow = ['sombra', 'shadow'];

  it('accept any case, accents, articles and punctuation', () => {
    expect(answerMatches('Sombra', shadow)).toBe(true);
    expect(answerMatches('¡LA SOMBRA!', shadow)).toBe(true);
    expect(answerMatches('es una sombra.', shadow)).toBe(true);
    expect(answerMatches('A shadow?', shadow)).toBe(true);
    expect(answerMatches('creo que es la sombra', shadow)).toBe(true);
    expect(answerMatches('el rio', ['río'])).toBe(true);
    expect(answerMatches('Máscara', ['mascara'])).toBe(true);
    expect(answerWords('¿Es el ESPEJO?')).toEqual(['espejo']);
  });

  it('forgive a small typo in long words, none in short ones', () => {
    expect(answerMatches('sobmra', shadow)).toBe(true); // two letters swapped
    expect(answerMatches('shadw', shadow)).toBe(true);
    expect(answerMatches('oscuridaz', ['oscuridad'])).toBe(true);
    expect(answerMatches('eso', ['eco'])).toBe(false);
    expect(answerMatches('sol', shadow)).toBe(false);
    expect(answerMatches('sombrero de copa', shadow)).toBe(false);
    expect(editDistance('abcd', 'abdc')).toBe(1);
  });

  it('accept the answer of either language from anyone', () => {
    expect(answerMatches('mirror', ['espejo', 'mirror'])).toBe(true);
    expect(answerMatches('espejo', ['espejo', 'mirror'])).toBe(true);
    expect(answerMatches('', shadow)).toBe(false);
  });

  it('count attempts: solved, wrong with attempts left, out, and closed afterwards', () => {
    expect(judgeAttempt({ attempts: 0, solved: false }, true, 3)).toEqual({ kind: 'solved', attempts: 1 });
    expect(judgeAttempt({ attempts: 1, solved: false }, false, 3)).toEqual({
      kind: 'wrong',
      attempts: 2,
      left: 1,
    });
    expect(judgeAttempt({ attempts: 2, solved: false }, false, 3)).toEqual({ kind: 'out', attempts: 3 });
    expect(judgeAttempt({ attempts: 3, solved: false }, true, 3)).toEqual({ kind: 'closed' });
    expect(judgeAttempt({ attempts: 1, solved: true }, true, 3)).toEqual({ kind: 'closed' });
  });
});

describe('picks of the day', () => {
  it('walk a pool in order: no repeat within its length, the same pick for the same day', () => {
    const days = Array.from({ length: 30 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`);
    const picks = days.map((day) => poolIndex(day, 30));
    expect(new Set(picks).size).toBe(30);
    expect(poolIndex('2026-12-05', 30)).toBe(poolIndex('2026-12-05', 30));
    expect(poolIndex('2025-06-01', 14)).toBeGreaterThanOrEqual(0);
  });

  it('give each person their own order of scenes, still without repeats', () => {
    const days = Array.from({ length: 14 }, (_, i) => `2027-01-${String(i + 1).padStart(2, '0')}`);
    for (const userId of [1, 42, 5_000_000_001]) {
      const picks = days.map((day) => poolIndex(day, 14, sceneOffset(userId)));
      expect(new Set(picks).size).toBe(14);
    }
    expect(poolIndex('2027-01-01', 14, sceneOffset(1))).not.toBe(poolIndex('2027-01-01', 14, sceneOffset(2)));
  });
});

describe('the nightly window', () => {
  const window = { opens: clockMinutes('20:00'), closes: clockMinutes('04:00') };

  it('is open in the evening and past midnight, closed by day', () => {
    expect(isOpen(clockMinutes('19:59'), window)).toBe(false);
    expect(isOpen(clockMinutes('20:00'), window)).toBe(true);
    expect(isOpen(clockMinutes('03:59'), window)).toBe(true);
    expect(isOpen(clockMinutes('04:00'), window)).toBe(false);
    expect(
      isOpen(clockMinutes('21:00'), { opens: clockMinutes('18:00'), closes: clockMinutes('23:00') }),
    ).toBe(true);
  });

  it('names a night by the evening it began on, in the person zone', () => {
    // 03:00 UTC on the 24th is 21:00 on the 23rd in Mexico City, and 04:00 on the 24th in Madrid.
    expect(nightOf(new Date('2026-11-24T03:00:00Z'), 'America/Mexico_City', window)).toBe('2026-11-23');
    expect(nightOf(new Date('2026-11-24T02:30:00Z'), 'Europe/Madrid', window)).toBe('2026-11-23');
    expect(nightOf(new Date('2026-11-24T03:00:00Z'), 'Europe/Madrid', window)).toBeUndefined();
    expect(nightOf(new Date('2026-11-24T18:00:00Z'), 'America/Mexico_City', window)).toBeUndefined();
  });
});

describe('the game of chance', () => {
  const rules: ChanceRules = { stakes: [5, 10, 20], daily_stake_cap: 40, win_chance: 0.5, payout: 2 };

  it('refuses an unknown stake, a stake beyond the day cap and a stake beyond the balance', () => {
    expect(checkStake(rules, 10, 0, 100)).toEqual({ ok: true });
    expect(checkStake(rules, 7, 0, 100)).toEqual({ ok: false, reason: 'unknown_stake', left: 40 });
    expect(checkStake(rules, 20, 30, 100)).toEqual({ ok: false, reason: 'over_cap', left: 10 });
    expect(checkStake(rules, 10, 30, 100)).toEqual({ ok: true });
    expect(checkStake(rules, 5, 40, 100)).toEqual({ ok: false, reason: 'over_cap', left: 0 });
    expect(checkStake(rules, 20, 0, 19)).toEqual({ ok: false, reason: 'short', left: 40 });
  });

  it('wins below the win chance and pays the payout, loses otherwise', () => {
    expect(roll(rules, 10, () => 0)).toBe(20);
    expect(roll(rules, 10, () => 0.4999)).toBe(20);
    expect(roll(rules, 10, () => 0.5)).toBe(0);
    expect(() => roll(rules, 10, () => 1)).toThrow(RangeError);
  });

  it('draws uniformly from the strong source: about half of many plays win', () => {
    const plays = 20_000;
    let wins = 0;
    for (let i = 0; i < plays; i++) if (roll(rules, 5, secureRandom) > 0) wins++;
    // Five standard deviations around the expected half: a fair coin never fails this.
    expect(Math.abs(wins - plays / 2)).toBeLessThan(5 * Math.sqrt(plays / 4));
  });
});

describe('the weekly standing', () => {
  const rows = [
    { userId: 1, name: 'Ana', activity: 30 },
    { userId: 2, name: null, activity: 50 },
    { userId: 3, name: 'Luis', activity: 30 },
    { userId: 4, name: 'Eva', activity: 0 },
    { userId: 5, name: 'Sol', activity: 10 },
  ];

  it('ranks by activity, ties share a rank, nobody without activity', () => {
    expect(rankStanding(rows).map((r) => [r.userId, r.rank])).toEqual([
      [2, 1],
      [1, 2],
      [3, 2],
      [5, 4],
    ]);
  });

  it('shows the top and the person own rank, hidden names kept hidden', () => {
    const standing = standingFor(rows, 5, 2);
    expect(standing.top.map((r) => r.name)).toEqual([null, 'Ana']);
    expect(standing.own).toMatchObject({ userId: 5, rank: 4 });
    expect(standing.total).toBe(4);
    expect(standingFor(rows, 4, 2).own).toBeUndefined();
  });
});

describe('the dailies of the launch pack', () => {
  const pack = loadPack('content/diana');

  it('has at least 14 scenes and 30 riddles, each answered in every locale, Diana in character', () => {
    expect(pack.dailies?.nightly.scenes.length).toBeGreaterThanOrEqual(14);
    expect(pack.dailies?.riddles.pool.length).toBeGreaterThanOrEqual(30);
    expect(dailiesDiagnostics(pack)).toEqual([]);
  });

  it('reports a scene out of character and a riddle without an answer, with file and line', () => {
    const dailies = pack.dailies!;
    const broken = {
      ...pack,
      dailies: {
        ...dailies,
        nightly: { ...dailies.nightly, scenes: [...dailies.nightly.scenes, 'menu-back'] },
        riddles: {
          ...dailies.riddles,
          pool: [...dailies.riddles.pool, { id: 'shadow', answers: { es: ['sombra'] } }],
        },
      },
    };
    const messages = dailiesDiagnostics(broken).map((d) => `${d.file}:${d.line}: ${d.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/bot\.ftl:\d+: Diana is out of character in nightly scene "menu-back" \(es\)/),
        expect.stringMatching(/dailies\.yaml:\d+: riddle "shadow" has no answer in locale "en"/),
      ]),
    );
  });
});

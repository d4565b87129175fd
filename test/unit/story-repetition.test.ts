// Repetition across the pack: a pack written to the template of the one-line rubric (the same hedges, similes
// and closing questions in every fragment) fails content:check, and the launch pack does not.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkPack } from '../../src/content/checker.ts';
import { readPack } from '../../src/content/pack.ts';
import { formatDiagnostic } from '../../src/content/yaml-source.ts';
import {
  analyseRepetition,
  DEFAULT_REPETITION_LIMITS,
  formatRepetition,
} from '../../src/domain/character/repetition.ts';

const TEMPLATE = 'test/fixtures/template-pack';

const fragment = (id: string, text: string) => ({ id, text });

describe('repetition across the pack', () => {
  it('finds the words and devices that come back in too many fragments', () => {
    const template = Array.from({ length: 6 }, (_, i) =>
      fragment(
        `f${i}`,
        `Quizá la casa ${i} guarda algo como una vela. Todavía no te lo diré, número ${i}. ¿Vienes conmigo ${i}?`,
      ),
    );
    const r = analyseRepetition(template, 'es');
    const overused = r.overused.map((t) => t.term);
    expect(overused).toEqual(
      expect.arrayContaining([
        'quiza',
        'ends on a question',
        'símil «como un/una/si»',
        '«todavía no / aún no»',
      ]),
    );
    expect(r.questionEndings).toBe(6);
    expect(r.problems).toEqual(
      expect.arrayContaining([
        '6 of 6 fragments end on a question (100% > 50%)',
        expect.stringMatching(/^distinct three-word phrases \d+% < 97%/),
        expect.stringMatching(/^openings: 17% distinct < 80%/),
      ]),
    );
    const f0 = r.byFragment.get('f0')!;
    expect(f0.penalty).toBe(DEFAULT_REPETITION_LIMITS.maxPenalty);
    expect(formatRepetition(r)).toMatch(/quiza\s+word\s+6\/6 \(100%\)\s+OVERUSED/);
  });

  it('leaves alone what varies', () => {
    const varied = [
      'Quizá mañana llueva sobre el jardín y las rosas despierten.',
      'La biblioteca huele a papel viejo; nadie la abre desde el invierno.',
      'Te espero junto al fuego, aunque sé que tardarás.',
      '¿Qué guardas en ese bolsillo, viajero?',
      'El espejo miente menos que las personas…',
    ].map((t, i) => fragment(`v${i}`, t));
    const r = analyseRepetition(varied, 'es');
    expect(r.overused).toEqual([]);
    expect(r.problems).toEqual([]);
    expect([...r.byFragment.values()].every((f) => f.penalty === 0)).toBe(true);
  });

  it('fails the pack written to the old template on repetition, in both languages', () => {
    const { diagnostics } = checkPack(readPack(TEMPLATE));
    const lines = diagnostics.map(formatDiagnostic);
    for (const code of ['es', 'en']) {
      expect(lines).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            new RegExp(`repeat themselves \\(${code}\\): 24 of 26 fragments end on a question`),
          ),
          expect.stringMatching(new RegExp(`repeat themselves \\(${code}\\): overused word`)),
          expect.stringMatching(
            new RegExp(`out of character in "c1_salon" \\(${code}\\): \\d+/100.*repetition −12`),
          ),
        ]),
      );
    }
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining('overused word "quiza" in 19 of 26 fragments (73% > 30%)'),
        expect.stringContaining('overused word "perhaps" in 22 of 26 fragments (85% > 30%)'),
      ]),
    );
    // Nothing else is wrong with it: only repetition makes it fail.
    expect(diagnostics.filter((d) => !/repeat themselves|repetition −/.test(d.message))).toEqual([]);
  });

  it('content:check prints the most overused words and devices and exits non-zero on the old template', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/content-check.ts', TEMPLATE], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Repetition \(es, 26 Diana fragments\)/);
    expect(run.stdout).toMatch(/quiza\s+word\s+19\/26 \(73%\)\s+OVERUSED/);
    expect(run.stdout).toMatch(/perhaps\s+word\s+22\/26 \(85%\)\s+OVERUSED/);
    expect(run.stderr).toMatch(/content check FAILED/);
  });

  it('the launch pack overuses no word or device and varies its endings', () => {
    const { voices } = checkPack(readPack('content/diana'));
    for (const r of voices.repetition) {
      expect(r.overused, r.language).toEqual([]);
      expect(r.problems, r.language).toEqual([]);
      expect(r.questionEndings / r.fragments).toBeLessThanOrEqual(0.5);
    }
  });
});

// The content checker speaks like a compiler: the launch pack passes; the broken fixture pack fails with a
// `file:line: message` for each of its problems, and the commands exit non-zero on it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack } from '../../src/content/checker.ts';
import { loadPack, readPack } from '../../src/content/pack.ts';
import { ContentError, formatDiagnostic } from '../../src/content/yaml-source.ts';
import type { Condition, StoryNode } from '../../src/domain/story/types.ts';

const BROKEN = 'test/fixtures/broken-pack';
const YAML = `${BROKEN}/story.yaml`;

function run(cli: string, dir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${cli}.ts`, dir], { encoding: 'utf8' });
}

describe('content checker', () => {
  it('passes the launch pack, every Diana fragment above the bar in both languages', () => {
    const pack = readPack('content/diana');
    const { diagnostics, voices } = checkPack(pack);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    const diana = voices.rows.filter((r) => r.speaker === 'diana');
    expect(diana.length).toBeGreaterThanOrEqual(20);
    for (const row of diana) {
      for (const code of ['es', 'en'])
        expect(row.cells[code]?.total, `${row.node} ${code}`).toBeGreaterThan(90);
    }
  });

  it('reports every problem of the broken pack as file:line', () => {
    const lines = checkPack(readPack(BROKEN)).diagnostics.map(formatDiagnostic);
    expect(lines).toEqual(
      expect.arrayContaining([
        `${YAML}:16: choice "perderse" of node "inicio" goes to unknown node "sotano"`,
        `${YAML}:21: dead end: node "pasillo" has no choices and is not an ending`,
        expect.stringMatching(
          new RegExp(`^${YAML}:21: Diana is out of character in "pasillo" \\(es\\): 0/100`),
        ),
        expect.stringMatching(new RegExp(`^${YAML}:21: Diana is out of character in "pasillo" \\(en\\)`)),
        `${YAML}:14: Diana's mood jumps from "juguetona" to "fria" (5 > 1) between "inicio" and "pasillo" with no cause in choice "seguir" (declare effects.emotion)`,
        `${YAML}:18: choice "puerta" of node "inicio" can never be taken: no choice ever sets flag "nunca"`,
        `${YAML}:18: choice "puerta" of node "inicio" can never be taken: item "reliquia" is neither sold in the shop nor granted by any choice`,
        `${YAML}:24: node "olvidado" is unreachable from the start "inicio"`,
        `${YAML}:24: cycle with no exit: olvidado never reaches an ending`,
        `${YAML}:24: Lucien breaks "formal-address" in "olvidado" (es): familiar address: tú, quieres, escribe`,
        `${YAML}:24: Lucien breaks "formal-address" in "olvidado" (en): familiar address: hey, wanna`,
        `${YAML}:29: node "final" has no "story-final" text in locale "en"`,
        `${BROKEN}/locales/es/story.ftl:16: text "story-sobrante" is not used by the story`,
      ]),
    );
  });

  it('finds conditions that can never hold and endings that go on', () => {
    const pack = readPack('content/diana');
    const nodes = new Map(pack.story.nodes);
    const edit = (id: string, change: (node: StoryNode) => StoryNode) =>
      nodes.set(id, change(nodes.get(id)!));
    const gate = (choice: string, condition: Condition) => (node: StoryNode) => ({
      ...node,
      choices: node.choices.map((c) => (c.id === choice ? { ...c, condition } : c)),
    });
    edit('c1_copa', gate('jugar', { chose: ['c3_medianoche.bajar'] }));
    edit('c1_copa', gate('ella', { relationship: 99 }));
    edit('c2_jardin', gate('verja', { flags: ['sincero'], notFlags: ['sincero'] }));
    edit('fin_puerta', (node) => ({ ...node, choices: nodes.get('c1_puerta')!.choices }));
    const messages = checkPack({ ...pack, story: { ...pack.story, nodes } }).diagnostics.map(
      (d) => d.message,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        'choice "jugar" of node "c1_copa" can never be taken: "c3_medianoche.bajar" cannot have been taken before reaching "c1_copa"',
        'choice "ella" of node "c1_copa" can never be taken: relationship 99 is above the most the story can give (30)',
        'choice "verja" of node "c2_jardin" can never be taken: flag "sincero" is required both set and unset',
        'ending "fin_puerta" has choices; an ending stops the story',
      ]),
    );
  });

  it('refuses to start on a pack whose references do not resolve', () => {
    expect(() => loadPack(BROKEN)).toThrow(ContentError);
    try {
      loadPack(BROKEN);
    } catch (error) {
      expect((error as ContentError).diagnostics.map(formatDiagnostic)).toEqual([
        `${YAML}:16: choice "perderse" of node "inicio" goes to unknown node "sotano"`,
        `${YAML}:29: node "final" has no "story-final" text in locale "en"`,
      ]);
    }
  });

  it('reports a mistake in the shape of story.yaml with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diana-pack-'));
    try {
      cpSync('content/diana', dir, { recursive: true });
      const yaml = readFileSync(join(dir, 'story.yaml'), 'utf8').replace(
        'speaker: lucien',
        'speeker: lucien',
      );
      writeFileSync(join(dir, 'story.yaml'), yaml);
      const line = yaml.split('\n').findIndex((l) => l.includes('speeker')) + 1;
      expect(() => readPack(dir)).toThrow(ContentError);
      try {
        readPack(dir);
      } catch (error) {
        const messages = (error as ContentError).diagnostics.map(formatDiagnostic);
        expect(
          messages.some((m) => m.startsWith(`${relative(process.cwd(), join(dir, 'story.yaml'))}:`)),
        ).toBe(true);
        expect(messages.join('\n')).toMatch(/speeker/);
        expect((error as ContentError).diagnostics.map((d) => d.line)).toContain(line - 1);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits non-zero with file:line from the command line, and zero on the launch pack', () => {
    const broken = run('content-check', BROKEN);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`${YAML}:21: dead end: node "pasillo"`);
    expect(broken.stdout).toMatch(/pasillo\s+diana\s+0 \(0\/0\/0\/7\) FAIL/);
    const simulate = run('content-simulate', BROKEN);
    expect(simulate.status).toBe(1);
    expect(simulate.stderr).toContain(
      `${YAML}:16: choice "perderse" of node "inicio" goes to unknown node "sotano"`,
    );
    const launch = run('content-check', 'content/diana');
    expect(launch.status, launch.stderr).toBe(0);
    expect(launch.stdout).toContain('content check passed');
  });
});

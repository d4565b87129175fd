// Story experiments: a stable arm per person, the node as each arm sees it, and what content:check says about
// variants (a good experiment passes; a bad one is reported as file:line).
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPack } from '../../src/content/checker.ts';
import { loadPack, readPack } from '../../src/content/pack.ts';
import { formatDiagnostic } from '../../src/content/yaml-source.ts';
import { nodeSeenBy, storySeenBy, variantOf } from '../../src/domain/story/variants.ts';
import { experimentPack } from '../support/experiment-pack.ts';

function diagnostics(variants?: string): string[] {
  const dir = experimentPack(variants);
  try {
    return checkPack(readPack(dir))
      .diagnostics.map(formatDiagnostic)
      .map((l) => l.replace(dir, '<pack>'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('story experiments', () => {
  it('gives each person one arm, always the same, and both arms people', () => {
    const dir = experimentPack();
    const pack = loadPack(dir);
    rmSync(dir, { recursive: true, force: true });
    const node = pack.story.nodes.get('c1_puerta')!;
    const arms = Array.from({ length: 1000 }, (_, i) => variantOf(node, 5_000_000 + i));
    expect(arms).toEqual(Array.from({ length: 1000 }, (_, i) => variantOf(node, 5_000_000 + i)));
    const b = arms.filter((a) => a === 'b').length;
    expect(b).toBeGreaterThan(400);
    expect(b).toBeLessThan(600);
    expect(variantOf(pack.story.nodes.get('c1_lucien')!, 1)).toBeUndefined();

    const inB = 5_000_000 + arms.indexOf('b');
    const seen = nodeSeenBy(node, inB);
    expect(seen.variant).toBe('b');
    expect(seen.node.text).toBe('story-c1_puerta--b');
    expect(seen.node.choices.map((c) => c.id)).toEqual(['pasar']);
    expect(storySeenBy(pack.story, 'c1_puerta', inB).nodes.get('c1_puerta')?.choices[0]?.id).toBe('pasar');
    const inA = 5_000_000 + arms.indexOf('a');
    expect(storySeenBy(pack.story, 'c1_puerta', inA).nodes.get('c1_puerta')).toBe(node);
  });

  it('passes content:check with a good experiment', () => {
    expect(diagnostics()).toEqual([]);
  });

  it('reports variants that point nowhere, lack their text, change nothing or repeat an id', () => {
    const problems = diagnostics(`        variants:
          - id: b
            choices:
              - { id: pasar, to: c9_nada }
          - id: c
          - id: d
            text: story-c1_puerta
            choices: []
          - id: b
            text: story-c1_puerta--b
          - { id: e, text: story-c1_puerta }
`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/story\.yaml:\d+: variant "c1_puerta\.b" is defined twice/),
        expect.stringMatching(
          /choice "pasar" of node "c1_puerta" \(variant "b"\) goes to unknown node "c9_nada"/,
        ),
        expect.stringMatching(
          /variant "c" of node "c1_puerta" has no "story-c1_puerta--c" text in locale "es"/,
        ),
        expect.stringMatching(/dead end: variant "d" of node "c1_puerta" has no choices/),
        expect.stringMatching(/variant "e" of node "c1_puerta" changes neither the text nor the choices/),
      ]),
    );
    expect(problems.every((p) => /<pack>\/story\.yaml:\d+: /.test(p))).toBe(true);
  });

  it('refuses a variant named "a" (the node itself)', () => {
    expect(() =>
      readPack(experimentPack('        variants:\n          - { id: a, text: story-c1_puerta }\n')),
    ).toThrow(/variant "a" is the node itself/);
  });
});

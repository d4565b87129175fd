// The playthrough simulator: on the launch story every branch reaches every node and ending under some user
// state; on altered stories it finds the paths that get stuck and the nodes nobody reaches in practice.
import { describe, expect, it } from 'vitest';
import { type ContentPack, loadPack } from '../../src/content/pack.ts';
import { simulate } from '../../src/content/simulator.ts';
import type { StoryChoice, StoryNode } from '../../src/domain/story/types.ts';

const pack = loadPack('content/diana');

/** The launch pack with one node's choices rewritten. */
function withChoices(node: string, edit: (choices: readonly StoryChoice[]) => StoryChoice[]): ContentPack {
  const nodes = new Map(pack.story.nodes);
  const original = nodes.get(node)!;
  nodes.set(node, { ...original, choices: edit(original.choices) } satisfies StoryNode);
  return { ...pack, story: { ...pack.story, nodes } };
}

describe('playthrough simulator', () => {
  const report = simulate(pack, { runs: 100 });

  it('reaches every node, choice and ending of the launch story, and nothing gets stuck', () => {
    expect(report.diagnostics).toEqual([]);
    expect(report.nodes).toEqual({
      reached: pack.story.nodes.size,
      total: pack.story.nodes.size,
      missing: [],
    });
    expect(report.choices.missing).toEqual([]);
    expect(report.endings).toEqual({ reached: 12, total: 12 });
    for (const profile of report.profiles) expect(profile.exhaustive).toBe(true);
  });

  it('keeps VIP endings for VIP users and pays more to them', () => {
    const [visitor, vip] = report.profiles;
    expect(Object.keys(visitor!.endings).sort()).toEqual([
      'fin_amanecer',
      'fin_escalera',
      'fin_fuente',
      'fin_promesa',
      'fin_puerta',
      'fin_rosa',
      'fin_silencio',
    ]);
    expect(Object.keys(vip!.endings)).toEqual(
      expect.arrayContaining(['fin_terciopelo', 'fin_alba', 'fin_pluma', 'fin_ventana']),
    );
    expect(vip!.earned.min).toBeGreaterThan(visitor!.earned.min);
    // The shortest free path: 9 fragments and 8 decisions at the pack's values.
    expect(visitor!.earned.min).toBeGreaterThanOrEqual(9 * 10 + 8 * 5);
    expect(visitor!.earned.min).toBeLessThanOrEqual(visitor!.earned.median);
    expect(visitor!.earned.median).toBeLessThanOrEqual(visitor!.earned.max);
  });

  it('is reproducible for a seed', () => {
    const again = simulate(pack, { runs: 100 });
    expect(again.profiles.map((p) => p.randomEndings)).toEqual(report.profiles.map((p) => p.randomEndings));
  });

  it('reports a path that gets stuck, with the node’s line', () => {
    // Without the key, nobody may leave the garden any more.
    const stuck = withChoices('c2_jardin', (choices) =>
      choices.map((c) => (c.id === 'llave' ? c : { ...c, condition: { ...c.condition, vip: true } })),
    );
    const messages = simulate(stuck, { runs: 20 }).diagnostics.map((d) => `${d.line}: ${d.message}`);
    const line = pack.storySource.line('node:c2_jardin');
    expect(messages).toContainEqual(
      expect.stringMatching(new RegExp(`^${line}: profile "new visitor" gets stuck at "c2_jardin"`)),
    );
  });

  it('reports a choice that no user state takes in practice, with its line', () => {
    // The way back from the garden needs a level nobody has; the balcony is still reached by other paths.
    const gated = withChoices('c2_jardin', (choices) =>
      choices.map((c) => (c.id === 'volver' ? { ...c, condition: { level: 99 } } : c)),
    );
    const result = simulate(gated, { runs: 20 });
    expect(result.nodes.missing).toEqual([]);
    expect(result.choices.missing).toEqual(['c2_jardin.volver']);
    const line = pack.storySource.line('choice:c2_jardin.volver');
    expect(result.diagnostics.map((d) => `${d.line}: ${d.message}`)).toContainEqual(
      expect.stringMatching(new RegExp(`^${line}: choice "c2_jardin.volver" is never taken in practice`)),
    );
  });

  it('reports a node that no user state reaches in practice', () => {
    const gated = withChoices('c3_silencio', (choices) =>
      choices.map((c) => (c.id === 'carta' ? { ...c, condition: { level: 99 } } : c)),
    );
    const result = simulate(gated, { runs: 20 });
    expect(result.nodes.missing).toEqual(['c3_carta']);
    expect(result.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringContaining('node "c3_carta" is never reached in practice'),
    );
  });

  it('walks a loop that has an exit without calling it stuck', () => {
    const looping = withChoices('c2_biblioteca', (choices) => [
      ...choices,
      { ...choices[0]!, id: 'otra', to: 'c2_biblioteca', effects: { ...choices[0]!.effects, set: [] } },
    ]);
    expect(simulate(looping, { runs: 50 }).diagnostics).toEqual([]);
  });
});

// The story map: every node and choice drawn, VIP chapters, endings and gated choices marked, and the map in
// docs/ kept in step with the story (regenerate it with `npm run content:map`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/content/pack.ts';
import { storyGraph, storyMermaid } from '../../src/content/story-map.ts';

const pack = loadPack('content/diana');
const map = storyMermaid(pack, 'es');

describe('story map', () => {
  it('draws every node in its chapter and every choice as an arrow', () => {
    expect(map.startsWith('flowchart TD\n')).toBe(true);
    for (const chapter of pack.story.chapters.values()) expect(map).toContain(`subgraph ${chapter.id}[`);
    for (const node of pack.story.nodes.values()) {
      expect(map).toMatch(new RegExp(`^\\s+${node.id}[[(]`, 'm'));
      for (const choice of node.choices)
        expect(map).toMatch(new RegExp(`${node.id} -\\.?->\\|.*\\| ${choice.to}$`, 'm'));
    }
  });

  it('marks VIP chapters, endings and what each gated choice asks for', () => {
    expect(map).toContain('subgraph c4["💎 VIP · Capítulo 4 · El cuarto de terciopelo"]');
    expect(map).toMatch(/^ {2}class .*c4_terciopelo.* vip$/m);
    expect(map).toMatch(
      /^ {2}class fin_escalera,fin_puerta,fin_terciopelo,fin_alba,fin_carta,fin_promesa,fin_fuente,fin_silencio,fin_amanecer,fin_rosa,fin_pluma,fin_ventana ending$/m,
    );
    expect(map).toContain('subgraph c6["💎 VIP · Capítulo 6 · El estudio"]');
    expect(map).toMatch(/c5_pregunta -\.->\|"🗝️carta_jardin .*"\| c5_carta/);
    expect(map).toContain('c3_medianoche -->|"🔒VIP Seguirla al cuarto de terci…"| c4_terciopelo');
    expect(map).toContain(
      'c2_jardin -->|"🗝️llave_jardin_secreto Abrir la verja con la llave"| c2_jardin_secreto',
    );
    expect(map).toMatch(/c3_silencio -->\|"🔒nivel 3 Leer la carta .*"\| c3_carta/);
    expect(map).toMatch(/c3_medianoche -->\|"❤️≥2 🚩 .*"\| fin_puerta/);
    expect(map).toMatch(/c3_retrato -->\|"💋30 .*"\| c3_lucien_retrato/);
    expect(map).toMatch(/c2_balcon -\.->\|"🚩 .*"\| c3_silencio/);
  });

  it('gives the console every chapter in order, every node once and every choice with its label', () => {
    const graph = storyGraph(pack, 'en');
    expect(graph.start).toBe(pack.story.start);
    expect(graph.chapters.map((c) => c.id)).toEqual([...pack.story.chapters.keys()]);
    expect(graph.chapters.flatMap((c) => c.nodes.map((n) => n.id)).sort()).toEqual(
      [...pack.story.nodes.keys()].sort(),
    );
    expect(graph.chapters.find((c) => c.id === 'c4')).toMatchObject({ vip: true });
    expect(graph.chapters[0]!.nodes.find((n) => n.id === 'c1_puerta')).toEqual({
      id: 'c1_puerta',
      speaker: 'narration',
      ending: false,
    });
    const arrows = [...pack.story.nodes.values()].flatMap((n) =>
      n.choices.map((c) => `${n.id}.${c.id}>${c.to}`),
    );
    expect(graph.choices.map((c) => `${c.node}.${c.choice}>${c.to}`)).toEqual(arrows);
    const verja = graph.choices.find((c) => c.node === 'c2_jardin' && c.to === 'c2_jardin_secreto')!;
    expect(verja.label).toBe(
      pack.locales.translate(
        'en',
        pack.story.nodes.get('c2_jardin')!.choices.find((c) => c.to === 'c2_jardin_secreto')!.text,
      ),
    );
    expect(verja.label).not.toBe(
      storyGraph(pack, 'es').choices.find((c) => c.choice === verja.choice && c.node === verja.node)!.label,
    );
  });

  it('is up to date in docs/ and the README', () => {
    expect(readFileSync('docs/story-map.mmd', 'utf8')).toBe(map);
    expect(readFileSync('README.md', 'utf8')).toContain(`\`\`\`mermaid\n${map}\`\`\``);
  });
});

// The story map: every node and choice drawn, VIP chapters, endings and gated choices marked, and the map in
// docs/ kept in step with the story (regenerate it with `npm run content:map`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/content/pack.ts';
import { storyMermaid } from '../../src/content/story-map.ts';

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

  it('is up to date in docs/ and the README', () => {
    expect(readFileSync('docs/story-map.mmd', 'utf8')).toBe(map);
    expect(readFileSync('README.md', 'utf8')).toContain(`\`\`\`mermaid\n${map}\`\`\``);
  });
});

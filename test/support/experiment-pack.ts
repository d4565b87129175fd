// A copy of the launch pack with a story experiment on its first node: variant "b" has its own text and its
// own choice. Tests only: the launch pack ships no experiment.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FIRST_NODE = `      - id: c1_puerta
        speaker: narration
        emotion: reservada
        choices:
          - { id: entrar, to: c1_lucien }
`;

export const EXPERIMENT_TEXTS = {
  es: { text: 'Una verja de hierro se abre sin ruido.', choice: 'Pasar al jardín' },
  en: { text: 'An iron gate opens without a sound.', choice: 'Step into the garden' },
};

/** Copies content/diana to a temporary directory and declares `variants` (YAML lines under c1_puerta). */
export function experimentPack(
  variants = `        variants:
          - id: b
            text: story-c1_puerta--b
            choices:
              - { id: pasar, to: c1_lucien }
`,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'diana-experiment-'));
  cpSync(resolve('content/diana'), dir, { recursive: true });
  const story = readFileSync(join(dir, 'story.yaml'), 'utf8');
  if (!story.includes(FIRST_NODE))
    throw new Error('the launch story no longer starts as this helper expects');
  writeFileSync(join(dir, 'story.yaml'), story.replace(FIRST_NODE, FIRST_NODE + variants));
  for (const [code, t] of Object.entries(EXPERIMENT_TEXTS)) {
    appendFileSync(
      join(dir, 'locales', code, 'story.ftl'),
      `\nstory-c1_puerta--b = ${t.text}\nstory-c1_puerta-pasar = ${t.choice}\n`,
    );
  }
  return dir;
}

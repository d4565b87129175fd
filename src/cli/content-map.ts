// `npm run content:map [pack dir]`: writes the story map to docs/ (Mermaid source, and a page GitHub renders
// as a picture), renders it to SVG when the Mermaid CLI (mmdc) is installed, and refreshes the map in the
// README between its story-map markers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { storyMapPage, storyMermaid } from '../content/story-map.ts';
import { withPack } from './content.ts';

const OUT = 'docs';
const README = 'README.md';
const START = '<!-- story-map:start -->';
const END = '<!-- story-map:end -->';

withPack((pack) => {
  const locale = pack.locales.defaultLocale;
  const mermaid = storyMermaid(pack, locale);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/story-map.mmd`, mermaid);
  writeFileSync(`${OUT}/story-map.md`, storyMapPage(pack, locale, mermaid));
  const written = [`${OUT}/story-map.mmd`, `${OUT}/story-map.md`];

  const svg = spawnSync('mmdc', ['-i', `${OUT}/story-map.mmd`, '-o', `${OUT}/story-map.svg`], {
    stdio: 'ignore',
  });
  if (svg.status === 0) written.push(`${OUT}/story-map.svg`);
  else
    console.log(
      'no Mermaid renderer (mmdc) found: wrote the Mermaid source; GitHub renders docs/story-map.md',
    );

  if (existsSync(README)) {
    const readme = readFileSync(README, 'utf8');
    const from = readme.indexOf(START);
    const to = readme.indexOf(END);
    if (from >= 0 && to > from) {
      const block = `${START}\n\`\`\`mermaid\n${mermaid.trimEnd()}\n\`\`\`\n${END}`;
      writeFileSync(README, readme.slice(0, from) + block + readme.slice(to + END.length));
      written.push(README);
    }
  }
  console.log(`story map written: ${written.join(', ')}`);
  return 0;
});

// `npm run bundle` (and `npm start`, with --if-stale): bundles Diana's sources into dist/main.mjs, which
// `npm start` runs with plain node. Running the bundle instead of the sources through tsx spares the process
// the TypeScript loader's memory (~60 MB) and its start-up work. Plain JavaScript, so that checking whether the
// bundle is current costs a few milliseconds and no loader.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUTFILE = join(ROOT, 'dist', 'main.mjs');
const SOURCES = [join(ROOT, 'src'), join(ROOT, 'package-lock.json'), join(ROOT, 'tsconfig.json')];

/** The newest modification time among these files and folders' files (0 when none exists). */
function newestChange(paths) {
  let newest = 0;
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    newest = Math.max(
      newest,
      stat.isDirectory() ? newestChange(readdirSync(path).map((name) => join(path, name))) : stat.mtimeMs,
    );
  }
  return newest;
}

function isCurrent() {
  try {
    return statSync(OUTFILE).mtimeMs >= newestChange(SOURCES);
  } catch {
    return false;
  }
}

if (process.argv.includes('--if-stale') && isCurrent()) process.exit(0);

console.log('bundling Diana for node (dist/main.mjs)…');
const { build } = await import('esbuild');
await build({
  entryPoints: [join(ROOT, 'src', 'main.ts')],
  outfile: OUTFILE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies load from node_modules as they are: only Diana's own code is bundled.
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

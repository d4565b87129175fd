// `npm run build` builds what `npm start` serves: Diana's sources bundled into dist/main.mjs (run with plain
// node, which spares the process the TypeScript loader's memory and start-up work) and the web console
// (console/dist, built by Vite). `npm install` runs it; `npm start` runs it with --if-stale, which builds only
// what is missing or older than its sources. Plain JavaScript, so that the check costs milliseconds and no
// loader.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const onlyStale = process.argv.includes('--if-stale');

/** The newest modification time among these files and their folders' files (0 when none exists). */
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

/** Whether `output` exists and is newer than every one of `sources`. */
function isCurrent(output, sources) {
  try {
    return statSync(output).mtimeMs >= newestChange(sources);
  } catch {
    return false;
  }
}

async function buildServer() {
  const outfile = join(ROOT, 'dist', 'main.mjs');
  const sources = ['src', 'package-lock.json', 'tsconfig.json'].map((name) => join(ROOT, name));
  if (onlyStale && isCurrent(outfile, sources)) return;
  console.log('building Diana for node (dist/main.mjs)…');
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(ROOT, 'src', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies load from node_modules as they are: only Diana's own code is bundled.
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

async function buildConsole() {
  const dir = join(ROOT, 'console');
  const sources = ['src', 'index.html', 'vite.config.ts', 'package-lock.json'].map((name) =>
    name === 'package-lock.json' ? join(ROOT, name) : join(dir, name),
  );
  if (onlyStale && isCurrent(join(dir, 'dist', 'index.html'), sources)) return;
  let vite;
  try {
    vite = await import('vite');
  } catch {
    // An install without development dependencies (a production image builds the console beforehand).
    console.log('the web console is not built and Vite is not installed: run `npm install`');
    return;
  }
  console.log('building the web console (console/dist)…');
  const started = Date.now();
  await vite.build({ configFile: join(dir, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`web console built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

await buildServer();
await buildConsole();

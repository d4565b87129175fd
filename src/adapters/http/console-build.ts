// Builds the web console with Vite when its files are missing (a checkout where `npm install` has not built it
// yet), so `npm start` serves it; a start with the files in place pays nothing. Tests also rebuild a console
// older than its sources, so they never drive yesterday's screens.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONSOLE_DIST, consoleBuilt } from './console.ts';

const CONSOLE_DIR = resolve(import.meta.dirname, '../../../console');
export const CONSOLE_VITE_CONFIG = join(CONSOLE_DIR, 'vite.config.ts');

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Whether a source of the console changed after its last build. */
function consoleStale(): boolean {
  const built = statSync(join(CONSOLE_DIST, 'index.html')).mtimeMs;
  const sources = ['src', 'index.html', 'vite.config.ts'].map((name) =>
    newestChange(join(CONSOLE_DIR, name)),
  );
  return Math.max(...sources) > built;
}

/** True when the console is there to serve (it was, or it is now built). */
export async function ensureConsoleBuilt(
  say: (line: string) => void,
  options: { whenStale?: boolean } = {},
): Promise<boolean> {
  if (consoleBuilt() && !(options.whenStale && consoleStale())) return true;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    say('the web console is not built and Vite is not installed: run `npm install`, then `npm run build`');
    return false;
  }
  say('building the web console…');
  const started = Date.now();
  await vite.build({ configFile: CONSOLE_VITE_CONFIG, logLevel: 'warn' });
  say(`web console built in ${((Date.now() - started) / 1000).toFixed(1)} s (${CONSOLE_DIST})`);
  return true;
}

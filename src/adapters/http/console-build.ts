// Builds the web console with Vite when its files are missing (a checkout where `npm install` has not built it
// yet), so `npm start` serves it; a start with the files in place pays nothing.
import { resolve } from 'node:path';
import { CONSOLE_DIST, consoleBuilt } from './console.ts';

export const CONSOLE_VITE_CONFIG = resolve(import.meta.dirname, '../../../console/vite.config.ts');

/** True when the console is there to serve (it was, or it is now built). */
export async function ensureConsoleBuilt(say: (line: string) => void): Promise<boolean> {
  if (consoleBuilt()) return true;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    say('the web console is not built and Vite is not installed: run `npm install`, then `npm run build`');
    return false;
  }
  say('building the web console (once, when its files are missing)…');
  const started = Date.now();
  await vite.build({ configFile: CONSOLE_VITE_CONFIG, logLevel: 'warn' });
  say(`web console built in ${((Date.now() - started) / 1000).toFixed(1)} s (${CONSOLE_DIST})`);
  return true;
}

// Where the installation lives, for the files Diana reads beside its code (the embedded database's worker,
// the sandbox's web page, npm's cache). Both src/ and the bundle's dist/ sit one level below it, so the
// answer is the same whether Diana runs from the sources (tsx) or from the bundle `npm start` builds.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const INSTALL_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A path inside the installation, e.g. `installPath('src', 'sandbox', 'web', 'app.js')`. */
export function installPath(...parts: string[]): string {
  return join(INSTALL_ROOT, ...parts);
}

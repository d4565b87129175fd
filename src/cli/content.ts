// Shared by the content commands: which pack to read (first argument, else CONTENT_DIR, else the launch
// pack), and how a pack that cannot even be read is reported (compiler style, exit code 1).

import { type ContentPack, readPack } from '../content/pack.ts';
import { ContentError, type Diagnostic, formatDiagnostic } from '../content/yaml-source.ts';

function packDir(): string {
  return process.argv[2] ?? process.env.CONTENT_DIR ?? 'content/diana';
}

/** Runs a content command on the pack; its result is the exit code. */
export function withPack(run: (pack: ContentPack, dir: string) => number): never {
  const dir = packDir();
  let code: number;
  try {
    code = run(readPack(dir), dir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    printDiagnostics(error.diagnostics);
    console.error(`\n${dir}: the pack cannot be read (${error.diagnostics.length} problems)`);
    code = 1;
  }
  process.exit(code);
}

export function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) console.error(formatDiagnostic(d));
}

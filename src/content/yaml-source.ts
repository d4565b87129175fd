// Reads a YAML file keeping positions, so problems in content are reported as `file:line: message`.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';

export interface Diagnostic {
  file: string;
  line: number;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.message}`;
}

export class ContentError extends Error {
  override name = 'ContentError';
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
  }
}

export interface YamlSource {
  /** The file as shown in diagnostics (relative to the working directory). */
  file: string;
  data: unknown;
  /** The line of the value at a path (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number;
}

export function readYaml(path: string): YamlSource {
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ContentError([{ file, line: 0, message: 'file not found' }]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ContentError(
      doc.errors.map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        message: e.message.split('\n')[0] ?? 'invalid YAML',
      })),
    );
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(
        path.slice(0, depth).map((k) => (typeof k === 'symbol' ? String(k) : k)),
        true,
      );
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { file, data: doc.toJS(), lineOf };
}

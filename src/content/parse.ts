// Validation of a YAML file against a zod schema, with every problem located as file:line.
import type { z } from 'zod';
import { ContentError, type Diagnostic, type YamlSource } from './yaml-source.ts';

/** Validates a YAML source against a schema; problems carry the file and line they come from. */
export function parseWith<S extends z.ZodType>(source: YamlSource, schema: S): z.infer<S> {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  const diagnostics: Diagnostic[] = result.error.issues.map((issue) => ({
    file: source.file,
    line: source.lineOf(issue.path),
    message: `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
  }));
  throw new ContentError(diagnostics);
}

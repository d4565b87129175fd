// Loads a content pack from CONTENT_DIR: validated once at boot, reported as `file:line: message` when wrong.
import { join } from 'node:path';
import type { z } from 'zod';
import { type Item, itemsFileSchema } from './items-schema.ts';
import { type Locales, loadLocales } from './locales.ts';
import { type PackFile, packFileSchema } from './pack-schema.ts';
import { ContentError, type Diagnostic, readYaml, type YamlSource } from './yaml-source.ts';

export interface ContentPack {
  dir: string;
  id: string;
  name: string;
  economy: PackFile['economy'];
  items: ReadonlyMap<string, Item>;
  locales: Locales;
}

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

export function loadPack(dir: string): ContentPack {
  const packFile = parseWith(readYaml(join(dir, 'pack.yaml')), packFileSchema);
  if (!packFile.locales.includes(packFile.default_locale)) {
    throw new ContentError([
      { file: join(dir, 'pack.yaml'), line: 1, message: 'default_locale must be one of locales' },
    ]);
  }
  const locales = loadLocales(dir, packFile.locales, packFile.default_locale);
  const items = parseWith(readYaml(join(dir, 'items.yaml')), itemsFileSchema).items;
  return {
    dir,
    id: packFile.id,
    name: packFile.name,
    economy: packFile.economy,
    items: new Map(items.map((item) => [item.id, item])),
    locales,
  };
}

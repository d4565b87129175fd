// Loads a content pack from CONTENT_DIR: validated once at boot, reported as `file:line: message` when wrong.
import { join } from 'node:path';
import { type Item, itemsFileSchema } from './items-schema.ts';
import { type Locales, loadLocales } from './locales.ts';
import { type PackFile, packFileSchema } from './pack-schema.ts';
import { parseWith } from './parse.ts';
import { loadProgress, type ProgressContent } from './progress-loader.ts';
import { ContentError, readYaml } from './yaml-source.ts';

export interface ContentPack {
  dir: string;
  id: string;
  name: string;
  economy: PackFile['economy'];
  items: ReadonlyMap<string, Item>;
  progress: ProgressContent;
  notifications: PackFile['notifications'];
  locales: Locales;
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
    progress: loadProgress(dir, packFile.economy.rewards, undefined),
    notifications: packFile.notifications,
    locales,
  };
}

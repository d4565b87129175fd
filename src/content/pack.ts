// Loads a content pack from CONTENT_DIR: validated once at boot, reported as `file:line: message` when wrong.
import { join } from 'node:path';
import type { Story } from '../domain/story/types.ts';
import { type ConversationContent, loadConversation } from './conversation-schema.ts';
import { type DailiesContent, loadDailies } from './dailies-schema.ts';
import { type Item, itemsFileSchema } from './items-schema.ts';
import { type Locales, loadLocales } from './locales.ts';
import { type PackFile, packFileSchema } from './pack-schema.ts';
import { parseWith } from './parse.ts';
import { loadPlans, type Plan } from './plans-schema.ts';
import { loadProgress, type ProgressContent } from './progress-loader.ts';
import { storyIntegrity } from './story-integrity.ts';
import { loadStory, type StorySource } from './story-loader.ts';
import { ContentError, readYaml } from './yaml-source.ts';

export interface ContentPack {
  dir: string;
  id: string;
  name: string;
  economy: PackFile['economy'];
  items: ReadonlyMap<string, Item>;
  progress: ProgressContent;
  notifications: PackFile['notifications'];
  channels: PackFile['channels'];
  /** The time zones offered first in ⚙️ Configuración, per language. */
  time_zones: PackFile['time_zones'];
  /** VIP settings (reminders, invitations, tokens) and the plans on sale, in the order of plans.yaml. */
  vip: PackFile['vip'] & { plans: ReadonlyMap<string, Plan> };
  /** The feature flags' defaults (a flag not named in pack.yaml is on). */
  flags: PackFile['flags'];
  locales: Locales;
  /** How Diana answers free text (conversation.yaml). */
  conversation: ConversationContent;
  /** The nightly visit, the riddle of the day, the game of chance and the standing (dailies.yaml), if any. */
  dailies: DailiesContent | undefined;
  story: Story;
  /** Where each piece of the story was written, for diagnostics. */
  storySource: StorySource;
}

/**
 * Loads a pack for running: besides its schema, every reference of the story (targets, items, texts in every
 * locale) must resolve, so no user ever meets a broken screen. `npm run content:check` reports the rest.
 */
export function loadPack(dir: string): ContentPack {
  const pack = readPack(dir);
  const problems = storyIntegrity(pack);
  if (problems.length > 0) throw new ContentError(problems);
  return pack;
}

/** Reads and schema-checks a pack without cross-checking the story (the content checker reports on it). */
export function readPack(dir: string): ContentPack {
  const packFile = parseWith(readYaml(join(dir, 'pack.yaml')), packFileSchema);
  if (!packFile.locales.includes(packFile.default_locale)) {
    throw new ContentError([
      { file: join(dir, 'pack.yaml'), line: 1, message: 'default_locale must be one of locales' },
    ]);
  }
  const locales = loadLocales(dir, packFile.locales, packFile.default_locale);
  const items = parseWith(readYaml(join(dir, 'items.yaml')), itemsFileSchema).items;
  const { story, source } = loadStory(dir);
  return {
    dir,
    id: packFile.id,
    name: packFile.name,
    economy: packFile.economy,
    items: new Map(items.map((item) => [item.id, item])),
    progress: loadProgress(dir, packFile.economy.rewards),
    notifications: packFile.notifications,
    channels: packFile.channels,
    time_zones: packFile.time_zones,
    vip: { ...packFile.vip, plans: loadPlans(dir, locales) },
    flags: packFile.flags,
    locales,
    conversation: loadConversation(dir, locales),
    dailies: loadDailies(dir),
    story,
    storySource: source,
  };
}

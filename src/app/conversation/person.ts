// The person Diana is talking to, as she may know them: name, language, level, VIP, where they are in the
// story and what she remembers of them. Nothing of any other member is ever read here.
import { type Memory, readMemory } from '../../adapters/db/repositories/conversation.ts';
import { findSave } from '../../adapters/db/repositories/story.ts';
import type { User } from '../../adapters/db/repositories/users.ts';
import { localDate } from '../../domain/calendar.ts';
import { loadStanding } from '../player.ts';
import type { AppContext } from '../services.ts';
import { zoneOf } from '../zone.ts';

export interface Person {
  id: number;
  name: string;
  username: string | null;
  locale: string;
  level: number;
  isVip: boolean;
  /** The person's calendar day (their zone), for allowances and conversation days. */
  day: string;
  story: {
    node: string;
    chapter: string;
    /** The chapter's title in the person's language. */
    chapterTitle: string;
    relationship: number;
    emotion: string;
    flags: readonly string[];
  };
  memory: Memory;
}

export async function loadPerson(app: AppContext, user: User, locale: string): Promise<Person> {
  const now = app.clock.now();
  const [standing, save, memory] = await Promise.all([
    loadStanding(app.db, app.pack, user.id, now),
    findSave(app.db, user.id),
    readMemory(app.db, user.id),
  ]);
  const { story } = app.pack;
  const node = story.nodes.get(save?.node ?? story.start);
  const chapter = save?.chapter ?? node?.chapter ?? '';
  return {
    id: user.id,
    name: user.firstName,
    username: user.username,
    locale,
    level: standing?.level ?? 1,
    isVip: standing?.isVip ?? false,
    day: localDate(now, zoneOf(app, user)),
    story: {
      node: node?.id ?? story.start,
      chapter,
      chapterTitle: app.pack.locales.translate(locale, story.chapters.get(chapter)?.title ?? ''),
      relationship: save?.relationship ?? 0,
      emotion: save?.emotion ?? node?.emotion ?? '',
      flags: save?.flags ?? [],
    },
    memory,
  };
}

// The person Diana is talking to, as she may know them: name, language, level, VIP, where they are in the
// story and what she remembers of them. Nothing of any other member is ever read here.
import { type Memory, readConversationState } from '../../adapters/db/repositories/conversation.ts';
import type { User } from '../../adapters/db/repositories/users.ts';
import { localDate } from '../../domain/calendar.ts';
import { levelFor } from '../../domain/economy/levels.ts';
import { isVipAt } from '../player.ts';
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
  /** Model messages and tokens used today (the deployment's day), for the allowance. */
  usedToday: { messages: number; tokens: number };
  /** Whether today (the person's day) already counts as a conversation day. */
  talkedToday: boolean;
  /** The riddle of the day waits for their answer: what they type now is that answer, not a message to her. */
  answersRiddle: boolean;
}

export async function loadPerson(app: AppContext, user: User, locale: string): Promise<Person> {
  const now = app.clock.now();
  const day = localDate(now, zoneOf(app, user));
  const state = await readConversationState(app.db, user.id, {
    usageDay: localDate(now, app.timeZone),
    personDay: day,
    at: now,
  });
  const { story } = app.pack;
  const save = state?.save;
  const node = story.nodes.get(save?.node ?? story.start) ?? story.nodes.get(story.start);
  const chapter = save?.chapter ?? node?.chapter ?? '';
  return {
    id: user.id,
    name: user.firstName,
    username: user.username,
    locale,
    level: levelFor(state?.activityEarned ?? user.activityEarned, app.pack.economy.levels),
    isVip: isVipAt({ vipUntil: state ? state.vipUntil : user.vipUntil }, now),
    day,
    story: {
      node: node?.id ?? story.start,
      chapter,
      chapterTitle: app.pack.locales.translate(locale, story.chapters.get(chapter)?.title ?? ''),
      relationship: save?.relationship ?? 0,
      emotion: save?.emotion ?? node?.emotion ?? '',
      flags: save?.flags ?? [],
    },
    memory: state?.memory ?? { summary: '', facts: [], updatedAt: null },
    usedToday: state?.used ?? { messages: 0, tokens: 0 },
    talkedToday: state?.talkedToday ?? false,
    answersRiddle: state?.answersRiddle ?? false,
  };
}

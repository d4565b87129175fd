// Diana's scripted answer to a message: the pack's intent for it (or the one the guard chose), one of its
// lines, with the person's name, level, chapter and VIP status.

import type { ContentPack } from '../../content/pack.ts';
import { intentById, matchIntent, pickReply } from '../../domain/conversation/scripted.ts';
import type { Person } from './person.ts';

export interface ScriptedAnswer {
  intent: string;
  text: string;
}

export function scriptedAnswer(
  pack: ContentPack,
  person: Person,
  message: string,
  intentId?: string,
): ScriptedAnswer {
  const { intents } = pack.conversation;
  const intent =
    (intentId ? intentById(intents, intentId) : undefined) ?? matchIntent(intents, message, person.locale);
  const args = {
    name: person.name,
    level: person.level,
    chapter: person.story.chapterTitle,
    vip: person.isVip ? 'yes' : 'no',
  };
  if (!intent) return { intent: 'none', text: pack.locales.translate(person.locale, 'fallback-text', args) };
  const key = pickReply(intent, `${person.id}:${person.day}:${message}`);
  return { intent: intent.id, text: pack.locales.translate(person.locale, key, args) };
}

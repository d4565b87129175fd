// Native reactions to channel posts: a member sets (or removes) one emoji on a post and the bot gets a
// message_reaction update with the old and new reaction, as Telegram sends when the bot administers the chat.
import type { BotApiEmulator } from './emulator.ts';

/** The reactions Telegram offers by default (a subset of its standard list). */
export const STANDARD_REACTIONS = ['👍', '❤️', '🔥', '😈', '💋', '🥰', '👏', '😁', '🤔', '😢', '🎉', '🙏'];

export type EmulatorReactionsSnapshot = Array<[string, Array<[number, string]>]>;

export class EmulatorReactions {
  /** `chat:message` -> user -> emoji */
  private reactions = new Map<string, Map<number, string>>();

  constructor(private readonly em: BotApiEmulator) {}

  /** Sets (or, with null, removes) the person's reaction to a post; the bot gets a message_reaction. */
  react(userId: number, chatId: number, messageId: number, emoji: string | null): void {
    const chat = this.em.channels.chat(chatId);
    if (!chat || !this.em.channels.canRead(userId, chatId))
      throw new Error('only members of a channel can react to its posts');
    if (!this.em.message(chatId, messageId)) throw new Error('no such post');
    if (emoji !== null && !STANDARD_REACTIONS.includes(emoji)) throw new Error('REACTION_INVALID');
    const key = `${chatId}:${messageId}`;
    const byUser = this.reactions.get(key) ?? new Map<number, string>();
    this.reactions.set(key, byUser);
    const before = byUser.get(userId);
    if (before === (emoji ?? undefined)) return;
    if (emoji === null) byUser.delete(userId);
    else byUser.set(userId, emoji);
    const asType = (e: string | undefined) => (e ? [{ type: 'emoji' as const, emoji: e }] : []);
    this.em.deliver({
      message_reaction: {
        chat,
        message_id: messageId,
        user: this.em.from(userId),
        date: this.em.unixNow(),
        old_reaction: asType(before),
        new_reaction: asType(emoji ?? undefined),
      },
    });
    this.em.emit({ kind: 'reactions', chatId, messageId });
  }

  /** The reactions under a post as a client shows them, with the viewer's own marked. */
  of(chatId: number, messageId: number, viewer: number) {
    const byUser = this.reactions.get(`${chatId}:${messageId}`) ?? new Map<number, string>();
    const counts = new Map<string, number>();
    for (const emoji of byUser.values()) counts.set(emoji, (counts.get(emoji) ?? 0) + 1);
    return [...counts].map(([emoji, count]) => ({ emoji, count, mine: byUser.get(viewer) === emoji }));
  }

  snapshot(): EmulatorReactionsSnapshot {
    return [...this.reactions].map(([key, users]) => [key, [...users]]);
  }

  restore(snapshot: EmulatorReactionsSnapshot): void {
    this.reactions = new Map(snapshot.map(([key, users]) => [key, new Map(users)]));
  }
}

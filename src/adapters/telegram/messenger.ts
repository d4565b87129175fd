// Messages the bot sends on its own initiative (announcements, reminders, broadcasts), kept within
// Telegram's limits: about 30 messages per second overall and one per second to the same chat.
import { type Api, GrammyError } from 'grammy';
import type { Messenger } from '../../app/notifications/messenger.ts';

export const GLOBAL_PER_SECOND = 25;
export const PER_CHAT_INTERVAL_MS = 1100;

/** Where every message the bot sends on its own waits for its turn. */
export interface SendThrottle {
  /** Waits until a message to `chatId` may go out, then books its slot. */
  slot(chatId: number): Promise<void>;
}

/** The limits kept by this process alone. */
export class Throttle implements SendThrottle {
  private readonly lastByChat = new Map<number, number>();
  private windowStart = 0;
  private inWindow = 0;

  constructor(
    private readonly perSecond = GLOBAL_PER_SECOND,
    private readonly perChatMs = PER_CHAT_INTERVAL_MS,
  ) {}

  async slot(chatId: number): Promise<void> {
    for (;;) {
      const now = Date.now();
      if (now - this.windowStart >= 1000) {
        this.windowStart = now;
        this.inWindow = 0;
      }
      const chatReady = (this.lastByChat.get(chatId) ?? 0) + this.perChatMs;
      const wait = Math.max(
        chatReady - now,
        this.inWindow >= this.perSecond ? this.windowStart + 1000 - now : 0,
      );
      if (wait <= 0) {
        this.inWindow++;
        this.lastByChat.set(chatId, now);
        if (this.lastByChat.size > 10_000) this.forgetOld(now);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  private forgetOld(now: number): void {
    for (const [chat, at] of this.lastByChat) if (now - at > this.perChatMs) this.lastByChat.delete(chat);
  }
}

export class TelegramMessenger implements Messenger {
  constructor(
    private readonly api: Api,
    private readonly throttle: SendThrottle = new Throttle(),
  ) {}

  async send(userId: number, text: string): Promise<'sent' | 'unreachable'> {
    await this.throttle.slot(userId);
    try {
      await this.api.sendMessage(userId, text);
      return 'sent';
    } catch (error) {
      if (isUnreachable(error)) return 'unreachable';
      throw error;
    }
  }
}

/** 403: the user blocked the bot (or never opened it); 400 chat not found: they deleted the chat. */
export function isUnreachable(error: unknown): boolean {
  return (
    error instanceof GrammyError && (error.error_code === 403 || /chat not found/.test(error.description))
  );
}

// Messages the bot sends on its own initiative (announcements, reminders, broadcasts), kept within
// Telegram's limits: about 30 messages per second overall and one per second to the same chat.
import type { Api } from 'grammy';
import type { Messenger } from '../../app/notifications/messenger.ts';
import { isTelegramFailure } from './telegram-errors.ts';

export const GLOBAL_PER_SECOND = 25;
/** How many messages may go out at once before the steady pace applies. */
export const BURST = 5;
export const PER_CHAT_INTERVAL_MS = 1100;

/** Where every message the bot sends on its own waits for its turn. */
export interface SendThrottle {
  /** Waits until a message to `chatId` may go out, then books its slot. */
  slot(chatId: number): Promise<void>;
}

/**
 * The overall pace as a cell-rate algorithm: messages go out evenly spaced (1000 / perSecond ms apart), with
 * up to `burst` at once, so no second ever holds more than perSecond + burst of them (30 by default, Telegram's
 * figure) — fixed one-second windows would let twice the rate through across a window's edge.
 * `next` is when the next message is due at the steady pace; returns the wait (whole ms) or the new `next`.
 */
export function paceOverall(
  next: number,
  now: number,
  perSecond: number,
  burst: number,
): { wait: number } | { next: number } {
  const interval = 1000 / perSecond;
  const due = Math.max(next, now);
  const wait = due - now - interval * (burst - 1);
  return wait > 0 ? { wait: Math.ceil(wait) } : { next: due + interval };
}

/** The limits kept by this process alone. */
export class Throttle implements SendThrottle {
  private readonly lastByChat = new Map<number, number>();
  private next = 0;

  constructor(
    private readonly perSecond = GLOBAL_PER_SECOND,
    private readonly perChatMs = PER_CHAT_INTERVAL_MS,
    private readonly burst = BURST,
  ) {}

  async slot(chatId: number): Promise<void> {
    for (;;) {
      const now = Date.now();
      const chatWait = (this.lastByChat.get(chatId) ?? Number.NEGATIVE_INFINITY) + this.perChatMs - now;
      const overall = paceOverall(this.next, now, this.perSecond, this.burst);
      const wait = Math.max(chatWait, 'wait' in overall ? overall.wait : 0);
      if (wait <= 0 && 'next' in overall) {
        this.next = overall.next;
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
      if (isTelegramFailure(error, 'unreachable_user')) return 'unreachable';
      throw error;
    }
  }
}

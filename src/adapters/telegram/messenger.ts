// Messages the bot sends on its own initiative (announcements, reminders, broadcasts), kept within
// Telegram's limits: about 30 messages per second overall and one per second to the same chat. Paid broadcasts
// (allow_paid_broadcast) have a lane of their own beside it, up to Telegram's 1,000 a second for both.
import type { Api } from 'grammy';
import type { Messenger } from '../../app/notifications/messenger.ts';
import { PAID_BROADCAST_LIMIT } from '../../domain/paid-broadcasts.ts';
import { isTelegramFailure } from './telegram-errors.ts';

export const GLOBAL_PER_SECOND = 25;
/**
 * How many messages may go out at once before the steady pace applies: at most 28 are booked in any second,
 * which leaves room under Telegram's 30 for messages that a slow network delays and then delivers together.
 */
export const BURST = 3;
export const PER_CHAT_INTERVAL_MS = 1100;

/** `paid`: messages sent with allow_paid_broadcast, which Telegram lets through beyond the free rate. */
export type SendLane = 'free' | 'paid';

/** A lane's steady rate and how many of its messages may go out at once; at most their sum in any second. */
export interface PaceLane {
  perSecond: number;
  burst: number;
}

/**
 * The free lane keeps under Telegram's 30 a second (25 steady, 3 at once) whatever the paid lane does; the paid lane
 * takes at most 950 a second, so both together stay under Telegram's 1,000.
 */
export const LANES: Readonly<Record<SendLane, PaceLane>> = {
  free: { perSecond: GLOBAL_PER_SECOND, burst: BURST },
  paid: { perSecond: PAID_BROADCAST_LIMIT - 100, burst: 50 },
};

/** Where every message the bot sends on its own waits for its turn. */
export interface SendThrottle {
  /**
   * Waits until a message to `chatId` may go out in its lane (the free one unless told), then books its slot.
   * Both lanes share the one message a second per chat.
   */
  slot(chatId: number, lane?: SendLane): Promise<void>;
}

/**
 * The overall pace as a cell-rate algorithm: messages go out evenly spaced (1000 / perSecond ms apart), with
 * up to `burst` at once, so no second ever holds more than perSecond + burst of them (28 by default, under Telegram's
 * 30) — fixed one-second windows would let twice the rate through across a window's edge.
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
  /** When each lane's next message is due at its steady pace. */
  private readonly next: Record<SendLane, number> = { free: 0, paid: 0 };

  constructor(
    private readonly lanes: Readonly<Record<SendLane, PaceLane>> = LANES,
    private readonly perChatMs = PER_CHAT_INTERVAL_MS,
  ) {}

  async slot(chatId: number, lane: SendLane = 'free'): Promise<void> {
    const { perSecond, burst } = this.lanes[lane];
    for (;;) {
      const now = Date.now();
      const chatWait = (this.lastByChat.get(chatId) ?? Number.NEGATIVE_INFINITY) + this.perChatMs - now;
      const overall = paceOverall(this.next[lane], now, perSecond, burst);
      const wait = Math.max(chatWait, 'wait' in overall ? overall.wait : 0);
      if (wait <= 0 && 'next' in overall) {
        this.next[lane] = overall.next;
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

// The load shapes of BENCHMARKS.md, driven through the emulator as Telegram clients: each user sends /start,
// waits for the reply, sends /diana, waits for the reply. A reply counts when the bot's message reaches the
// fake Bot API; the answer to /diana must be the menu (a message with buttons), or the run is not valid.
import type { Message } from 'grammy/types';
import type { BotApiEmulator } from '../src/sandbox/emulator.ts';

export interface LoadResult {
  replies: number;
  seconds: number;
  rate: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Answers to /diana that were not a menu (an apology, "please /start first"): a broken run. */
  wrong: number;
}

const FIRST_USER = 10_000_000;

export class ReplyWaiter {
  private readonly waiting = new Map<number, (message: Message) => void>();
  constructor(emulator: BotApiEmulator) {
    emulator.onChange((change) => {
      if (change.kind !== 'message' || !change.message.from?.is_bot) return;
      const wake = this.waiting.get(change.chatId);
      if (!wake) return;
      this.waiting.delete(change.chatId);
      wake(change.message);
    });
  }
  next(chatId: number, timeoutMs = 60_000): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply for ${chatId}`)), timeoutMs);
      this.waiting.set(chatId, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  }
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function conversation(
  emulator: BotApiEmulator,
  waiter: ReplyWaiter,
  userId: number,
  latencies: number[],
): Promise<boolean> {
  emulator.addUser({ id: userId, first_name: `U${userId}`, language_code: userId % 2 ? 'es' : 'en' });
  let menu: Message | undefined;
  for (const text of ['/start', '/diana']) {
    const reply = waiter.next(userId);
    const sent = performance.now();
    emulator.sendText(userId, text);
    menu = await reply;
    latencies.push(performance.now() - sent);
  }
  return Boolean(menu?.reply_markup);
}

/** Runs one load shape and measures it. `offset` keeps users of different runs distinct. */
export async function runLoad(
  emulator: BotApiEmulator,
  shape: { kind: 'burst'; users: number } | { kind: 'paced'; users: number; seconds: number },
  offset: number,
): Promise<LoadResult> {
  const waiter = new ReplyWaiter(emulator);
  const latencies: number[] = [];
  const started = performance.now();
  const runs: Promise<boolean>[] = [];
  for (let i = 0; i < shape.users; i++) {
    const userId = FIRST_USER + offset + i;
    if (shape.kind === 'paced') {
      const due = started + (i * shape.seconds * 1000) / shape.users;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    runs.push(conversation(emulator, waiter, userId, latencies));
  }
  const menus = await Promise.all(runs);
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    replies: sorted.length,
    seconds,
    rate: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
    wrong: menus.filter((shown) => !shown).length,
  };
}

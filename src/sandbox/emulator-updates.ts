// The updates waiting for the bot, served by getUpdates as Telegram serves them: in order, from an offset,
// long-polled, filtered by the allowed_updates the bot last asked for (chat_member and reactions only when
// named); and the webhook a bot may register instead (getUpdates then answers 409, as Telegram does).
import type { Update } from 'grammy/types';
import { BotApiError, type Params } from './emulator.ts';

export interface Webhook {
  url: string;
  secret?: string;
  allowedUpdates: string[];
}

/** Updates Telegram sends when getUpdates never named any: everything except these. */
const OPT_IN_UPDATES = ['chat_member', 'message_reaction', 'message_reaction_count'];

export class UpdateQueue {
  queue: Update[] = [];
  // Telegram's update ids keep growing across restarts of the bot; starting from the clock keeps them growing
  // across restarts of the sandbox too, so updates are not mistaken for ones a persistent database has seen.
  nextUpdateId = Date.now();
  private waiters: Array<() => void> = [];
  /** Telegram remembers the last allowed_updates a bot asked for. */
  private allowedUpdates: string[] | undefined;
  /** The webhook the bot registered, as Telegram keeps it. */
  webhook: Webhook | undefined;

  setWebhook(p: Params): true {
    const url = String(p.url ?? '');
    if (!url) {
      this.webhook = undefined;
      return true;
    }
    if (!url.startsWith('https://'))
      throw new BotApiError(400, 'Bad Request: bad webhook: HTTPS url must be provided for webhook');
    const secret = p.secret_token === undefined ? undefined : String(p.secret_token);
    if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
      throw new BotApiError(400, 'Bad Request: secret token contains unallowed characters');
    }
    this.webhook = {
      url,
      ...(secret ? { secret } : {}),
      allowedUpdates: Array.isArray(p.allowed_updates) ? (p.allowed_updates as string[]) : [],
    };
    return true;
  }

  webhookInfo() {
    return {
      url: this.webhook?.url ?? '',
      has_custom_certificate: false,
      pending_update_count: this.queue.length,
      ...(this.webhook ? { allowed_updates: this.webhook.allowedUpdates } : {}),
    };
  }

  deliver(update: { update_id?: number; [kind: string]: unknown }): Update {
    const full = { ...update, update_id: update.update_id ?? this.nextUpdateId++ } as Update;
    this.queue.push(full);
    this.wakeAll();
    return full;
  }

  /** Ends pending long polls at once. */
  wakeAll(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Whether getUpdates hands this update to the bot, given the allowed_updates it last asked for. */
  private wanted(update: Update): boolean {
    const allowed = this.allowedUpdates;
    return Object.keys(update).some(
      (kind) => kind !== 'update_id' && (allowed ? allowed.includes(kind) : !OPT_IN_UPDATES.includes(kind)),
    );
  }

  /** How many updates wait for the bot's next getUpdates (none taken yet). */
  waiting(): number {
    return this.webhook ? 0 : this.queue.filter((u) => this.wanted(u)).length;
  }

  async getUpdates(p: Params): Promise<Update[]> {
    if (this.webhook) {
      throw new BotApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    const offset = Number(p.offset ?? 0);
    if (offset > 0) this.queue = this.queue.filter((u) => u.update_id >= offset);
    const limit = Math.min(Math.max(Number(p.limit ?? 100), 1), 100);
    const timeout = Math.min(Number(p.timeout ?? 0), 50);
    const asked = typeof p.allowed_updates === 'string' ? JSON.parse(p.allowed_updates) : p.allowed_updates;
    if (Array.isArray(asked)) this.allowedUpdates = asked.length ? (asked as string[]) : undefined;
    const pick = () => this.queue.filter((u) => this.wanted(u)).slice(0, limit);
    let batch = pick();
    if (batch.length === 0 && timeout > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, timeout * 1000);
        const waiter = () => done();
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.push(waiter);
      });
      batch = pick();
    }
    return batch;
  }
}

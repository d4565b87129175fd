// Queries the bot must answer once and in time: callback queries (a tapped button) and pre-checkout queries
// (a payment about to be made). Answering one that is unknown, already answered or too old fails as in
// Telegram.
import { BotApiError } from './emulator.ts';

interface Pending<A, C> {
  context: C;
  answered: boolean;
  resolve: (answer: A | undefined) => void;
}

export class PendingQueries<A, C> {
  private readonly pending = new Map<string, Pending<A, C>>();
  private nextId = 1;

  /** Opens a query; `answer` resolves with the bot's answer, or with undefined once `timeoutMs` pass. */
  open(context: C, timeoutMs: number): { id: string; answer: Promise<A | undefined> } {
    const id = String(this.nextId++);
    const answer = new Promise<A | undefined>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(undefined);
      }, timeoutMs);
      this.pending.set(id, {
        context,
        answered: false,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      });
    });
    return { id, answer };
  }

  /** The context of an open query; Telegram's error for an unknown, expired or answered one. */
  context(id: string): C {
    const query = this.pending.get(id);
    if (!query || query.answered) {
      throw new BotApiError(
        400,
        'Bad Request: query is too old and response timeout expired or query ID is invalid',
      );
    }
    return query.context;
  }

  /** Gives the bot's answer to an open query (once). */
  answer(id: string, value: A): void {
    const query = this.pending.get(id);
    if (!query || query.answered) return;
    query.answered = true;
    query.resolve(value);
  }
}

// Inline buttons: a person taps one (in their chat with the bot, or under a channel post), the bot gets a
// callback_query and must answer it once, with an optional toast, alert or link to itself.
import { type BotApiEmulator, BotApiError, type Params } from './emulator.ts';
import { PendingQueries } from './emulator-queries.ts';

export interface CallbackAnswer {
  text?: string;
  show_alert?: boolean;
  url?: string;
}

export class EmulatorButtons {
  /** Open callback queries, with the chat of the tapped message. */
  private readonly queries = new PendingQueries<CallbackAnswer, { chatId: number }>();

  constructor(private readonly em: BotApiEmulator) {
    em.handle('answerCallbackQuery', (p) => this.answer(p));
  }

  private answer(p: Params): true {
    const id = String(p.callback_query_id ?? '');
    const { chatId } = this.queries.context(id);
    // Outside games, the only URLs a bot may open are links to itself (t.me/<bot>?start=...).
    const url = typeof p.url === 'string' ? p.url : undefined;
    if (url && !new RegExp(`^https://t\\.me/${this.em.bot.username}\\?start=[\\w-]{1,64}$`).test(url)) {
      throw new BotApiError(400, 'Bad Request: URL_INVALID');
    }
    const text = typeof p.text === 'string' ? p.text : undefined;
    const showAlert = Boolean(p.show_alert);
    this.em.emit({
      kind: 'callback-answer',
      chatId,
      queryId: id,
      ...(text ? { text } : {}),
      ...(url ? { url } : {}),
      showAlert,
    });
    this.queries.answer(id, { ...(text ? { text } : {}), ...(url ? { url } : {}), show_alert: showAlert });
    return true;
  }

  /**
   * The person taps a button (any data can be forged, as a modified client could). Resolves with the bot's
   * answer, or with `undefined` if the bot never answers within the timeout.
   */
  press(
    userId: number,
    messageId: number,
    data: string,
    options: { chatId?: number; timeoutMs?: number } = {},
  ): Promise<CallbackAnswer | undefined> {
    const from = this.em.from(userId);
    const chatId = options.chatId ?? userId;
    if (chatId !== userId && !this.em.channels.canRead(userId, chatId)) {
      throw new Error('only members of a channel see its posts and buttons');
    }
    const message = this.em.message(chatId, messageId);
    const { id, answer } = this.queries.open({ chatId }, options.timeoutMs ?? 15_000);
    this.em.deliver({
      callback_query: {
        id,
        from,
        chat_instance: String(chatId),
        data,
        ...(message ? { message } : {}),
      },
    });
    return answer;
  }
}

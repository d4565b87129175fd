// A local Bot API server, held in memory. The bot talks to it over HTTP exactly as it talks to Telegram
// (same methods, same wire format, same errors); people (the sandbox web chat) and tests act as Telegram
// clients through the `as*` methods. Only what Diana uses is implemented, and it fails the way Telegram does.
import { EventEmitter } from 'node:events';
import type { InlineKeyboardMarkup, Message, Update, User } from 'grammy/types';

export class BotApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number },
  ) {
    super(description);
  }
}

export interface EmulatorUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** What a Telegram client sees change: the web chat and tests listen to these. */
export type ChatChange =
  | { kind: 'message'; chatId: number; message: Message }
  | { kind: 'edit'; chatId: number; message: Message }
  | { kind: 'delete'; chatId: number; messageId: number }
  | { kind: 'callback-answer'; chatId: number; queryId: string; text?: string; showAlert: boolean };

interface PendingQuery {
  userId: number;
  chatId: number;
  answered: boolean;
  resolve: (answer: { text?: string; show_alert?: boolean }) => void;
}

export interface EmulatorSnapshot {
  users: EmulatorUser[];
  chats: Array<{ chatId: number; nextMessageId: number; messages: Message[] }>;
  queue: Update[];
  nextUpdateId: number;
}

type Params = Record<string, unknown>;
type Handler = (params: Params) => unknown;

const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;
const MAX_CALLBACK_DATA = 64;

export class BotApiEmulator {
  readonly bot: User;
  readonly token: string;
  private readonly events = new EventEmitter();
  private readonly users = new Map<number, EmulatorUser>();
  private readonly messages = new Map<number, Map<number, Message>>();
  private readonly nextMessageId = new Map<number, number>();
  private readonly queries = new Map<string, PendingQuery>();
  private queue: Update[] = [];
  // Telegram's update ids keep growing across restarts of the bot; starting from the clock keeps them growing
  // across restarts of the sandbox too, so updates are not mistaken for ones a persistent database has seen.
  private nextUpdateId = Date.now();
  private nextQueryId = 1;
  private waiters: Array<() => void> = [];
  private commands: Record<string, unknown> = {};
  private readonly handlers: Record<string, Handler>;
  /** The webhook the bot registered, as Telegram keeps it (tests read the secret to call it as Telegram would). */
  webhook: { url: string; secret?: string; allowedUpdates: string[] } | undefined;
  /** Calls the bot made, by method: tests and benchmarks read these. */
  readonly calls = new Map<string, number>();

  constructor(options: { token?: string; botUsername?: string } = {}) {
    this.token = options.token ?? '1000000:sandbox-token-for-the-local-emulator';
    this.bot = {
      id: Number(this.token.split(':')[0]),
      is_bot: true,
      first_name: 'Diana',
      username: options.botUsername ?? 'diana_sandbox_bot',
    };
    this.events.setMaxListeners(0);
    this.handlers = {
      getMe: () => ({
        ...this.bot,
        can_join_groups: false,
        can_read_all_group_messages: false,
        supports_inline_queries: false,
      }),
      getUpdates: (p) => this.getUpdates(p),
      setWebhook: (p) => this.setWebhook(p),
      deleteWebhook: () => {
        this.webhook = undefined;
        return true;
      },
      getWebhookInfo: () => ({
        url: this.webhook?.url ?? '',
        has_custom_certificate: false,
        pending_update_count: this.queue.length,
        ...(this.webhook ? { allowed_updates: this.webhook.allowedUpdates } : {}),
      }),
      setMyCommands: (p) => {
        this.commands[String(p.language_code ?? '')] = p.commands;
        return true;
      },
      getMyCommands: (p) => this.commands[String(p.language_code ?? '')] ?? [],
      sendMessage: (p) => this.sendMessage(p),
      sendPhoto: (p) => this.sendPhoto(p),
      editMessageText: (p) => this.editMessageText(p),
      editMessageCaption: (p) => this.editMessageCaption(p),
      editMessageMedia: (p) => this.editMessageMedia(p),
      editMessageReplyMarkup: (p) => this.editMessageReplyMarkup(p),
      deleteMessage: (p) => this.deleteMessage(p),
      answerCallbackQuery: (p) => this.answerCallbackQuery(p),
    };
  }

  // ---- the Bot API side -------------------------------------------------------------------------------

  /** Runs one Bot API method; throws BotApiError exactly where Telegram answers ok:false. */
  async call(method: string, params: Params): Promise<unknown> {
    const handler = this.handlers[method];
    if (!handler) throw new BotApiError(404, 'Not Found: method not found');
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    return handler(params);
  }

  private setWebhook(p: Params): true {
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

  private async getUpdates(p: Params): Promise<Update[]> {
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
    const allowed = Array.isArray(p.allowed_updates) ? (p.allowed_updates as string[]) : undefined;
    const pick = () =>
      this.queue
        .filter((u) => !allowed?.length || Object.keys(u).some((k) => allowed.includes(k)))
        .slice(0, limit);
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

  private chatOf(p: Params): number {
    const chatId = Number(p.chat_id);
    if (!Number.isFinite(chatId) || (!this.users.has(chatId) && !this.messages.has(chatId))) {
      throw new BotApiError(400, 'Bad Request: chat not found');
    }
    return chatId;
  }

  private checkText(text: unknown, what = 'message text'): string {
    if (typeof text !== 'string' || text.trim() === '')
      throw new BotApiError(400, `Bad Request: ${what} is empty`);
    if (text.length > MAX_TEXT) throw new BotApiError(400, 'Bad Request: message is too long');
    return text;
  }

  private checkMarkup(markup: unknown): InlineKeyboardMarkup | undefined {
    if (markup === undefined || markup === null) return undefined;
    const parsed = (typeof markup === 'string' ? JSON.parse(markup) : markup) as InlineKeyboardMarkup;
    for (const row of parsed.inline_keyboard ?? []) {
      for (const button of row) {
        if ('callback_data' in button && Buffer.byteLength(button.callback_data) > MAX_CALLBACK_DATA) {
          throw new BotApiError(400, 'Bad Request: BUTTON_DATA_INVALID');
        }
        if (!button.text)
          throw new BotApiError(400, 'Bad Request: text buttons are unallowed in the inline keyboard');
      }
    }
    return parsed;
  }

  private store(chatId: number, fields: Partial<Message>): Message {
    const id = this.nextMessageId.get(chatId) ?? 1;
    this.nextMessageId.set(chatId, id + 1);
    const chat = this.users.get(chatId);
    const message = {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: chat
        ? {
            id: chatId,
            type: 'private',
            first_name: chat.first_name,
            ...(chat.username ? { username: chat.username } : {}),
          }
        : { id: chatId, type: 'channel', title: String(chatId) },
      ...fields,
    } as Message;
    if (!this.messages.has(chatId)) this.messages.set(chatId, new Map());
    this.messages.get(chatId)!.set(id, message);
    return message;
  }

  private sendMessage(p: Params): Message {
    const chatId = this.chatOf(p);
    const text = this.checkText(p.text);
    const markup = this.checkMarkup(p.reply_markup);
    const message = this.store(chatId, { from: this.bot, text, ...(markup ? { reply_markup: markup } : {}) });
    this.emit({ kind: 'message', chatId, message });
    return message;
  }

  private checkCaption(caption: unknown): string | undefined {
    if (typeof caption !== 'string') return undefined;
    if (caption.length > MAX_CAPTION) throw new BotApiError(400, 'Bad Request: message caption is too long');
    return caption;
  }

  private photoOf(fileId: string): Message['photo'] {
    return [{ file_id: fileId, file_unique_id: fileId, width: 800, height: 600 }];
  }

  private sendPhoto(p: Params): Message {
    const chatId = this.chatOf(p);
    if (typeof p.photo !== 'string' || !p.photo)
      throw new BotApiError(400, 'Bad Request: there is no photo in the request');
    const caption = this.checkCaption(p.caption);
    const markup = this.checkMarkup(p.reply_markup);
    const message = this.store(chatId, {
      from: this.bot,
      photo: this.photoOf(p.photo),
      ...(caption !== undefined ? { caption } : {}),
      ...(markup ? { reply_markup: markup } : {}),
    });
    this.emit({ kind: 'message', chatId, message });
    return message;
  }

  private findMessage(p: Params): { chatId: number; message: Message } {
    const chatId = this.chatOf(p);
    const message = this.messages.get(chatId)?.get(Number(p.message_id));
    if (!message) throw new BotApiError(400, 'Bad Request: message to edit not found');
    return { chatId, message };
  }

  private replaceMessage(
    chatId: number,
    before: Message,
    changes: Partial<Message>,
    drop: readonly string[] = [],
  ): Message {
    const after = { ...before, ...changes, edit_date: Math.floor(Date.now() / 1000) } as Message;
    if (!changes.reply_markup) delete (after as { reply_markup?: unknown }).reply_markup;
    for (const field of drop) delete (after as unknown as Record<string, unknown>)[field];
    const same = JSON.stringify({ ...before, edit_date: 0 }) === JSON.stringify({ ...after, edit_date: 0 });
    if (same) {
      throw new BotApiError(
        400,
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    this.messages.get(chatId)!.set(after.message_id, after);
    this.emit({ kind: 'edit', chatId, message: after });
    return after;
  }

  private editMessageText(p: Params): Message {
    const { chatId, message } = this.findMessage(p);
    if (message.text === undefined)
      throw new BotApiError(400, 'Bad Request: there is no text in the message to edit');
    const text = this.checkText(p.text);
    const markup = this.checkMarkup(p.reply_markup);
    return this.replaceMessage(chatId, message, { text, ...(markup ? { reply_markup: markup } : {}) });
  }

  private editMessageCaption(p: Params): Message {
    const { chatId, message } = this.findMessage(p);
    if (message.photo === undefined)
      throw new BotApiError(400, 'Bad Request: there is no caption in the message to edit');
    const markup = this.checkMarkup(p.reply_markup);
    return this.replaceMessage(chatId, message, {
      caption: this.checkCaption(String(p.caption ?? '')) ?? '',
      ...(markup ? { reply_markup: markup } : {}),
    });
  }

  /**
   * Replaces the media of a message (and its caption); a text message gains the media, as Telegram allows.
   * Only photos are emulated, the only media Diana sends.
   */
  private editMessageMedia(p: Params): Message {
    const { chatId, message } = this.findMessage(p);
    let media: { type?: unknown; media?: unknown; caption?: unknown };
    try {
      media = (typeof p.media === 'string' ? JSON.parse(p.media) : p.media) ?? {};
    } catch {
      throw new BotApiError(400, "Bad Request: can't parse input media JSON object");
    }
    if (typeof media !== 'object')
      throw new BotApiError(400, "Bad Request: can't parse input media JSON object");
    if (typeof media.media !== 'string' || !media.media) {
      throw new BotApiError(400, "Bad Request: can't parse InputMedia: Media is not specified");
    }
    if (media.type !== 'photo') {
      throw new BotApiError(400, "Bad Request: can't parse InputMedia: Unsupported media type specified");
    }
    const caption = this.checkCaption(media.caption);
    const markup = this.checkMarkup(p.reply_markup);
    return this.replaceMessage(
      chatId,
      message,
      {
        photo: this.photoOf(media.media),
        ...(caption !== undefined ? { caption } : {}),
        ...(markup ? { reply_markup: markup } : {}),
      },
      ['text', 'entities', ...(caption === undefined ? ['caption'] : [])],
    );
  }

  private editMessageReplyMarkup(p: Params): Message {
    const { chatId, message } = this.findMessage(p);
    const markup = this.checkMarkup(p.reply_markup);
    return this.replaceMessage(chatId, message, markup ? { reply_markup: markup } : {});
  }

  private deleteMessage(p: Params): true {
    const chatId = this.chatOf(p);
    const id = Number(p.message_id);
    if (!this.messages.get(chatId)?.delete(id))
      throw new BotApiError(400, 'Bad Request: message to delete not found');
    this.emit({ kind: 'delete', chatId, messageId: id });
    return true;
  }

  private answerCallbackQuery(p: Params): true {
    const id = String(p.callback_query_id ?? '');
    const query = this.queries.get(id);
    if (!query || query.answered) {
      throw new BotApiError(
        400,
        'Bad Request: query is too old and response timeout expired or query ID is invalid',
      );
    }
    query.answered = true;
    const text = typeof p.text === 'string' ? p.text : undefined;
    const showAlert = Boolean(p.show_alert);
    this.emit({
      kind: 'callback-answer',
      chatId: query.chatId,
      queryId: id,
      ...(text ? { text } : {}),
      showAlert,
    });
    query.resolve({ ...(text ? { text } : {}), show_alert: showAlert });
    return true;
  }

  /** Everything a client would see again after a restart: accounts, chats, undelivered updates. */
  snapshot(): EmulatorSnapshot {
    return {
      users: [...this.users.values()],
      chats: [...this.messages.entries()].map(([chatId, messages]) => ({
        chatId,
        nextMessageId: this.nextMessageId.get(chatId) ?? 1,
        messages: [...messages.values()],
      })),
      queue: this.queue,
      nextUpdateId: this.nextUpdateId,
    };
  }

  restore(snapshot: EmulatorSnapshot): void {
    for (const user of snapshot.users) this.users.set(user.id, user);
    for (const chat of snapshot.chats) {
      this.messages.set(chat.chatId, new Map(chat.messages.map((m) => [m.message_id, m])));
      this.nextMessageId.set(chat.chatId, chat.nextMessageId);
    }
    this.queue = snapshot.queue;
    // Never reuse an update id: after a crash the snapshot may be older than the last updates the bot saw.
    this.nextUpdateId = Math.max(snapshot.nextUpdateId, this.nextUpdateId);
  }

  /** Ends pending long polls at once (used when the server shuts down). */
  close(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  // ---- the client side: what a person does in Telegram ----------------------------------------------

  /** Registers (or updates) a Telegram account that can talk to the bot. */
  addUser(user: EmulatorUser): EmulatorUser {
    this.users.set(user.id, { ...this.users.get(user.id), ...user });
    if (!this.messages.has(user.id)) this.messages.set(user.id, new Map());
    return this.users.get(user.id)!;
  }

  getUser(id: number): EmulatorUser | undefined {
    return this.users.get(id);
  }

  private from(userId: number): User {
    const user = this.users.get(userId);
    if (!user) throw new Error(`unknown sandbox user ${userId}`);
    return { is_bot: false, ...user };
  }

  /** The user types a message in their private chat with the bot. Returns the update delivered. */
  sendText(userId: number, text: string): Update {
    const from = this.from(userId);
    const entities = text.startsWith('/')
      ? [{ type: 'bot_command' as const, offset: 0, length: text.split(/\s/)[0]!.length }]
      : undefined;
    const message = this.store(userId, { from, text, ...(entities ? { entities } : {}) });
    this.emit({ kind: 'message', chatId: userId, message });
    return this.deliver({ message });
  }

  /** The user sends something that is not text (a sticker, a photo). */
  sendMedia(userId: number, kind: 'sticker' | 'photo'): Update {
    const from = this.from(userId);
    const media =
      kind === 'sticker'
        ? {
            sticker: {
              file_id: 'sticker',
              file_unique_id: 'sticker',
              type: 'regular',
              width: 512,
              height: 512,
              is_animated: false,
              is_video: false,
              emoji: '🌹',
            },
          }
        : { photo: [{ file_id: 'photo', file_unique_id: 'photo', width: 640, height: 480 }] };
    const message = this.store(userId, { from, ...media } as Partial<Message>);
    this.emit({ kind: 'message', chatId: userId, message });
    return this.deliver({ message });
  }

  /**
   * The user taps an inline button (any data can be forged, as a modified client could). Resolves with the
   * bot's answer to the callback query, or with `undefined` if the bot never answers within the timeout.
   */
  pressButton(
    userId: number,
    messageId: number,
    data: string,
    options: { chatId?: number; timeoutMs?: number } = {},
  ): Promise<{ text?: string; show_alert?: boolean } | undefined> {
    const from = this.from(userId);
    const chatId = options.chatId ?? userId;
    const message = this.messages.get(chatId)?.get(messageId);
    const id = String(this.nextQueryId++);
    const answered = new Promise<{ text?: string; show_alert?: boolean } | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), options.timeoutMs ?? 15_000);
      this.queries.set(id, {
        userId,
        chatId,
        answered: false,
        resolve: (answer) => {
          clearTimeout(timer);
          resolve(answer);
        },
      });
    });
    this.deliver({
      callback_query: {
        id,
        from,
        chat_instance: String(chatId),
        data,
        ...(message ? { message } : {}),
      },
    });
    return answered;
  }

  /** Delivers a raw update (tests use this to replay an update_id). */
  deliver(update: { update_id?: number; [kind: string]: unknown }): Update {
    const full = { ...update, update_id: update.update_id ?? this.nextUpdateId++ } as Update;
    this.queue.push(full);
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
    return full;
  }

  /** The messages of a chat, oldest first, as the client shows them. */
  history(chatId: number): Message[] {
    return [...(this.messages.get(chatId)?.values() ?? [])];
  }

  message(chatId: number, messageId: number): Message | undefined {
    return this.messages.get(chatId)?.get(messageId);
  }

  onChange(listener: (change: ChatChange) => void): () => void {
    this.events.on('change', listener);
    return () => this.events.off('change', listener);
  }

  private emit(change: ChatChange): void {
    this.events.emit('change', change);
  }
}

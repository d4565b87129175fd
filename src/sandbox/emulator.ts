// A local Bot API server, held in memory. The bot talks to it over HTTP exactly as it talks to Telegram
// (same methods, same wire format, same errors); people (the sandbox web chat) and tests act as Telegram
// clients through the client-side methods. Only what Diana uses is implemented, and it fails the way Telegram
// does. This file is the core (accounts, private chats, updates); messages, buttons, channels, reactions and
// payments are modules beside it.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Message, Update, User } from 'grammy/types';
import { type Clock, systemClock } from '../domain/clock.ts';
import { type CallbackAnswer, EmulatorButtons } from './emulator-buttons.ts';
import { EmulatorChannels, type EmulatorChannelsSnapshot } from './emulator-channels.ts';
import { EmulatorFiles } from './emulator-files.ts';
import { registerMessageMethods } from './emulator-messages.ts';
import { EmulatorPayments, type EmulatorPaymentsSnapshot } from './emulator-payments.ts';
import { EmulatorReactions, type EmulatorReactionsSnapshot } from './emulator-reactions.ts';
import { UpdateQueue, type Webhook } from './emulator-updates.ts';

export type { CallbackAnswer } from './emulator-buttons.ts';

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
  | {
      kind: 'callback-answer';
      chatId: number;
      queryId: string;
      text?: string;
      url?: string;
      showAlert: boolean;
    }
  | { kind: 'member'; chatId: number; userId: number; status: string }
  | { kind: 'reactions'; chatId: number; messageId: number };

export interface EmulatorSnapshot {
  users: EmulatorUser[];
  chats: Array<{ chatId: number; nextMessageId: number; messages: Message[] }>;
  queue: Update[];
  nextUpdateId: number;
  /** Users who have opened their chat with the bot (absent in older snapshots: derived from the history). */
  started?: number[];
  channels?: EmulatorChannelsSnapshot;
  reactions?: EmulatorReactionsSnapshot;
  payments?: EmulatorPaymentsSnapshot;
}

export type Params = Record<string, unknown>;
type Handler = (params: Params) => unknown;

export class BotApiEmulator {
  readonly bot: User;
  readonly token: string;
  /** The emulated Telegram's clock: message dates, link expiry, join requests (tests share the app's). */
  readonly clock: Clock;
  readonly buttons: EmulatorButtons;
  readonly channels: EmulatorChannels;
  readonly reactions: EmulatorReactions;
  readonly payments: EmulatorPayments;
  readonly files = new EmulatorFiles();
  private readonly events = new EventEmitter();
  private readonly users = new Map<number, EmulatorUser>();
  private readonly started = new Set<number>();
  /** People who blocked the bot: writing to them is refused with 403 until they write again. */
  private readonly blocked = new Set<number>();
  private readonly messages = new Map<number, Map<number, Message>>();
  private readonly nextMessageId = new Map<number, number>();
  private readonly updates = new UpdateQueue();
  private commands: Record<string, unknown> = {};
  private readonly handlers: Record<string, Handler> = {};
  /** Calls the bot made, by method: tests and benchmarks read these. */
  readonly calls = new Map<string, number>();
  /**
   * Messages delivered with allow_paid_broadcast, those Telegram lets through beyond the free 30 a second for
   * 0.1 Star each from the bot's balance (the emulator keeps no balance and no rate): tests count them.
   */
  paidMessages = 0;

  /** The webhook the bot registered (tests read the secret to call it as Telegram would). */
  get webhook(): Webhook | undefined {
    return this.updates.webhook;
  }

  /** How many updates wait for the bot to fetch them. */
  waitingUpdates(): number {
    return this.updates.waiting();
  }

  constructor(options: { token?: string; botUsername?: string; clock?: Clock } = {}) {
    // A new token every run: nobody but the bot of this process can call the emulated Bot API.
    this.token = options.token ?? `1000000:${randomBytes(24).toString('base64url')}`;
    this.clock = options.clock ?? systemClock;
    this.bot = {
      id: Number(this.token.split(':')[0]),
      is_bot: true,
      first_name: 'Diana',
      username: options.botUsername ?? 'diana_sandbox_bot',
    };
    this.events.setMaxListeners(0);
    this.handle('getMe', () => ({
      ...this.bot,
      can_join_groups: false,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
    }));
    this.handle('getUpdates', (p) => this.updates.getUpdates(p));
    this.handle('setWebhook', (p) => this.updates.setWebhook(p));
    this.handle('deleteWebhook', () => {
      this.updates.webhook = undefined;
      return true;
    });
    this.handle('getWebhookInfo', () => this.updates.webhookInfo());
    this.handle('setMyCommands', (p) => {
      this.commands[String(p.language_code ?? '')] = p.commands;
      return true;
    });
    this.handle('getMyCommands', (p) => this.commands[String(p.language_code ?? '')] ?? []);
    registerMessageMethods(this);
    this.files.register(this);
    this.buttons = new EmulatorButtons(this);
    this.channels = new EmulatorChannels(this);
    this.reactions = new EmulatorReactions(this);
    this.payments = new EmulatorPayments(this);
  }

  // ---- the Bot API side -------------------------------------------------------------------------------

  /** Adds a Bot API method (the modules beside this file use it). */
  handle(method: string, handler: Handler): void {
    this.handlers[method] = handler;
  }

  /** Runs one Bot API method; throws BotApiError exactly where Telegram answers ok:false. */
  async call(method: string, params: Params): Promise<unknown> {
    const handler = this.handlers[method];
    if (!handler) throw new BotApiError(404, 'Not Found: method not found');
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    return handler(params);
  }

  /**
   * The chat a method names: a user's private chat or a channel the bot administers. Writing to a private chat
   * needs the user to have opened it (or to have a pending join request), as in Telegram.
   */
  chatOf(p: Params, options: { write?: boolean } = {}): number {
    const chatId = Number(p.chat_id);
    if (this.users.has(chatId)) {
      if (options.write && this.blocked.has(chatId)) {
        throw new BotApiError(403, 'Forbidden: bot was blocked by the user');
      }
      if (options.write && !this.started.has(chatId) && !this.channels.mayContact(chatId)) {
        throw new BotApiError(403, "Forbidden: bot can't initiate conversation with a user");
      }
      return chatId;
    }
    if (this.channels.has(chatId)) return chatId;
    throw new BotApiError(400, 'Bad Request: chat not found');
  }

  /** Unix time by the emulator's clock. */
  unixNow(): number {
    return Math.floor(this.clock.now().getTime() / 1000);
  }

  /** Stores a new message in a chat; channel posts carry the channel as sender, not a user. */
  store(chatId: number, fields: Partial<Message>): Message {
    const id = this.nextMessageId.get(chatId) ?? 1;
    this.nextMessageId.set(chatId, id + 1);
    const user = this.users.get(chatId);
    const channel = this.channels.chat(chatId);
    const { from, ...rest } = fields;
    const message = {
      message_id: id,
      date: this.unixNow(),
      chat: user
        ? {
            id: chatId,
            type: 'private',
            first_name: user.first_name,
            ...(user.username ? { username: user.username } : {}),
          }
        : channel,
      ...(channel ? { sender_chat: channel } : from ? { from } : {}),
      ...rest,
    } as Message;
    if (!this.messages.has(chatId)) this.messages.set(chatId, new Map());
    this.messages.get(chatId)!.set(id, message);
    return message;
  }

  /** Replaces a stored message (edits). */
  put(chatId: number, message: Message): void {
    this.messages.get(chatId)?.set(message.message_id, message);
  }

  remove(chatId: number, messageId: number): boolean {
    return this.messages.get(chatId)?.delete(messageId) ?? false;
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
      queue: this.updates.queue,
      nextUpdateId: this.updates.nextUpdateId,
      started: [...this.started],
      channels: this.channels.snapshot(),
      reactions: this.reactions.snapshot(),
      payments: this.payments.snapshot(),
    };
  }

  restore(snapshot: EmulatorSnapshot): void {
    for (const user of snapshot.users) this.users.set(user.id, user);
    for (const chat of snapshot.chats) {
      this.messages.set(chat.chatId, new Map(chat.messages.map((m) => [m.message_id, m])));
      this.nextMessageId.set(chat.chatId, chat.nextMessageId);
    }
    const started =
      snapshot.started ??
      snapshot.chats.filter((c) => c.messages.some((m) => m.from?.id === c.chatId)).map((c) => c.chatId);
    for (const id of started) this.started.add(id);
    this.updates.queue = snapshot.queue;
    // Never reuse an update id: after a crash the snapshot may be older than the last updates the bot saw.
    this.updates.nextUpdateId = Math.max(snapshot.nextUpdateId, this.updates.nextUpdateId);
    if (snapshot.channels) this.channels.restore(snapshot.channels);
    if (snapshot.reactions) this.reactions.restore(snapshot.reactions);
    if (snapshot.payments) this.payments.restore(snapshot.payments);
  }

  /** Ends pending long polls at once (used when the server shuts down). */
  close(): void {
    this.updates.wakeAll();
  }

  // ---- the client side: what a person does in Telegram ----------------------------------------------

  /** Registers (or updates) a Telegram account that can talk to the bot. */
  addUser(user: EmulatorUser): EmulatorUser {
    this.users.set(user.id, { ...this.users.get(user.id), ...user });
    if (!this.messages.has(user.id)) this.messages.set(user.id, new Map());
    return this.users.get(user.id)!;
  }

  /** The person opens their chat with the bot (pressing Start): from now on the bot may write to them. */
  openChat(userId: number): void {
    this.from(userId);
    this.started.add(userId);
    this.blocked.delete(userId);
  }

  /** The person blocks the bot: what it writes to them is refused (403) until they write to it again. */
  blockBot(userId: number): void {
    this.from(userId);
    this.blocked.add(userId);
  }

  getUser(id: number): EmulatorUser | undefined {
    return this.users.get(id);
  }

  /** The Telegram user object of an account (throws for unknown accounts: a test or page mistake). */
  from(userId: number): User {
    const user = this.users.get(userId);
    if (!user) throw new Error(`unknown sandbox user ${userId}`);
    return { is_bot: false, ...user };
  }

  /** The user writes in their private chat: the message is stored, shown and delivered to the bot. */
  post(userId: number, fields: Partial<Message>): Update {
    const from = this.from(userId);
    this.openChat(userId);
    const message = this.store(userId, { from, ...fields });
    this.emit({ kind: 'message', chatId: userId, message });
    return this.deliver({ message });
  }

  /** The user types a message in their private chat with the bot. Returns the update delivered. */
  sendText(userId: number, text: string): Update {
    const entities = text.startsWith('/')
      ? [{ type: 'bot_command' as const, offset: 0, length: text.split(/\s/)[0]!.length }]
      : undefined;
    return this.post(userId, { text, ...(entities ? { entities } : {}) });
  }

  /** The user sends something that is not text: a sticker, or a photo (from a URL, with a caption). */
  sendMedia(
    userId: number,
    kind: 'sticker' | 'photo',
    photo: { url?: string; caption?: string } = {},
  ): Update {
    const fileId = photo.url ?? 'photo';
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
        : {
            photo: [{ file_id: fileId, file_unique_id: fileId, width: 640, height: 480 }],
            ...(photo.caption ? { caption: photo.caption } : {}),
          };
    return this.post(userId, media as Partial<Message>);
  }

  /** The user shares a place (the 📍 button of a reply keyboard, or the attachment menu). */
  sendLocation(userId: number, place: { latitude: number; longitude: number }): Update {
    return this.post(userId, { location: { latitude: place.latitude, longitude: place.longitude } });
  }

  /** The user taps an inline button (see EmulatorButtons.press). */
  pressButton(
    userId: number,
    messageId: number,
    data: string,
    options: { chatId?: number; timeoutMs?: number } = {},
  ): Promise<CallbackAnswer | undefined> {
    return this.buttons.press(userId, messageId, data, options);
  }

  /** Delivers a raw update (tests use this to replay an update_id). */
  deliver(update: { update_id?: number; [kind: string]: unknown }): Update {
    return this.updates.deliver(update);
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

  emit(change: ChatChange): void {
    this.events.emit('change', change);
  }
}

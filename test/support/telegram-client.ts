// A Telegram client for end-to-end tests: one person chatting with the bot through the emulator, the way
// the app shows it: send text, read the bot's messages, tap inline buttons, read the edited message.
import type { Message } from 'grammy/types';
import type { BotApiEmulator, ChatChange, EmulatorUser } from '../../src/sandbox/emulator.ts';

const TIMEOUT_MS = 10_000;

export class TelegramClient {
  readonly id: number;

  constructor(
    private readonly emulator: BotApiEmulator,
    user: EmulatorUser,
  ) {
    this.id = emulator.addUser(user).id;
  }

  /** Sends a message and resolves with the bot's next message in this chat. */
  async send(text: string): Promise<Message> {
    const next = this.nextBotMessage();
    this.emulator.sendText(this.id, text);
    return next;
  }

  /** Sends a sticker or photo and resolves with the bot's answer. */
  async sendMedia(kind: 'sticker' | 'photo'): Promise<Message> {
    const next = this.nextBotMessage();
    this.emulator.sendMedia(this.id, kind);
    return next;
  }

  /** Shares a place (the 📍 key of a reply keyboard) and resolves with the bot's answer. */
  async sendLocation(place: { latitude: number; longitude: number }): Promise<Message> {
    const next = this.nextBotMessage();
    this.emulator.sendLocation(this.id, place);
    return next;
  }

  /** The keys of the reply keyboard a message brought up under the composer (none: empty). */
  replyKeys(message: Message): Array<{ text: string; request_location?: boolean }> {
    const markup = message.reply_markup as { keyboard?: Array<Array<{ text: string }>> } | undefined;
    return (markup?.keyboard ?? []).flat();
  }

  /** Waits for the bot's next message in this chat. */
  nextBotMessage(timeoutMs = TIMEOUT_MS): Promise<Message> {
    return this.waitForChange(
      (c) => (c.kind === 'message' && c.message.from?.is_bot ? c.message : undefined),
      timeoutMs,
      'a message from the bot',
    );
  }

  waitForChange<T>(pick: (change: ChatChange) => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const stop = this.emulator.onChange((change) => {
        if (change.chatId !== this.id) return;
        const value = pick(change);
        if (value === undefined) return;
        clearTimeout(timer);
        stop();
        resolve(value);
      });
    });
  }

  /** The bot's latest message in this chat that has inline buttons. */
  lastMenu(): Message {
    const menu = this.emulator
      .history(this.id)
      .filter((m) => m.from?.is_bot && m.reply_markup?.inline_keyboard)
      .at(-1);
    if (!menu) throw new Error('the bot has not shown any buttons');
    return menu;
  }

  buttons(message: Message = this.lastMenu()): string[] {
    return (message.reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);
  }

  /** Finds a button by its label (or part of it) on a message; the latest menu by default. */
  button(label: string | RegExp, message: Message = this.lastMenu()): { text: string; data: string } {
    const match = (text: string) => (typeof label === 'string' ? text.includes(label) : label.test(text));
    const button = (message.reply_markup?.inline_keyboard ?? []).flat().find((b) => match(b.text));
    if (!button || !('callback_data' in button)) {
      throw new Error(`no button "${label}" among: ${this.buttons(message).join(' | ')}`);
    }
    return { text: button.text, data: button.callback_data };
  }

  /**
   * Taps a button and resolves with the bot's toast (if any) and the tapped message as it looks afterwards.
   */
  async press(label: string | RegExp, message: Message = this.lastMenu()) {
    const { data } = this.button(label, message);
    return this.pressData(data, message.message_id);
  }

  /** Taps a button with arbitrary data (as a modified client could). */
  async pressData(data: string, messageId: number) {
    const answer = await this.emulator.pressButton(this.id, messageId, data);
    if (!answer) throw new Error(`the bot never answered the button "${data}"`);
    return { answer, message: this.emulator.message(this.id, messageId), latest: this.lastMessage() };
  }

  /** Taps a button under a channel post (the person must be a member of the channel). */
  async pressInChannel(chatId: number, post: Message, label: string | RegExp) {
    const { data } = this.button(label, post);
    const answer = await this.emulator.pressButton(this.id, post.message_id, data, { chatId });
    if (!answer) throw new Error(`the bot never answered the button "${label}"`);
    return answer;
  }

  /** The bot's messages in this chat, oldest first. */
  botMessages(): Message[] {
    return this.emulator.history(this.id).filter((m) => m.from?.is_bot);
  }

  lastMessage(): Message | undefined {
    return this.emulator.history(this.id).at(-1);
  }

  text(message: Message | undefined): string {
    return message?.text ?? message?.caption ?? '';
  }
}

// A Telegram client for a Diana process in sandbox mode, speaking to the web chat's HTTP API as the page does.
import type { Message } from 'grammy/types';

const ANSWER_TIMEOUT_MS = 30_000; // a cold process compiles as it goes

export class SandboxClient {
  constructor(
    private readonly url: string,
    readonly user: { id: number; first_name: string; language_code: string },
  ) {}

  private api(path: string, body?: unknown): Promise<unknown> {
    return fetch(`${this.url}/sandbox/api${path}`, {
      ...(body === undefined
        ? {}
        : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    }).then((r) => r.json());
  }

  /** Registers the account in the sandbox (the page does this when it opens). */
  async join(): Promise<this> {
    await this.api('/users', this.user);
    return this;
  }

  async history(): Promise<Message[]> {
    return ((await this.api(`/chats/${this.user.id}`)) as { messages: Message[] }).messages;
  }

  async menu(): Promise<Message> {
    const menu = (await this.history()).filter((m) => m.reply_markup).at(-1);
    if (!menu) throw new Error('the bot has shown no buttons');
    return menu;
  }

  /** Waits for a message from the bot that matches. */
  async waitFor(match: (m: Message) => boolean, after = 0): Promise<Message> {
    for (let waited = 0; waited <= ANSWER_TIMEOUT_MS; waited += 50) {
      const found = (await this.history()).find((m) => m.message_id > after && m.from?.is_bot && match(m));
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the bot did not answer: ${JSON.stringify((await this.history()).slice(-3))}`);
  }

  /**
   * Sends a message and resolves with the bot's answer: its next message, or with `menu` its next message
   * with buttons (Lucien's announcements may arrive in between).
   */
  async send(text: string, options: { menu?: boolean } = {}): Promise<Message> {
    const lastId = (await this.history()).at(-1)?.message_id ?? 0;
    await this.api(`/chats/${this.user.id}/messages`, { text });
    return this.waitFor((m) => !options.menu || Boolean(m.reply_markup), lastId);
  }

  /** Pays an invoice the bot sent with the account's fake Stars. */
  async pay(messageId: number): Promise<{ ok: boolean }> {
    return (await this.api(`/chats/${this.user.id}/pay`, { messageId })) as { ok: boolean };
  }

  /** The account's fake Stars. */
  async stars(): Promise<number> {
    return ((await this.api(`/users/${this.user.id}/stars`)) as { stars: number }).stars;
  }

  /** Taps a button of the latest message with buttons and resolves with that message afterwards. */
  async press(label: string): Promise<Message> {
    const message = await this.menu();
    const button = message.reply_markup?.inline_keyboard.flat().find((b) => b.text.includes(label));
    if (!button || !('callback_data' in button)) throw new Error(`no button "${label}"`);
    await this.api(`/chats/${this.user.id}/press`, {
      messageId: message.message_id,
      data: button.callback_data,
    });
    return this.menu();
  }
}

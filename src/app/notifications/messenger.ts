// The one thing the app needs from Telegram to reach a user on its own initiative.
export interface Messenger {
  /** Sends a private message; 'unreachable' when the user blocked the bot or deleted the chat. */
  send(userId: number, text: string): Promise<'sent' | 'unreachable'>;
}

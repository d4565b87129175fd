// What channel and VIP work needs from Telegram, as the app sees it (the adapter in
// src/adapters/telegram/gateway.ts speaks the Bot API). Background jobs act through it; each method turns
// Telegram's answers that are part of normal life (a request already handled, a user who blocked the bot)
// into values, and throws only for real failures (which the job runner retries).

export type OutgoingButton =
  | { label: string; action: string; args?: (string | number)[] }
  | { label: string; url: string };

export interface OutgoingMessage {
  /** With a photo (a Telegram file id or an https URL), the text is its caption. */
  text: string;
  photo?: string;
  buttons?: OutgoingButton[][];
}

export interface SendOptions {
  /**
   * A paid broadcast's message: Telegram lets it through beyond the free 30 a second (up to 1,000) and takes
   * 0.1 Star for it from the bot's balance.
   */
  paid?: boolean;
}

/** `missing`: the request was withdrawn (or already declined) before the bot answered it. */
export type ApprovalOutcome = 'approved' | 'already_member' | 'missing';

export interface ReactionPost {
  id: number;
  chatId: number;
  messageId: number;
  emojis: readonly string[];
}

export interface TelegramGateway {
  approveJoinRequest(chatId: number, userId: number): Promise<ApprovalOutcome>;
  /** Turns a join request down; `missing` when it was withdrawn (or answered) already. */
  declineJoinRequest(chatId: number, userId: number): Promise<'declined' | 'missing'>;
  /**
   * An invitation that opens nothing by itself: whoever follows it asks to join (a chat_join_request naming
   * the link), and the bot decides who gets in. Forwarded to someone else, it is worth nothing to them.
   */
  createInviteLink(chatId: number, link: { name: string; expireAt: Date }): Promise<string>;
  /** Revokes a link; one Telegram no longer knows counts as revoked. */
  revokeInviteLink(chatId: number, link: string): Promise<void>;
  /**
   * Takes a person out of a channel so that they can come back later (ban, then unban); `administrator` when
   * they administer the channel (the bot cannot, and must not, take them out).
   */
  removeMember(chatId: number, userId: number): Promise<'removed' | 'administrator'>;
  /** A private message from the bot; `unreachable` when the person blocked it or never opened it. */
  send(userId: number, message: OutgoingMessage, options?: SendOptions): Promise<'sent' | 'unreachable'>;
  /** Redraws a post's reaction buttons with their counters. */
  showReactionCounts(post: ReactionPost, counts: ReadonlyMap<string, number>): Promise<void>;
}

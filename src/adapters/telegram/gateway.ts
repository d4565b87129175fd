// The app's TelegramGateway over grammY's Api: what background jobs ask of Telegram for channels and VIP.
// Messages and edits wait for their slot in the shared throttle; Telegram's answers that belong to normal life
// become values, anything else is thrown (and the job is retried).
import { type Api, InlineKeyboard } from 'grammy';
import type {
  ApprovalOutcome,
  OutgoingButton,
  OutgoingMessage,
  ReactionPost,
  SendOptions,
  TelegramGateway,
} from '../../app/telegram-gateway.ts';
import type { CallbackCodec } from './callback-codec.ts';
import type { BotContext } from './context.ts';
import type { SendThrottle } from './messenger.ts';
import { reactionKeyboard } from './reaction-keyboard.ts';
import { isTelegramFailure, telegramFailure } from './telegram-errors.ts';

/** What a handler asks of Telegram while answering a person's own update waits for no sending slot. */
const IMMEDIATE: SendThrottle = { slot: async () => {} };

/** The gateway for a handler: the same answers as the jobs', over the update's own Api. */
export function gatewayOf(ctx: BotContext): TelegramGateway {
  return new BotTelegramGateway(ctx.api, ctx.codec, IMMEDIATE);
}

export class BotTelegramGateway implements TelegramGateway {
  constructor(
    private readonly api: Api,
    private readonly codec: CallbackCodec,
    private readonly throttle: SendThrottle,
  ) {}

  async approveJoinRequest(chatId: number, userId: number): Promise<ApprovalOutcome> {
    try {
      await this.api.approveChatJoinRequest(chatId, userId);
      return 'approved';
    } catch (error) {
      const kind = telegramFailure(error);
      if (kind === 'already_participant') return 'already_member';
      if (kind === 'join_request_missing') return 'missing';
      throw error;
    }
  }

  async declineJoinRequest(chatId: number, userId: number): Promise<'declined' | 'missing'> {
    try {
      await this.api.declineChatJoinRequest(chatId, userId);
      return 'declined';
    } catch (error) {
      if (isTelegramFailure(error, 'join_request_missing')) return 'missing';
      throw error;
    }
  }

  async createInviteLink(chatId: number, link: { name: string; expireAt: Date }) {
    const created = await this.api.createChatInviteLink(chatId, {
      name: link.name,
      expire_date: Math.floor(link.expireAt.getTime() / 1000),
      creates_join_request: true,
    });
    return created.invite_link;
  }

  async revokeInviteLink(chatId: number, link: string): Promise<void> {
    try {
      await this.api.revokeChatInviteLink(chatId, link);
    } catch (error) {
      if (!isTelegramFailure(error, 'invite_hash_expired')) throw error;
    }
  }

  async removeMember(chatId: number, userId: number): Promise<'removed' | 'administrator'> {
    try {
      await this.api.banChatMember(chatId, userId);
    } catch (error) {
      if (isTelegramFailure(error, 'user_is_administrator')) return 'administrator';
      throw error;
    }
    await this.api.unbanChatMember(chatId, userId, { only_if_banned: true });
    return 'removed';
  }

  async send(
    userId: number,
    message: OutgoingMessage,
    options: SendOptions = {},
  ): Promise<'sent' | 'unreachable'> {
    await this.throttle.slot(userId, options.paid ? 'paid' : 'free');
    try {
      const extra = {
        ...(message.buttons ? { reply_markup: this.keyboard(userId, message.buttons) } : {}),
        ...(options.paid ? { allow_paid_broadcast: true } : {}),
      };
      if (message.photo) await this.api.sendPhoto(userId, message.photo, { caption: message.text, ...extra });
      else await this.api.sendMessage(userId, message.text, extra);
      return 'sent';
    } catch (error) {
      if (isTelegramFailure(error, 'unreachable_user')) return 'unreachable';
      throw error;
    }
  }

  async showReactionCounts(post: ReactionPost, counts: ReadonlyMap<string, number>): Promise<void> {
    await this.throttle.slot(post.chatId);
    try {
      await this.api.editMessageReplyMarkup(post.chatId, post.messageId, {
        reply_markup: reactionKeyboard(this.codec, post, counts),
      });
    } catch (error) {
      // Nothing changed since the last redraw, or the post was deleted from the channel.
      if (!isTelegramFailure(error, 'not_modified', 'message_gone')) throw error;
    }
  }

  private keyboard(userId: number, rows: OutgoingButton[][]): InlineKeyboard {
    return InlineKeyboard.from(
      rows.map((row) =>
        row.map((b) =>
          'url' in b
            ? InlineKeyboard.url(b.label, b.url)
            : InlineKeyboard.text(b.label, this.codec.encode(userId, b.action, b.args ?? [])),
        ),
      ),
    );
  }
}

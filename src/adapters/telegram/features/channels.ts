// The channels the bot administers, as Telegram reports them: join requests (recorded, greeted in private by
// Lucien, approved later by a job), members joining and leaving (chat_member), native reactions
// (message_reaction) and taps on the reaction buttons under posts, answered with a short toast.
import { Composer } from 'grammy';
import type { ChatMember } from 'grammy/types';
import { receiveJoinRequest } from '../../../app/channels/join-requests.ts';
import { memberChanged } from '../../../app/channels/membership.ts';
import { type ReactionOutcome, reactNatively, reactWithButton } from '../../../app/channels/reactions.ts';
import { answerVipJoinRequest, checkVipMember } from '../../../app/vip/door.ts';
import { zoneOf } from '../../../app/zone.ts';
import { dayPart } from '../../../domain/calendar.ts';
import { addedEmoji, isMemberStatus } from '../../../domain/channels.ts';
import type { BotContext } from '../context.ts';
import { gatewayOf } from '../gateway.ts';
import { CHANNEL_READER, REACTION_ACTION } from '../reaction-keyboard.ts';

/** The deep link that brings a person who reacted before starting the bot to /start. */
export const REACTION_START_PAYLOAD = 'canal';

export function channelsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.on('chat_join_request', async (ctx) => {
    const request = ctx.chatJoinRequest;
    const door = await answerVipJoinRequest(ctx.app, gatewayOf(ctx), {
      chatId: request.chat.id,
      userId: request.from.id,
      inviteLink: request.invite_link?.invite_link,
    });
    if (door === 'declined') {
      // Telegram lets the bot write to a requester for a few minutes, even if they never started it.
      await ctx.api
        .sendMessage(request.user_chat_id, ctx.t('vip-door-declined', { bot: ctx.me.username }))
        .catch((err: unknown) => ctx.log.warn({ err }, 'could not explain a declined VIP join request'));
    }
    if (door !== 'ignored') return;
    const receipt = await receiveJoinRequest(ctx.app, {
      chatId: request.chat.id,
      userId: request.from.id,
      requestedAt: new Date(request.date * 1000),
      language: request.from.language_code ?? null,
    });
    if (receipt.kind !== 'recorded' || !receipt.fresh) return;
    const minutes = Math.max(1, Math.ceil(ctx.app.channels.joinRequestDelaySeconds / 60));
    // Telegram lets the bot write to a requester for a few minutes, even if they never started it.
    await ctx.api
      .sendMessage(
        request.user_chat_id,
        ctx.t('channel-join-greeting', {
          name: request.from.first_name,
          minutes,
          known: ctx.user ? 'yes' : 'no',
          daypart: dayPart(ctx.app.clock.now(), zoneOf(ctx.app, ctx.user)),
        }),
      )
      .catch((err: unknown) => ctx.log.warn({ err }, 'could not greet a join request'));
  });

  composer.on('chat_member', async (ctx) => {
    const update = ctx.chatMember;
    const member = update.new_chat_member;
    const { joined, usedInvite } = await memberChanged(ctx.app, {
      chatId: update.chat.id,
      userId: member.user.id,
      isMember: isMemberStatus(member.status, isMemberFlag(member)),
      inviteLink: update.invite_link?.invite_link,
    });
    if (joined) ctx.log.info({ chat_id: update.chat.id, user_id: member.user.id }, 'joined a channel');
    // Administrators of the channel are its staff, not its guests.
    if (joined && member.status !== 'creator' && member.status !== 'administrator' && !member.user.is_bot) {
      await checkVipMember(ctx.app, {
        chatId: update.chat.id,
        userId: member.user.id,
        inviteLink: update.invite_link?.invite_link,
      });
    }
    // A single-use invitation has served its purpose: it is revoked so that it can never open the door again.
    if (usedInvite) {
      await ctx.api
        .revokeChatInviteLink(update.chat.id, usedInvite)
        .catch((err: unknown) => ctx.log.warn({ err }, 'could not revoke a used invitation'));
    }
  });

  composer.on('message_reaction', async (ctx) => {
    const reaction = ctx.messageReaction;
    const emoji = addedEmoji(reaction.old_reaction, reaction.new_reaction);
    if (!reaction.user || !emoji) return;
    const outcome = await reactNatively(ctx.app, {
      userId: reaction.user.id,
      chatId: reaction.chat.id,
      messageId: reaction.message_id,
      emoji,
    });
    ctx.log.info({ outcome: outcome.kind }, 'native reaction');
  });

  // Taps on reaction buttons under channel posts (signed for every reader alike, not for this user).
  composer.on('callback_query:data').filter(
    (ctx) => ctx.callbackQuery.message?.chat.type === 'channel',
    async (ctx) => {
      const action = ctx.codec.decode(CHANNEL_READER, ctx.callbackQuery.data);
      const message = ctx.callbackQuery.message!;
      const [postId = '', index = ''] = action?.args ?? [];
      const outcome =
        action?.action === REACTION_ACTION
          ? await reactWithButton(ctx.app, {
              userId: ctx.from.id,
              postId: Number(postId),
              index: Number(index),
              chatId: message.chat.id,
              messageId: message.message_id,
            })
          : ({ kind: 'unknown' } as const);
      await ctx.answerCallbackQuery(reactionAnswer(ctx, outcome));
    },
  );

  return composer;
}

function isMemberFlag(member: ChatMember): boolean | undefined {
  return member.status === 'restricted' ? member.is_member : undefined;
}

function reactionAnswer(ctx: BotContext, outcome: ReactionOutcome) {
  switch (outcome.kind) {
    case 'paid':
      return { text: ctx.t('reaction-toast-paid', { amount: outcome.amount, balance: outcome.balance }) };
    case 'capped':
      return { text: ctx.t('reaction-toast-capped') };
    case 'paused':
      return { text: ctx.t('reaction-toast-paused') };
    case 'already':
      return { text: ctx.t('reaction-toast-already', { emoji: outcome.emoji }) };
    case 'waiting':
      // The link opens the chat with the bot; the reward is paid when the person starts it.
      return {
        text: ctx.t('reaction-toast-start'),
        url: `https://t.me/${ctx.me.username}?start=${REACTION_START_PAYLOAD}`,
      };
    default:
      return { text: ctx.t('button-unknown') };
  }
}

// 📨 Admin › Conversaciones › Buzón: the anonymous messages VIP members sent Diana, oldest first, without their
// names. The creator answers as Diana (a model's draft is offered when one is configured); the answer goes to
// the member's chat, and a message is answered once.
import { answerAnonymous } from '../../../app/conversation/inbox.ts';
import { openInbox } from '../../db/repositories/conversation.ts';
import type { BotContext } from '../context.ts';
import { keyboard, type Screen, showScreen } from '../screen.ts';
import { type AdminModule, type AdminReply, awaitAnswer, forgetQuestion } from './admin.ts';

const ANSWER = 'inbox-answer';

function backToConversations(ctx: BotContext) {
  return { label: ctx.t('menu-back'), action: 'adm', args: ['chat'] };
}

export async function inboxScreen(ctx: BotContext, notice?: string): Promise<Screen> {
  const { open, first } = await openInbox(ctx.app.db, 1);
  const message = first[0];
  const lines = [
    ...(notice ? [notice, ''] : []),
    ctx.t('admin-inbox-title', { open }),
    ...(message
      ? [
          ctx.t('admin-inbox-message', {
            text: message.text,
            date: message.createdAt.toISOString().slice(0, 16),
          }),
        ]
      : [ctx.t('admin-inbox-empty')]),
  ];
  return {
    text: lines.join('\n'),
    keyboard: keyboard(ctx, [
      message ? [{ label: ctx.t('admin-inbox-answer-button'), action: 'inboxans', args: [message.id] }] : [],
      [backToConversations(ctx)],
    ]),
  };
}

const answerReply: AdminReply = async (ctx, session, text) => {
  await forgetQuestion(ctx);
  const inboxId = session.targetUserId ?? 0;
  const answered = await answerAnonymous(ctx.app, ctx.from!.id, inboxId, text);
  if (!answered) {
    await ctx.reply(ctx.t('admin-inbox-gone'));
    return;
  }
  try {
    const member = await ctx.app.db
      .selectFrom('users')
      .select('language')
      .where('id', '=', answered.userId)
      .executeTakeFirst();
    const locale = ctx.app.pack.locales.resolve(member?.language);
    await ctx.api.sendMessage(
      answered.userId,
      ctx.app.pack.locales.translate(locale, 'chat-anon-answer', { answer: text.trim() }),
    );
  } catch (err) {
    ctx.log.warn({ err, inbox_id: inboxId }, 'the answer to an anonymous message was not delivered');
    await ctx.reply(ctx.t('admin-inbox-undelivered'));
    return;
  }
  const screen = await inboxScreen(ctx, ctx.t('admin-inbox-sent'));
  await ctx.reply(screen.text, { reply_markup: screen.keyboard });
};

export const adminInbox: AdminModule = {
  actions: {
    inbox: async (ctx) => showScreen(ctx, await inboxScreen(ctx)),
    inboxans: async (ctx, [id]) => {
      const inboxId = Number(id);
      const { first } = await openInbox(ctx.app.db, 50);
      const message = first.find((m) => m.id === inboxId);
      if (!message) return showScreen(ctx, await inboxScreen(ctx, ctx.t('admin-inbox-gone')));
      await awaitAnswer(ctx, ANSWER, inboxId);
      const draft = await ctx.app.conversation?.model
        ?.draft?.(ctx.app, ctx.locale, message.text, message.userId)
        .catch((err) => {
          ctx.log.warn({ err }, 'no draft for an anonymous message');
          return undefined;
        });
      await showScreen(ctx, {
        text: [
          ctx.t('admin-inbox-message', {
            text: message.text,
            date: message.createdAt.toISOString().slice(0, 16),
          }),
          '',
          ctx.t('admin-inbox-prompt'),
          ...(draft ? ['', ctx.t('admin-inbox-draft'), draft] : []),
        ].join('\n'),
        keyboard: keyboard(ctx, [[{ label: ctx.t('admin-cancel-button'), action: 'inbox' }]]),
      });
    },
  },
  replies: { [ANSWER]: answerReply },
};

// Free text in a private chat is a message to Diana (commands and admin answers are handled before this), unless
// the riddle of the day waits for the person's answer: her read of the person tells, and the text goes on to
// the riddle (riddleAnswers, right after this). A person who writes too fast, who cannot pay for a message
// beyond the day's free allowance, or who writes while conversation is switched off gets a word from Lucien
// instead of an answer (with the way to 🌟 Mis Besitos or 💎 VIP for the unpaid). VIP members may also write to
// her anonymously with /anonimo <text>: it lands in the creator's inbox in /admin.
import { Composer } from 'grammy';
import { MAX_ANONYMOUS_CHARS, sendAnonymous } from '../../../app/conversation/inbox.ts';
import type { BotContext } from '../context.ts';
import { type ButtonSpec, keyboard } from '../screen.ts';

export const ANONYMOUS_COMMANDS = ['anonimo', 'anon'];

export function conversationFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').command(ANONYMOUS_COMMANDS, async (ctx) => {
    if (!ctx.user) return void (await ctx.reply(ctx.t('start-first')));
    const outcome = await sendAnonymous(ctx.app, ctx.user, ctx.match);
    ctx.log.info({ outcome }, 'anonymous message to Diana');
    await ctx.reply(ctx.t(`chat-anon-${outcome.replace('_', '-')}`, { max: MAX_ANONYMOUS_CHARS }));
  });
  composer.chatType('private').on('message:text', async (ctx, next) => {
    const chat = ctx.app.conversation;
    if (!chat || ctx.message.text.startsWith('/')) return next();
    if (!ctx.user) return void (await ctx.reply(ctx.t('start-first')));
    const { message_id: id, text } = ctx.message;
    const outcome = await chat.talk(ctx.app, ctx.user, ctx.locale, { id, text });
    if (outcome.kind === 'riddle') return next();
    if (outcome.kind === 'resting') return void (await ctx.reply(ctx.t('chat-resting')));
    if (outcome.kind === 'paced') {
      await ctx.reply(ctx.t('chat-paced', { seconds: Math.max(1, Math.ceil(outcome.waitMs / 1000)) }));
      return;
    }
    if (outcome.kind === 'unpaid') {
      const { price, balance } = outcome;
      const where: ButtonSpec[] = [{ label: ctx.t('menu-besitos'), action: 'nav', args: ['besitos'] }];
      if (!outcome.isVip) where.push({ label: ctx.t('menu-vip'), action: 'nav', args: ['vip'] });
      await ctx.reply(ctx.t('chat-unpaid', { price, balance }), { reply_markup: keyboard(ctx, [where]) });
      return;
    }
    ctx.log.debug({ source: outcome.source, intent: outcome.intent, model: outcome.model }, 'diana answered');
    await ctx.reply(outcome.text);
  });
  return composer;
}

// Whatever no feature handled gets a short, polite answer: text, media, unknown commands, unknown buttons.
import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

export function fallbackFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('callback_query', async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t('button-unknown') });
  });
  const priv = composer.chatType('private');
  priv.on('message:text', async (ctx) => {
    await ctx.reply(ctx.t(ctx.message.text.startsWith('/') ? 'fallback-command' : 'fallback-text'));
  });
  priv.on('message', async (ctx) => {
    await ctx.reply(ctx.t('fallback-media'));
  });
  return composer;
}

// /start [payload]: Lucien registers the visitor and greets them.
import { Composer } from 'grammy';
import { registerUser } from '../../../app/users.ts';
import type { BotContext } from '../context.ts';

export function startFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').command('start', async (ctx) => {
    const payload = ctx.match.trim().slice(0, 64) || null;
    const language = ctx.user?.language ?? ctx.locale;
    const { user, created, welcomeBonus } = await registerUser(
      ctx.app,
      {
        id: ctx.from.id,
        firstName: ctx.from.first_name,
        lastName: ctx.from.last_name,
        username: ctx.from.username,
        language,
      },
      payload,
      ctx.user,
    );
    ctx.user = user;
    ctx.locale = user.language;
    await ctx.reply(
      created
        ? ctx.t('welcome-new', { name: user.firstName, bonus: welcomeBonus })
        : ctx.t('welcome-back', { name: user.firstName }),
    );
  });
  return composer;
}

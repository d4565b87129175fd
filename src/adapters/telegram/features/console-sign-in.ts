// /consola (or /console): the one-time link to the web console for anyone who holds a console role, admins and
// the operators, developers and viewers an admin named in the console (who cannot open /admin). Everyone else
// falls through to the answer of an unknown command, so nothing reveals that the console exists.
import { Composer } from 'grammy';
import { LOGIN_LINK_TTL_MS } from '../../../app/access/console-sessions.ts';
import type { BotContext } from '../context.ts';

/** The message that carries a sign-in link, the same from /admin and from /consola. */
export function consoleLinkText(ctx: BotContext, link: string): string {
  return ctx.t('admin-console-link', { link, minutes: LOGIN_LINK_TTL_MS / 60_000 });
}

export function consoleSignInFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').command(['consola', 'console'], async (ctx, next) => {
    const link = await ctx.app.console?.loginLink(ctx.from.id);
    if (!link) return next();
    await ctx.reply(consoleLinkText(ctx, link));
  });
  return composer;
}

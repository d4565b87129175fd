// Routing of inline buttons: a feature names an action, the handler gets the token's arguments and may return
// a short toast. Every callback query is answered exactly once, here.
import { Composer } from 'grammy';
import type { BotContext } from './context.ts';

/** Handles a tap; a string result is shown to the user as a toast. */
export type ActionHandler = (ctx: BotContext, args: string[]) => Promise<unknown>;

export function onAction(composer: Composer<BotContext>, name: string, handler: ActionHandler): void {
  composer.on('callback_query:data').filter(
    (ctx) => ctx.action?.action === name,
    async (ctx) => {
      if (!ctx.user) {
        await ctx.answerCallbackQuery({ text: ctx.t('start-first'), show_alert: true });
        return;
      }
      const result = await handler(ctx, ctx.action?.args ?? []);
      const toast = typeof result === 'string' ? result : '';
      await ctx.answerCallbackQuery(toast ? { text: toast } : undefined);
    },
  );
}

/** A composer whose routes are inline buttons. */
export function actionComposer(routes: Record<string, ActionHandler>): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  for (const [name, handler] of Object.entries(routes)) onAction(composer, name, handler);
  return composer;
}

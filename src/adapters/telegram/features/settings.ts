// ⚙️ Configuración: the user's language (the whole bot follows it).
import type { Composer } from 'grammy';
import { changeLanguage } from '../../../app/users.ts';
import { actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import { keyboard, type Screen, showScreen } from '../screen.ts';
import { backToHome } from './home.ts';

export function settingsScreen(ctx: BotContext): Screen {
  const codes = ctx.app.pack.locales.codes;
  return {
    text: ctx.t('settings-title', { language: ctx.t(`language-name-${ctx.locale}`) }),
    keyboard: keyboard(ctx, [
      codes.map((code) => ({
        label: `${code === ctx.locale ? '✓ ' : ''}${ctx.t(`settings-language-${code}`)}`,
        action: 'lang',
        args: [code],
      })),
      [backToHome(ctx)],
    ]),
  };
}

export function settingsFeature(): Composer<BotContext> {
  return actionComposer({
    lang: async (ctx, [code]) => {
      if (!code || !ctx.app.pack.locales.codes.includes(code)) return ctx.t('button-unknown');
      await changeLanguage(ctx.app, ctx.user!.id, code);
      ctx.locale = code;
      await showScreen(ctx, settingsScreen(ctx));
      return ctx.t('settings-language-changed');
    },
  });
}

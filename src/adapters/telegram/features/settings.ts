// ⚙️ Configuración: the user's language (the whole bot follows it), announcements and broadcasts on or off.
import type { Composer } from 'grammy';
import { changeBroadcasts, changeLanguage, changeNotifications } from '../../../app/users.ts';
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
      [
        {
          label: ctx.t(
            ctx.user?.notifications === false ? 'settings-notifications-off' : 'settings-notifications-on',
          ),
          action: 'notify',
          args: [ctx.user?.notifications === false ? 'on' : 'off'],
        },
      ],
      [
        {
          label: ctx.t(ctx.user?.broadcasts === false ? 'settings-broadcasts-off' : 'settings-broadcasts-on'),
          action: 'bcast',
          args: [ctx.user?.broadcasts === false ? 'on' : 'off'],
        },
      ],
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
    notify: async (ctx, [wanted]) => {
      if (wanted !== 'on' && wanted !== 'off') return ctx.t('button-unknown');
      const on = wanted === 'on';
      await changeNotifications(ctx.app, ctx.user!.id, on);
      ctx.user = { ...ctx.user!, notifications: on };
      await showScreen(ctx, settingsScreen(ctx));
      return ctx.t(on ? 'settings-notifications-changed-on' : 'settings-notifications-changed-off');
    },
    bcast: async (ctx, [wanted]) => {
      if (wanted !== 'on' && wanted !== 'off') return ctx.t('button-unknown');
      const on = wanted === 'on';
      await changeBroadcasts(ctx.app, ctx.user!.id, on);
      ctx.user = { ...ctx.user!, broadcasts: on };
      await showScreen(ctx, settingsScreen(ctx));
      return ctx.t(on ? 'settings-broadcasts-changed-on' : 'settings-broadcasts-changed-off');
    },
  });
}

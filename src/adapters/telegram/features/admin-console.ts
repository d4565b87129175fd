// 🖥️ Admin › Console: a one-time link that opens the web console signed in (single use, valid for a few minutes).
import { keyboard } from '../screen.ts';
import { type AdminModule, backToAdmin } from './admin.ts';
import { consoleLinkText } from './console-sign-in.ts';

export const adminConsole: AdminModule = {
  section: {
    id: 'console',
    label: 'admin-section-console',
    screen: async (ctx) => {
      const link = await ctx.app.console?.loginLink(ctx.from!.id);
      return {
        text: link ? consoleLinkText(ctx, link) : ctx.t('admin-console-off'),
        keyboard: keyboard(ctx, [
          [{ label: ctx.t('admin-console-again'), action: 'adm', args: ['console'] }],
          [backToAdmin(ctx)],
        ]),
      };
    },
  },
};

// /diana: the home menu, one message edited in place, and the honest "coming soon" rooms.
import { Composer } from 'grammy';
import { actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import { keyboard, type Screen, showScreen } from '../screen.ts';

export const SECTIONS = [
  'story',
  'besitos',
  'missions',
  'achievements',
  'vip',
  'dailies',
  'settings',
] as const;
export type Section = (typeof SECTIONS)[number];

export function homeScreen(ctx: BotContext): Screen {
  const entry = (section: Section) => ({ label: ctx.t(`menu-${section}`), action: 'nav', args: [section] });
  return {
    text: ctx.t('menu-home', { balance: ctx.user?.balance ?? 0 }),
    keyboard: keyboard(ctx, [
      [entry('story')],
      [entry('besitos'), entry('missions')],
      [entry('achievements'), entry('vip')],
      // 🌙 Cada día only where the pack has dailies.
      ctx.app.pack.dailies ? [entry('dailies'), entry('settings')] : [entry('settings')],
    ]),
  };
}

export function backToHome(ctx: BotContext) {
  return { label: ctx.t('menu-back'), action: 'nav', args: ['home'] };
}

function comingSoonScreen(ctx: BotContext, section: Section): Screen {
  return {
    text: ctx.t('coming-soon', { section: ctx.t(`menu-${section}`) }),
    keyboard: keyboard(ctx, [[backToHome(ctx)]]),
  };
}

/** Screens each feature registers for a home entry; entries without one are still being built. */
export type ScreenBuilder = (ctx: BotContext) => Promise<Screen> | Screen;

export function homeFeature(screens: Partial<Record<Section, ScreenBuilder>>): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const priv = composer.chatType('private');
  priv.command('diana', async (ctx) => {
    if (!ctx.user) {
      await ctx.reply(ctx.t('start-first'));
      return;
    }
    await showScreen(ctx, homeScreen(ctx));
  });
  composer.use(
    actionComposer({
      nav: async (ctx, [target]) => {
        if (target === 'home') return showScreen(ctx, homeScreen(ctx));
        const section = SECTIONS.find((s) => s === target);
        if (!section) return ctx.t('button-unknown');
        const build = screens[section];
        await showScreen(ctx, build ? await build(ctx) : comingSoonScreen(ctx, section));
      },
    }),
  );
  return composer;
}

// ⚙️ Configuración: the user's language (the whole bot follows it), announcements and broadcasts on or off,
// their quiet hours (the pack's choices, or none), and the time zone (a short list for their language, a UTC
// offset, or a shared location: zone-by-location.ts): their day, greetings and quiet hours follow it.
import type { Composer } from 'grammy';
import {
  changeQuietHours,
  quietChoiceKey,
  quietHoursChoices,
  quietHoursOf,
} from '../../../app/quiet-hours.ts';
import {
  changeAddress,
  changeBroadcasts,
  changeLanguage,
  changeNotifications,
  changeStandingHidden,
} from '../../../app/users.ts';
import { changeTimeZone, OFFSET_ZONES, zoneOf } from '../../../app/zone.ts';
import { ADDRESSES, addressOf } from '../../../domain/address.ts';
import { zoneLabel } from '../../../domain/calendar.ts';
import type { QuietHours } from '../../../domain/progress/quiet-hours.ts';
import { actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import { type ButtonSpec, keyboard, type Screen, showScreen } from '../screen.ts';
import { memoryButton } from './conversation-memory.ts';
import { backToHome } from './home.ts';
import { locationButton } from './zone-by-location.ts';

const backToSettings = (ctx: BotContext): ButtonSpec => ({
  label: ctx.t('menu-back'),
  action: 'nav',
  args: ['settings'],
});

/** Señor, señora, neutral: `from` says where the buttons are (the welcome message or this screen). */
export function addressButtons(ctx: BotContext, from: 'welcome' | 'settings'): ButtonSpec[] {
  const current = ctx.user?.address ? addressOf(ctx.user.address) : undefined;
  return ADDRESSES.map((address) => ({
    label: `${address === current ? '✓ ' : ''}${ctx.t(`address-${address}`)}`,
    action: 'addr',
    args: [address, from],
  }));
}

/** Quiet hours as a person reads them: "23:00–08:00", or none. */
function quietLabel(ctx: BotContext, quiet: QuietHours | undefined): string {
  return quiet ? `${quiet.from}–${quiet.to}` : ctx.t('settings-quiet-none');
}

function currentQuietHours(ctx: BotContext): QuietHours | undefined {
  return quietHoursOf(ctx.app, { quietHours: ctx.user?.quietHours ?? null });
}

function currentZone(ctx: BotContext): string {
  return zoneOf(ctx.app, ctx.user);
}

export function settingsScreen(ctx: BotContext): Screen {
  const codes = ctx.app.pack.locales.codes;
  const now = ctx.app.clock.now();
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
      // The weekly standing exists only where the pack has dailies.
      ctx.app.pack.dailies
        ? [
            {
              label: ctx.t(ctx.user?.standingHidden ? 'settings-standing-off' : 'settings-standing-on'),
              action: 'standing-name',
              args: [ctx.user?.standingHidden ? 'show' : 'hide'],
            },
          ]
        : [],
      [{ label: ctx.t('settings-zone', { zone: zoneLabel(currentZone(ctx), now) }), action: 'tz' }],
      [{ label: ctx.t('settings-quiet', { hours: quietLabel(ctx, currentQuietHours(ctx)) }), action: 'qh' }],
      [memoryButton(ctx)],
      [{ label: ctx.t('settings-privacy'), action: 'pv' }],
      addressButtons(ctx, 'settings'),
      [backToHome(ctx)],
    ]),
  };
}

/** The zones of the person's language, one per row, the way to the UTC offsets, and the way by location. */
function zoneScreen(ctx: BotContext): Screen {
  const now = ctx.app.clock.now();
  const current = currentZone(ctx);
  const zones = ctx.app.pack.time_zones[ctx.locale] ?? [];
  const mark = (zone: string) => (zone === current ? '✓ ' : '');
  return {
    text: ctx.t('settings-zone-title', { zone: zoneLabel(current, now) }),
    keyboard: keyboard(ctx, [
      ...zones.map((zone) => [
        { label: `${mark(zone)}${zoneLabel(zone, now)}`, action: 'tzset', args: [zone] },
      ]),
      [{ label: ctx.t('settings-zone-offsets'), action: 'tzo' }],
      [locationButton(ctx)],
      [backToSettings(ctx)],
    ]),
  };
}

/** Quiet hours on a button: without the colons that separate a button's arguments ('2300-0800'). */
const onButton = (key: string) => key.replaceAll(':', '');
const fromButton = (arg: string) => arg.replace(/^(\d\d)(\d\d)-(\d\d)(\d\d)$/, '$1:$2-$3:$4');

/** The quiet hours to choose from, the current one marked, and none. */
function quietScreen(ctx: BotContext): Screen {
  const current = quietChoiceKey(currentQuietHours(ctx));
  return {
    text: ctx.t('settings-quiet-title', { hours: quietLabel(ctx, currentQuietHours(ctx)) }),
    keyboard: keyboard(ctx, [
      ...quietHoursChoices(ctx.app).map((quiet) => {
        const key = quietChoiceKey(quiet);
        const label = quiet ? `🌙 ${quietLabel(ctx, quiet)}` : ctx.t('settings-quiet-off');
        return [{ label: `${key === current ? '✓ ' : ''}${label}`, action: 'qhset', args: [onButton(key)] }];
      }),
      [backToSettings(ctx)],
    ]),
  };
}

function offsetScreen(ctx: BotContext): Screen {
  const now = ctx.app.clock.now();
  const current = currentZone(ctx);
  const buttons = OFFSET_ZONES.map((zone) => ({
    label: `${zone === current ? '✓ ' : ''}${zoneLabel(zone, now)}`,
    action: 'tzset',
    args: [zone],
  }));
  const rows: ButtonSpec[][] = [];
  for (let i = 0; i < buttons.length; i += 4) rows.push(buttons.slice(i, i + 4));
  return {
    text: ctx.t('settings-zone-title', { zone: zoneLabel(current, now) }),
    keyboard: keyboard(ctx, [...rows, [backToSettings(ctx)]]),
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
    addr: async (ctx, [address = '', from]) => {
      if (!(await changeAddress(ctx.app, ctx.user!.id, address))) return ctx.t('button-unknown');
      ctx.user = { ...ctx.user!, address };
      if (from === 'settings') await showScreen(ctx, settingsScreen(ctx));
      else await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
      return ctx.t('address-changed');
    },
    tz: async (ctx) => showScreen(ctx, zoneScreen(ctx)),
    tzo: async (ctx) => showScreen(ctx, offsetScreen(ctx)),
    tzset: async (ctx, [zone = '']) => {
      if (!(await changeTimeZone(ctx.app, ctx.user!.id, zone))) return ctx.t('button-unknown');
      ctx.user = { ...ctx.user!, timeZone: zone };
      await showScreen(ctx, settingsScreen(ctx));
      return ctx.t('settings-zone-changed', { zone: zoneLabel(zone, ctx.app.clock.now()) });
    },
    'standing-name': async (ctx, [wanted]) => {
      if (wanted !== 'show' && wanted !== 'hide') return ctx.t('button-unknown');
      const hidden = wanted === 'hide';
      await changeStandingHidden(ctx.app, ctx.user!.id, hidden);
      ctx.user = { ...ctx.user!, standingHidden: hidden };
      await showScreen(ctx, settingsScreen(ctx));
      return ctx.t(hidden ? 'settings-standing-changed-off' : 'settings-standing-changed-on');
    },
    qh: async (ctx) => showScreen(ctx, quietScreen(ctx)),
    qhset: async (ctx, [arg = '']) => {
      const key = fromButton(arg);
      if (!(await changeQuietHours(ctx.app, ctx.user!.id, key))) return ctx.t('button-unknown');
      ctx.user = { ...ctx.user!, quietHours: key };
      await showScreen(ctx, settingsScreen(ctx));
      return ctx.t('settings-quiet-changed', { hours: quietLabel(ctx, currentQuietHours(ctx)) });
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

// 🕰️ Zona horaria by sharing a location: the zone screen's 📍 button brings up Telegram's "share location"
// keyboard; the place that comes back sets the person's zone (through app/zone.ts, the one place that writes
// it) and is forgotten at once: only the zone is kept.
import { Composer, Keyboard } from 'grammy';
import { changeTimeZoneAt, zoneOf } from '../../../app/zone.ts';
import { zoneLabel } from '../../../domain/calendar.ts';
import { actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import type { ButtonSpec } from '../screen.ts';

const LOCATION_ACTION = 'tzloc';
const REMOVE_KEYBOARD = { remove_keyboard: true } as const;

/** The zone screen's way to a zone by location. */
export function locationButton(ctx: BotContext): ButtonSpec {
  return { label: ctx.t('settings-zone-location'), action: LOCATION_ACTION };
}

export function zoneByLocationFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(
    actionComposer({
      [LOCATION_ACTION]: async (ctx) => {
        const share = new Keyboard()
          .requestLocation(ctx.t('settings-zone-location-share'))
          .row()
          .text(ctx.t('settings-zone-location-cancel'))
          .resized()
          .oneTime();
        await ctx.reply(ctx.t('settings-zone-location-ask'), { reply_markup: share });
      },
    }),
  );
  const priv = composer.chatType('private').filter((ctx) => ctx.user !== undefined);
  priv.on('message:location', async (ctx) => {
    const zone = await changeTimeZoneAt(ctx.app, ctx.user!.id, ctx.message.location);
    if (zone) ctx.user = { ...ctx.user!, timeZone: zone };
    const text = zone
      ? ctx.t('settings-zone-location-changed', { zone: zoneLabel(zone, ctx.app.clock.now()) })
      : ctx.t('settings-zone-location-unknown');
    await ctx.reply(text, { reply_markup: REMOVE_KEYBOARD });
  });
  // The keyboard's other button: the person changed their mind.
  priv
    .on('message:text')
    .filter((ctx) => ctx.message.text === ctx.t('settings-zone-location-cancel'))
    .use(async (ctx) => {
      const zone = zoneLabel(zoneOf(ctx.app, ctx.user), ctx.app.clock.now());
      await ctx.reply(ctx.t('settings-zone-location-cancelled', { zone }), { reply_markup: REMOVE_KEYBOARD });
    });
  return composer;
}

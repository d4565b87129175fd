// /start [payload]: Lucien registers the visitor and greets them; a deep link's payload (e.g. vip_<token>)
// is then handed to the feature that owns it.
import { Composer } from 'grammy';
import { registerUser } from '../../../app/users.ts';
import { zoneOf } from '../../../app/zone.ts';
import { dayPart } from '../../../domain/calendar.ts';
import type { BotContext } from '../context.ts';
import { keyboard } from '../screen.ts';
import { addressButtons } from './settings.ts';

/** Handles a /start payload after the greeting; it ignores payloads that are not its own. */
export type DeepLinkHandler = (ctx: BotContext, payload: string) => Promise<void>;

export function startFeature(deepLinks: DeepLinkHandler[] = []): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').command('start', async (ctx) => {
    const payload = ctx.match.trim().slice(0, 64) || null;
    const language = ctx.user?.language ?? ctx.locale;
    const { user, created, welcomeBonus, waitingRewards } = await registerUser(
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
    if (created) {
      // A newcomer says how they wish to be addressed; Lucien uses it everywhere from then on.
      await ctx.reply(
        ctx.t('welcome-new', {
          name: user.firstName,
          bonus: welcomeBonus,
          daypart: dayPart(ctx.app.clock.now(), zoneOf(ctx.app, user)),
        }),
        { reply_markup: keyboard(ctx, [addressButtons(ctx, 'welcome')]) },
      );
    } else {
      await ctx.reply(ctx.t('welcome-back', { name: user.firstName }));
    }
    if (waitingRewards > 0) await ctx.reply(ctx.t('channel-rewards-credited', { amount: waitingRewards }));
    if (payload) for (const handle of deepLinks) await handle(ctx, payload);
  });
  return composer;
}

// ⚙️ Configuración → 🔒 Privacidad, and /privacy: the privacy notice and terms (from the pack), a copy of one's
// data as a JSON file, and being forgotten (after a confirmation).
import { Composer, InputFile } from 'grammy';
import { exportPersonalData, forgetPerson } from '../../../app/privacy.ts';
import { actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import { keyboard, type Screen, showScreen } from '../screen.ts';
import { settingsScreen } from './settings.ts';

export function privacyScreen(ctx: BotContext): Screen {
  return {
    text: ctx.t('privacy-title'),
    keyboard: keyboard(ctx, [
      [{ label: ctx.t('privacy-export'), action: 'pvx' }],
      [{ label: ctx.t('privacy-forget'), action: 'pvf' }],
      [{ label: ctx.t('privacy-back'), action: 'pvs' }],
    ]),
  };
}

function confirmForgetScreen(ctx: BotContext): Screen {
  return {
    text: ctx.t('privacy-forget-confirm'),
    keyboard: keyboard(ctx, [
      [{ label: ctx.t('privacy-forget-yes'), action: 'pvy' }],
      [{ label: ctx.t('privacy-forget-no'), action: 'pv' }],
    ]),
  };
}

export function privacyFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  // The notice is for everyone, registered or not; who is registered gets the privacy buttons under it.
  composer.chatType('private').command(['privacy', 'privacidad'], async (ctx) => {
    if (!ctx.user) {
      await ctx.reply(ctx.t('privacy-notice'));
      return;
    }
    await showScreen(ctx, { ...privacyScreen(ctx), text: ctx.t('privacy-notice') });
  });
  composer.use(
    actionComposer({
      pv: (ctx) => showScreen(ctx, privacyScreen(ctx)),
      pvs: (ctx) => showScreen(ctx, settingsScreen(ctx)),
      pvx: async (ctx) => {
        const data = await exportPersonalData(ctx.app, ctx.user!.id);
        if (!data) return ctx.t('start-first');
        const file = new InputFile(Buffer.from(JSON.stringify(data, null, 2)), `diana-${ctx.user!.id}.json`);
        await ctx.replyWithDocument(file, { caption: ctx.t('privacy-export-caption') });
        ctx.log.info({ user_id: ctx.user!.id }, 'personal data exported');
        return ctx.t('privacy-export-sent');
      },
      pvf: (ctx) => showScreen(ctx, confirmForgetScreen(ctx)),
      pvy: async (ctx) => {
        const outcome = await forgetPerson(ctx.app, ctx.user!.id, { by: 'person' });
        if (!outcome.forgotten) return ctx.t('start-first');
        ctx.user = undefined;
        await ctx.editMessageText(ctx.t('privacy-forgotten'));
        return undefined;
      },
    }),
  );
  return composer;
}

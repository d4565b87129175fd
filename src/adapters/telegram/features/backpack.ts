// 🎒 The backpack, from Mis Besitos: what the user owns (keys, badges, consumables) and a button to use each
// consumable. The use button carries the number of the use, so a double tap uses one unit.
import type { Composer } from 'grammy';
import { backpack, useItem } from '../../../app/economy/backpack.ts';
import { actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import { type ButtonSpec, keyboard, type Screen, showScreen } from '../screen.ts';
import { backToBesitos } from './besitos.ts';

export async function backpackScreen(ctx: BotContext, notice?: string): Promise<Screen> {
  const owned = await backpack(ctx.app, ctx.user!.id);
  const lines = [ctx.t('backpack-title'), ...(notice ? [notice] : [])];
  const rows: ButtonSpec[][] = [];
  if (owned.length === 0) lines.push(ctx.t('backpack-empty'));
  for (const { item, quantity, nextUse } of owned) {
    lines.push(
      ctx.t('backpack-line', { name: ctx.t(item.name), quantity, note: ctx.t(`backpack-note-${item.kind}`) }),
    );
    if (item.kind === 'consumable') {
      rows.push([
        {
          label: ctx.t('backpack-use-button', { name: ctx.t(item.name) }),
          action: 'use',
          args: [item.id, nextUse],
        },
      ]);
    }
  }
  return { text: lines.join('\n'), keyboard: keyboard(ctx, [...rows, [backToBesitos(ctx)]]) };
}

export function backpackFeature(): Composer<BotContext> {
  return actionComposer({
    bag: async (ctx) => {
      await showScreen(ctx, await backpackScreen(ctx));
    },
    use: async (ctx, [itemId = '', useNo = '']) => {
      const result = await useItem(ctx.app, ctx.user!.id, itemId, Number(useNo));
      if (!result.ok) {
        await showScreen(ctx, await backpackScreen(ctx));
        return ctx.t('backpack-stale');
      }
      const usedKey = `item-${result.item.id}-used`;
      const name = ctx.t(result.item.name);
      const notice = ctx.app.pack.locales.has(ctx.locale, usedKey)
        ? ctx.t(usedKey)
        : ctx.t('backpack-used', { name, left: result.left });
      await showScreen(ctx, await backpackScreen(ctx, notice));
      return ctx.t('backpack-toast-used', { name });
    },
  });
}

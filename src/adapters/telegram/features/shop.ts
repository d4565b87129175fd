// 🛍️ The shop, from Mis Besitos: the items on sale with price, stock and limits, an item's page with a buy
// button that carries the order number (a double tap buys once), and a way back at every step.
import type { Composer } from 'grammy';
import { type PurchaseResult, purchaseItem, type ShopOffer, shopView } from '../../../app/economy/shop.ts';
import { actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import { keyboard, type Screen, showScreen } from '../screen.ts';
import { backToBesitos } from './besitos.ts';

type Refusal = Extract<PurchaseResult, { ok: false }>['reason'];

export async function shopScreen(ctx: BotContext, notice?: string): Promise<Screen> {
  const view = (await shopView(ctx.app, ctx.user!.id))!;
  const text = [
    ctx.t('shop-title'),
    ...(notice ? [notice] : []),
    ctx.t('shop-intro', { balance: view.player.user.balance }),
  ];
  const rows = view.offers.map((offer) => [
    { label: offerLabel(ctx, offer), action: 'item', args: [offer.item.id] },
  ]);
  return { text: text.join('\n'), keyboard: keyboard(ctx, [...rows, [backToBesitos(ctx)]]) };
}

function offerLabel(ctx: BotContext, { item, refusal, owned }: ShopOffer): string {
  const marks = [
    item.vip_only ? '💎' : '',
    refusal === 'sold_out' ? ctx.t('shop-mark-sold-out') : '',
    owned > 0 ? '✓' : '',
  ].filter(Boolean);
  return [ctx.t('shop-offer', { name: ctx.t(item.name), price: item.price }), ...marks].join(' ');
}

/** An item's page, and what the user lacks to buy it (for the refusal messages). */
async function itemPage(ctx: BotContext, itemId: string, notice?: string) {
  const view = (await shopView(ctx.app, ctx.user!.id))!;
  const offer = view.offers.find((o) => o.item.id === itemId);
  if (!offer) return undefined;
  const { item } = offer;
  const missing = Math.max(item.price - view.player.user.balance, 0);
  const lines = [
    ctx.t(item.name),
    ...(notice ? [notice] : []),
    ctx.t(item.description),
    ctx.t(`shop-kind-${item.kind}`),
    ctx.t('shop-item-price', { price: item.price, balance: view.player.user.balance }),
  ];
  if (offer.stockLeft >= 0) lines.push(ctx.t('shop-item-stock', { left: offer.stockLeft }));
  lines.push(ctx.t('shop-item-owned', { owned: offer.owned, limit: item.per_user_limit }));
  if (item.vip_only) lines.push(ctx.t('shop-item-vip'));
  if (offer.refusal) lines.push(refusalText(ctx, offer.refusal, missing));
  const buy = offer.refusal
    ? []
    : [
        [
          {
            label: ctx.t('shop-buy-button', { price: item.price }),
            action: 'buy',
            args: [item.id, view.nextOrder],
          },
        ],
      ];
  const screen: Screen = {
    text: lines.join('\n'),
    keyboard: keyboard(ctx, [
      ...buy,
      [{ label: ctx.t('shop-back-button'), action: 'shop' }],
      [backToBesitos(ctx)],
    ]),
  };
  return { screen, missing };
}

function refusalText(ctx: BotContext, reason: Refusal, missing: number): string {
  return ctx.t(`shop-refused-${reason}`, { missing });
}

export function shopFeature(): Composer<BotContext> {
  return actionComposer({
    shop: async (ctx) => {
      await showScreen(ctx, await shopScreen(ctx));
    },
    item: async (ctx, [itemId = '']) => {
      const page = await itemPage(ctx, itemId);
      if (!page) return ctx.t('shop-refused-not_for_sale');
      await showScreen(ctx, page.screen);
    },
    buy: async (ctx, [itemId = '', order = '']) => {
      const result = await purchaseItem(ctx.app, ctx.user!.id, itemId, Number(order));
      if (result.ok) {
        const name = ctx.t(result.item.name);
        const page = await itemPage(ctx, itemId, ctx.t('shop-bought', { name, balance: result.balance }));
        await showScreen(ctx, page!.screen);
        return ctx.t('shop-toast-bought', { name });
      }
      // A repeated or stale tap is explained on the page; other refusals are already part of the item's page.
      const explain = result.reason === 'repeated' || result.reason === 'stale';
      const page = await itemPage(ctx, itemId, explain ? refusalText(ctx, result.reason, 0) : undefined);
      await showScreen(ctx, page?.screen ?? (await shopScreen(ctx)));
      return refusalText(ctx, result.reason, page?.missing ?? 0);
    },
  });
}

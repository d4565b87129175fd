// 👤 Admin › Users: look a user up by id or @username, see their card, grant or revoke besitos with a reason
// ("50 compensation" typed after tapping ➕ or ➖), and undo an adjustment. All of it is audited.
import {
  type AdjustResult,
  adjustBalance,
  lookupUser,
  type UserCard,
  undoAdjustment,
  userCard,
} from '../../../app/economy/admin.ts';
import { forgetPerson } from '../../../app/privacy.ts';
import { MAX_ADJUSTMENT, parseAdjustment, parseUserQuery } from '../../../domain/admin-input.ts';
import { ledgerKeys } from '../../../domain/economy/ledger.ts';
import type { User } from '../../db/repositories/users.ts';
import type { BotContext } from '../context.ts';
import { type ButtonSpec, keyboard, type Screen, showScreen } from '../screen.ts';
import { type AdminModule, awaitAnswer, backToAdmin, forgetQuestion } from './admin.ts';
import { reasonLabel } from './besitos.ts';

type Direction = 'grant' | 'revoke';

export function displayName(user: Pick<User, 'id' | 'firstName' | 'username'>): string {
  return user.username ? `${user.firstName} (@${user.username})` : `${user.firstName} (${user.id})`;
}

async function lookupPrompt(ctx: BotContext): Promise<Screen> {
  await awaitAnswer(ctx, 'lookup');
  return {
    text: [ctx.t('admin-users-title'), ctx.t('admin-users-prompt')].join('\n'),
    keyboard: keyboard(ctx, [[backToAdmin(ctx)]]),
  };
}

function cardScreen(ctx: BotContext, card: UserCard, notice?: string, extra: ButtonSpec[][] = []): Screen {
  const { user, level, isVip, items } = card.player;
  const date = new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'medium', timeZone: ctx.app.timeZone });
  const owned = [...items].map(([id, n]) => {
    const item = ctx.app.pack.items.get(id);
    return `${item ? ctx.t(item.name) : id} ×${n}`;
  });
  const recent = card.recent.map(
    (e) => `${e.amount > 0 ? '+' : '−'}${Math.abs(e.amount)} · ${reasonLabel(ctx, e.reason)}`,
  );
  const text = [
    ...(notice ? [notice, ''] : []),
    ctx.t('admin-card', {
      name: displayName(user),
      language: user.language,
      since: date.format(user.createdAt),
      balance: user.balance,
      total: user.totalEarned,
      level,
      vip:
        isVip && user.vipUntil
          ? ctx.t('admin-card-vip-until', { until: date.format(user.vipUntil) })
          : ctx.t('admin-card-vip-none'),
      items: owned.length ? owned.join(', ') : ctx.t('admin-card-items-none'),
    }),
    ctx.t('admin-card-recent'),
    ...(recent.length ? recent : [ctx.t('besitos-none')]),
  ].join('\n');
  return {
    text,
    keyboard: keyboard(ctx, [
      ...extra,
      [
        { label: ctx.t('admin-grant-button'), action: 'aadj', args: [user.id, 'grant'] },
        { label: ctx.t('admin-revoke-button'), action: 'aadj', args: [user.id, 'revoke'] },
      ],
      [{ label: ctx.t('admin-forget-button'), action: 'aforget', args: [user.id] }],
      [{ label: ctx.t('admin-lookup-button'), action: 'adm', args: ['users'] }],
      [backToAdmin(ctx)],
    ]),
  };
}

/** What an adjustment did, in words, with the card and (for a grant or revoke) a button to undo it. */
async function showOutcome(ctx: BotContext, result: AdjustResult, undoable: boolean): Promise<void> {
  const card = result.userId === null ? undefined : await userCard(ctx.app, result.userId);
  if (!card) {
    await ctx.reply(
      ctx.t(!result.ok && result.reason === 'not_undoable' ? 'admin-not_undoable' : 'admin-unknown_user'),
    );
    return;
  }
  const name = displayName(card.player.user);
  if (!result.ok) {
    const notice =
      result.reason === 'below_zero'
        ? ctx.t('admin-below-zero', { name, amount: result.amount, balance: result.balance })
        : ctx.t(`admin-${result.reason}`);
    await showScreen(ctx, cardScreen(ctx, card, notice));
    return;
  }
  const { before, after, auditId } = result;
  const args = {
    name,
    amount: Math.abs(result.amount),
    before: before.balance,
    after: after.balance,
    audit: auditId,
  };
  const notice = ctx.t(result.amount > 0 ? 'admin-granted' : 'admin-revoked', args);
  const undo = { label: ctx.t('admin-undo-button', { audit: auditId }), action: 'aundo', args: [auditId] };
  await showScreen(ctx, cardScreen(ctx, card, notice, undoable ? [[undo]] : []));
}

export const adminUsers: AdminModule = {
  section: { id: 'users', label: 'admin-section-users', screen: lookupPrompt },
  actions: {
    aadj: async (ctx, [id = '', direction = '']) => {
      const card = Number.isSafeInteger(Number(id)) ? await userCard(ctx.app, Number(id)) : undefined;
      if (!card || (direction !== 'grant' && direction !== 'revoke')) return ctx.t('admin-unknown_user');
      await awaitAnswer(ctx, direction, card.player.user.id);
      const args = { name: displayName(card.player.user), balance: card.player.user.balance };
      await showScreen(ctx, {
        text: ctx.t(`admin-${direction}-prompt`, args),
        keyboard: keyboard(ctx, [[{ label: ctx.t('admin-cancel-button'), action: 'adm', args: ['users'] }]]),
      });
    },
    aforget: async (ctx, [id = '']) => {
      const card = Number.isSafeInteger(Number(id)) ? await userCard(ctx.app, Number(id)) : undefined;
      if (!card) return ctx.t('admin-unknown_user');
      await awaitAnswer(ctx, 'erase', card.player.user.id);
      await showScreen(ctx, {
        text: ctx.t('admin-forget-prompt', { name: displayName(card.player.user) }),
        keyboard: keyboard(ctx, [[{ label: ctx.t('admin-cancel-button'), action: 'adm', args: ['users'] }]]),
      });
      return undefined;
    },
    aundo: async (ctx, [auditId = '']) => {
      const result = await undoAdjustment(ctx.app, ctx.from!.id, Number(auditId));
      await showOutcome(ctx, result, false);
      return result.ok ? ctx.t('admin-undone', { audit: auditId }) : undefined;
    },
  },
  replies: {
    lookup: async (ctx, _session, text) => {
      const query = parseUserQuery(text);
      const card = query ? await lookupUser(ctx.app, ctx.from!.id, query) : 'bad-query';
      if (typeof card === 'string') {
        const key = card === 'unknown' ? 'admin-not-found' : `admin-${card}`;
        await ctx.reply(ctx.t(key, { query: text.trim().slice(0, 64) }));
        return;
      }
      await forgetQuestion(ctx);
      await showScreen(ctx, cardScreen(ctx, card));
    },
    // A person's request to be forgotten, carried out by an admin: the reason names the request.
    erase: async (ctx, session, text) => {
      const reason = text.trim();
      if (reason.length < 3 || reason.length > 200) {
        await ctx.reply(ctx.t('admin-forget-bad-reason'));
        return;
      }
      await forgetQuestion(ctx);
      const outcome = await forgetPerson(ctx.app, session.targetUserId ?? 0, {
        by: 'admin',
        adminId: ctx.from!.id,
        reason,
        key: `forget:${ctx.from!.id}:${ctx.message!.message_id}`,
      });
      await ctx.reply(
        outcome.forgotten
          ? ctx.t('admin-forgotten', { pseudonym: outcome.pseudonym, audit: outcome.auditId ?? 0 })
          : ctx.t('admin-unknown_user'),
      );
    },
    grant: (ctx, session, text) => adjust(ctx, session.targetUserId, 'grant', text),
    revoke: (ctx, session, text) => adjust(ctx, session.targetUserId, 'revoke', text),
  },
};

async function adjust(
  ctx: BotContext,
  userId: number | null,
  direction: Direction,
  text: string,
): Promise<void> {
  const parsed = parseAdjustment(text);
  if (typeof parsed === 'string') {
    await ctx.reply(ctx.t(`admin-bad-${parsed}`, { max: MAX_ADJUSTMENT }));
    return;
  }
  await forgetQuestion(ctx);
  const amount = direction === 'grant' ? parsed.amount : -parsed.amount;
  const result = await adjustBalance(ctx.app, {
    adminId: ctx.from!.id,
    userId: userId ?? 0,
    amount,
    reason: parsed.reason,
    key: ledgerKeys.admin(ctx.from!.id, ctx.message!.message_id),
  });
  await showOutcome(ctx, result, true);
}

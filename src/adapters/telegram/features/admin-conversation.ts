// 💬 Admin › Conversations: what talking to Diana costs today and this month against the budgets, usage per
// day and model, the consistency gate's rejection rate, and the way to the inbox of anonymous messages.
import { conversationUsage, USAGE_DAYS } from '../../../app/conversation/usage.ts';
import { openInbox } from '../../db/repositories/conversation.ts';
import type { BotContext } from '../context.ts';
import { keyboard } from '../screen.ts';
import type { AdminModule } from './admin.ts';
import { backToAdmin } from './admin.ts';

const usd = (n: number) => n.toFixed(4);

function spendLine(ctx: BotContext, key: string, p: { spentUsd: number; capUsd: number | undefined }) {
  return p.capUsd === undefined
    ? ctx.t(`${key}-unlimited`, { spent: usd(p.spentUsd) })
    : ctx.t(key, {
        spent: usd(p.spentUsd),
        cap: p.capUsd.toFixed(2),
        percent: p.capUsd > 0 ? Math.floor((p.spentUsd / p.capUsd) * 100) : 100,
      });
}

export const adminConversation: AdminModule = {
  section: {
    id: 'chat',
    label: 'admin-section-chat',
    screen: async (ctx) => {
      const [usage, inbox] = await Promise.all([conversationUsage(ctx.app), openInbox(ctx.app.db, 0)]);
      const text = [
        ctx.t('admin-chat-title'),
        ctx.t(usage.model ? 'admin-chat-model-on' : 'admin-chat-model-off'),
        spendLine(ctx, 'admin-chat-today', usage.today),
        spendLine(ctx, 'admin-chat-month', usage.month),
        ctx.t('admin-chat-gate', { ...usage.gate, days: USAGE_DAYS }),
        '',
        ctx.t('admin-chat-usage', { days: USAGE_DAYS }),
        ...(usage.rows.length
          ? usage.rows.map((r) => ctx.t('admin-chat-usage-line', { ...r, cost: usd(r.costUsd) }))
          : [ctx.t('admin-chat-usage-none')]),
      ].join('\n');
      return {
        text,
        keyboard: keyboard(ctx, [
          [{ label: ctx.t('admin-inbox-button', { open: inbox.open }), action: 'inbox' }],
          [{ label: ctx.t('admin-refresh-button'), action: 'adm', args: ['chat'] }],
          [backToAdmin(ctx)],
        ]),
      };
    },
  },
};

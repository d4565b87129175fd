// 📜 Admin › Audit log: the latest admin actions, who did what to whom, with the balance before and after.
import { auditTrail } from '../../../app/economy/admin.ts';
import { keyboard } from '../screen.ts';
import { type AdminModule, backToAdmin } from './admin.ts';

const SHOWN = 10;

export const adminAudit: AdminModule = {
  section: {
    id: 'audit',
    label: 'admin-section-audit',
    screen: async (ctx) => {
      const entries = await auditTrail(ctx.app, SHOWN);
      const date = new Intl.DateTimeFormat(ctx.locale, {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: ctx.app.timeZone,
      });
      const vipDate = (iso: unknown) =>
        typeof iso === 'string' ? date.format(new Date(iso)) : ctx.t('admin-card-vip-none');
      const lines = entries.map((e) => {
        const line = ctx.t('admin-audit-line', {
          id: e.id,
          date: date.format(e.createdAt),
          admin: e.adminId,
          action: ctx.t(`admin-action-${e.action}`),
          target: e.targetUserId ?? '—',
        });
        const change =
          e.before && e.after && 'balance' in e.before
            ? ctx.t('admin-audit-change', {
                before: Number(e.before.balance),
                after: Number(e.after.balance),
              })
            : e.before && e.after && 'vipUntil' in e.before
              ? ctx.t('admin-audit-vip-change', {
                  before: vipDate(e.before.vipUntil),
                  after: vipDate(e.after.vipUntil),
                })
              : undefined;
        return [line, change, e.reason ? `«${e.reason}»` : undefined].filter(Boolean).join(' ');
      });
      return {
        text: [
          ctx.t('admin-audit-title', { count: SHOWN }),
          ...(lines.length ? lines : [ctx.t('admin-audit-empty')]),
        ].join('\n'),
        keyboard: keyboard(ctx, [
          [{ label: ctx.t('admin-refresh-button'), action: 'adm', args: ['audit'] }],
          [backToAdmin(ctx)],
        ]),
      };
    },
  },
};

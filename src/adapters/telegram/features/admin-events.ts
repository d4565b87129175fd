// 🧯 Admin › Events: the background backlog, and the events and Telegram updates that kept failing (dead
// letters), each with a button to send it back to the queue once its cause is fixed.
import { eventBusReport, retryDeadLetter, retryDeadUpdateLetter } from '../../../app/events/dead-letters.ts';
import type { BotContext } from '../context.ts';
import { keyboard, type Screen, showScreen } from '../screen.ts';
import { type AdminModule, backToAdmin } from './admin.ts';

async function eventsScreen(ctx: BotContext): Promise<Screen> {
  const { stats, dead, updates, deadUpdates } = await eventBusReport(ctx.app);
  const lines = [
    ctx.t('admin-events-title'),
    ctx.t('admin-events-stats', stats),
    '',
    ...(dead.length
      ? dead.map((e) =>
          ctx.t('admin-events-dead-line', {
            id: e.id,
            type: e.type,
            user: e.userId ?? '—',
            attempts: e.attempts,
            error: (e.lastError ?? '').slice(0, 120),
          }),
        )
      : [ctx.t('admin-events-no-dead')]),
    '',
    ctx.t('admin-updates-stats', updates),
    ...deadUpdates.map((u) =>
      ctx.t('admin-updates-dead-line', {
        id: String(u.updateId),
        kind: Object.keys(u.body).find((key) => key !== 'update_id') ?? '—',
        attempts: u.attempts,
        error: (u.lastError ?? '').slice(0, 120),
      }),
    ),
  ];
  return {
    text: lines.join('\n'),
    keyboard: keyboard(ctx, [
      ...dead.map((e) => [
        { label: ctx.t('admin-events-retry', { id: e.id }), action: 'evretry', args: [e.id] },
      ]),
      ...deadUpdates.map((u) => [
        {
          label: ctx.t('admin-updates-retry', { id: String(u.updateId) }),
          action: 'updretry',
          args: [u.updateId],
        },
      ]),
      [{ label: ctx.t('admin-refresh-button'), action: 'adm', args: ['events'] }],
      [backToAdmin(ctx)],
    ]),
  };
}

export const adminEvents: AdminModule = {
  section: { id: 'events', label: 'admin-section-events', screen: eventsScreen },
  actions: {
    evretry: async (ctx, [id]) => {
      const retried = await retryDeadLetter(ctx.app, ctx.from!.id, Number(id));
      await showScreen(ctx, await eventsScreen(ctx));
      return ctx.t(retried ? 'admin-events-retried' : 'admin-events-not-dead');
    },
    updretry: async (ctx, [id]) => {
      const retried = await retryDeadUpdateLetter(ctx.app, ctx.from!.id, Number(id));
      await showScreen(ctx, await eventsScreen(ctx));
      return ctx.t(retried ? 'admin-events-retried' : 'admin-events-not-dead');
    },
  },
};

// What talking to Diana costs, for the admins: today's and this month's spending against the budgets, usage
// per day and model over the last week, and how often the consistency gate refused a model reply.
import { spentOn, usageSince, verdictsSince } from '../../adapters/db/repositories/conversation.ts';
import { addDays, localDate } from '../../domain/calendar.ts';
import { MICRO } from '../../domain/conversation/budget.ts';
import type { AppContext } from '../services.ts';

export const USAGE_DAYS = 7;

export async function conversationUsage(app: AppContext) {
  const now = app.clock.now();
  const today = localDate(now, app.timeZone);
  const since = addDays(today, -(USAGE_DAYS - 1));
  const [spent, rows, verdicts] = await Promise.all([
    spentOn(app.db, today),
    usageSince(app.db, since),
    verdictsSince(app.db, new Date(now.getTime() - USAGE_DAYS * 86_400_000)),
  ]);
  const budgets = app.conversation?.model?.budgets;
  return {
    model: app.conversation?.model !== undefined,
    today: { spentUsd: spent.day / MICRO, capUsd: budgets?.dailyUsd },
    month: { spentUsd: spent.month / MICRO, capUsd: budgets?.monthlyUsd },
    rows: rows.map((r) => ({ ...r, costUsd: r.costMicroUsd / MICRO })),
    gate: {
      ...verdicts,
      refusedPercent: verdicts.judged ? Math.round((verdicts.refused / verdicts.judged) * 100) : 0,
    },
  };
}

// 🎯 Misiones and 🏆 Logros: progress bars, time left for daily and weekly missions, achievements by page.
import type { Composer } from 'grammy';
import { achievementList, type GoalView, missionBoard } from '../../../app/progress/views.ts';
import { progressBar } from '../../../domain/progress/goals.ts';
import { actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import { keyboard, type Screen, showScreen } from '../screen.ts';
import { backToHome } from './home.ts';

const ACHIEVEMENTS_PER_PAGE = 8;

function timeLeft(ctx: BotContext, until: Date): string {
  const minutes = Math.max(0, Math.round((until.getTime() - ctx.app.clock.now().getTime()) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  return days > 0
    ? ctx.t('time-left-days', { days, hours })
    : ctx.t('time-left-hours', { hours, minutes: minutes % 60 });
}

function missionLine(ctx: BotContext, v: GoalView): string {
  const status = v.completedAt ? 'missions-done' : v.available ? 'missions-open' : 'missions-locked';
  return ctx.t('missions-line', {
    status: ctx.t(status),
    name: ctx.t(`mission-${v.goal.id}-name`),
    bar: progressBar(v.progress, v.goal.target),
    progress: v.progress,
    target: v.goal.target,
    reward: v.reward,
    description: ctx.t(`mission-${v.goal.id}-description`),
  });
}

export async function missionsScreen(ctx: BotContext): Promise<Screen> {
  const board = await missionBoard(ctx.app, ctx.user!.id);
  const lines = [ctx.t('missions-title'), ctx.t('missions-intro')];
  const section = (title: string, views: GoalView[]) => {
    if (views.length === 0) return;
    lines.push('', title, ...views.map((v) => missionLine(ctx, v)));
  };
  if (board) {
    section(ctx.t('missions-section-daily', { left: timeLeft(ctx, board.dailyEndsAt) }), board.daily);
    section(ctx.t('missions-section-weekly', { left: timeLeft(ctx, board.weeklyEndsAt) }), board.weekly);
    const open = board.once.filter((v) => !v.completedAt);
    section(ctx.t('missions-section-once'), open);
    if (!open.length && !board.daily.length && !board.weekly.length) lines.push('', ctx.t('missions-none'));
    section(
      ctx.t('missions-section-done'),
      board.once.filter((v) => v.completedAt),
    );
  }
  return { text: lines.join('\n'), keyboard: keyboard(ctx, [[backToHome(ctx)]]) };
}

export async function achievementsScreen(ctx: BotContext, page = 0): Promise<Screen> {
  const all = await achievementList(ctx.app, ctx.user!.id);
  const pages = Math.max(1, Math.ceil(all.length / ACHIEVEMENTS_PER_PAGE));
  const current = Math.min(Math.max(page, 0), pages - 1);
  const date = new Intl.DateTimeFormat(ctx.locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const shown = all.slice(current * ACHIEVEMENTS_PER_PAGE, (current + 1) * ACHIEVEMENTS_PER_PAGE);
  const lines = [
    ctx.t('achievements-title', { unlocked: all.filter((a) => a.completedAt).length, total: all.length }),
    ...(pages > 1 ? [ctx.t('achievements-page', { page: current + 1, pages })] : []),
    '',
    ...shown.map((v) =>
      v.completedAt
        ? ctx.t('achievements-unlocked', {
            name: ctx.t(`achievement-${v.goal.id}-name`),
            date: date.format(v.completedAt),
            description: ctx.t(`achievement-${v.goal.id}-description`),
          })
        : ctx.t('achievements-locked', {
            name: ctx.t(`achievement-${v.goal.id}-name`),
            bar: progressBar(v.progress, v.goal.target),
            progress: v.progress,
            target: v.goal.target,
            reward: v.reward,
            description: ctx.t(`achievement-${v.goal.id}-description`),
          }),
    ),
  ];
  const paging = [
    ...(current > 0 ? [{ label: ctx.t('achievements-previous'), action: 'ach', args: [current - 1] }] : []),
    ...(current < pages - 1
      ? [{ label: ctx.t('achievements-next'), action: 'ach', args: [current + 1] }]
      : []),
  ];
  return { text: lines.join('\n'), keyboard: keyboard(ctx, [paging, [backToHome(ctx)]]) };
}

export function progressFeature(): Composer<BotContext> {
  return actionComposer({
    ach: async (ctx, [page]) => showScreen(ctx, await achievementsScreen(ctx, Number(page) || 0)),
  });
}

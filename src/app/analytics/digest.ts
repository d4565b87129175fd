// The week at a glance, in a few lines for a phone: the funnel of those who arrived, people active, VIP, Stars,
// besitos, where people stop and the latest week's retention. /admin shows it up to today; Lucien's daily
// summary sends it up to yesterday.
import type { Translate } from '../../content/locales.ts';
import { addDays } from '../../domain/calendar.ts';
import type { AppContext } from '../services.ts';
import {
  activityAnalytics,
  economyAnalytics,
  funnel,
  retention,
  revenueAnalytics,
  storyAnalytics,
  vipAnalytics,
} from './analytics.ts';

const DAYS = 7;

export async function digest(app: AppContext, lastDay: string) {
  const range = { from: addDays(lastDay, -(DAYS - 1)), to: lastDay };
  const [steps, active, vip, revenue, economy, story, cohorts] = await Promise.all([
    funnel(app, range),
    activityAnalytics(app, range),
    vipAnalytics(app, range),
    revenueAnalytics(app, range),
    economyAnalytics(app, range),
    storyAnalytics(app),
    retention(app, 'week', false, { from: addDays(lastDay, -5 * DAYS), to: lastDay }),
  ]);
  const sum = <T>(rows: T[], of: (row: T) => number) => rows.reduce((total, row) => total + of(row), 0);
  return {
    range,
    funnel: Object.fromEntries(steps.map((s) => [s.step, s.people])) as Record<string, number>,
    activeLastDay: active.at(-1)?.people ?? 0,
    activeAverage: Math.round(sum(active, (d) => d.people) / DAYS),
    vip: {
      active: vip.at(-1)?.active ?? 0,
      started: sum(vip, (d) => d.started),
      ended: sum(vip, (d) => d.ended),
    },
    stars: { net: sum(revenue, (d) => d.net), payments: sum(revenue, (d) => d.payments) },
    besitos: { issued: sum(economy.issued, (d) => d.besitos), spent: sum(economy.spent, (d) => d.besitos) },
    dropoff: story.dropoff.slice(0, 3),
    retention: cohorts.at(-1),
  };
}

export type Digest = Awaited<ReturnType<typeof digest>>;

const percent = (rate: number) => Math.round(rate * 100);

export function digestLines(t: Translate, d: Digest): string[] {
  return [
    t('analytics-title', { from: d.range.from, to: d.range.to }),
    t('analytics-funnel', d.funnel),
    t('analytics-active', { day: d.range.to, people: d.activeLastDay, average: d.activeAverage }),
    t('analytics-vip', d.vip),
    t('analytics-stars', d.stars),
    t('analytics-besitos', d.besitos),
    t('analytics-dropoff', {
      nodes: d.dropoff.length
        ? d.dropoff.map((s) => `${s.node} (${s.people})`).join(', ')
        : t('analytics-none'),
    }),
    d.retention
      ? t('analytics-retention', {
          week: d.retention.cohort,
          people: d.retention.people,
          d1: percent(d.retention.d1Rate),
          d7: percent(d.retention.d7Rate),
          d30: percent(d.retention.d30Rate),
        })
      : t('analytics-retention-none'),
  ];
}

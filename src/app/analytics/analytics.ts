// What works, read from the analytics rollups (rollup.ts): the funnel from /start to VIP with the conversion
// between steps, retention by signup cohort, the story's reach, choices, endings and drop-off, the economy,
// VIP and Stars per day. The same figures serve /admin, the API and its CSV exports.
import {
  activePerDay,
  balanceBuckets,
  type CohortFigures,
  cohortFigures,
  daySums,
  dropoff,
  type FunnelCounts,
  funnelSince,
  type SignupFilter,
  storyMarks,
  vipBefore,
} from '../../adapters/db/repositories/analytics.ts';
import { addDays, localDate } from '../../domain/calendar.ts';
import type { AppContext } from '../services.ts';
import { zoneOf } from '../zone.ts';
import { BALANCE_BUCKETS } from './rollup.ts';

export const FUNNEL_STEPS = [
  'started',
  'firstFragment',
  'firstDecision',
  'chapter2',
  'chapter3',
  'vip',
] as const satisfies readonly (keyof FunnelCounts)[];

export interface FunnelStep {
  step: (typeof FUNNEL_STEPS)[number];
  people: number;
  /** Share of the previous step's people who took this one (1 for the first step; 0 when nobody was there). */
  conversion: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

function steps(counts: FunnelCounts): FunnelStep[] {
  return FUNNEL_STEPS.map((step, i) => ({
    step,
    people: counts[step],
    conversion: i === 0 ? 1 : ratio(counts[step], counts[FUNNEL_STEPS[i - 1]!]),
  }));
}

export interface FunnelFilter extends SignupFilter {
  /** Only the people who arrived from this instant on. */
  since?: Date | undefined;
}

/** The funnel of everyone (or of those who signed up in the filter's days and language). */
export async function funnel(app: AppContext, filter: FunnelFilter = {}): Promise<FunnelStep[]> {
  if (filter.since) return steps(await funnelSince(app.db, filter.since));
  const [all] = await cohortFigures(app.db, 'all', { byLanguage: false }, filter);
  return steps(all ?? { started: 0, firstFragment: 0, firstDecision: 0, chapter2: 0, chapter3: 0, vip: 0 });
}

export type CohortBy = 'day' | 'week';

/** The funnel per signup day or week (and language), each step with its conversion from the one before. */
export async function funnelCohorts(
  app: AppContext,
  by: CohortBy,
  byLanguage: boolean,
  filter: SignupFilter = {},
) {
  const rows = await cohortFigures(app.db, by, { byLanguage }, filter);
  return rows.map((r) => ({
    cohort: r.cohort,
    language: r.language,
    ...Object.fromEntries(steps(r).flatMap((s) => [[s.step, s.people] as const])),
    ...Object.fromEntries(
      steps(r)
        .slice(1)
        .map((s) => [`${s.step}Conversion`, s.conversion] as const),
    ),
  })) as Array<{ cohort: string; language: string } & Record<string, number>>;
}

/** Retention per signup week (or day): of the people who arrived, those active on their day 1, 7 and 30. */
export async function retention(
  app: AppContext,
  by: CohortBy,
  byLanguage: boolean,
  filter: SignupFilter = {},
) {
  const rows: CohortFigures[] = await cohortFigures(app.db, by, { byLanguage }, filter);
  return rows.map((r) => ({
    cohort: r.cohort,
    language: r.language,
    people: r.started,
    d1: r.d1,
    d7: r.d7,
    d30: r.d30,
    d1Rate: ratio(r.d1, r.started),
    d7Rate: ratio(r.d7, r.started),
    d30Rate: ratio(r.d30, r.started),
  }));
}

export interface StoryAnalytics {
  nodes: Array<{ node: string; people: number }>;
  /** Decisions only (nodes with more than one choice): people per choice and its share at that node. */
  choices: Array<{ node: string; choice: string; people: number; share: number }>;
  endings: Array<{ node: string; people: number }>;
  /** People by the last node they reached, endings left out (who reached one finished rather than stopped). */
  dropoff: Array<{ node: string; people: number }>;
}

export async function storyAnalytics(app: AppContext): Promise<StoryAnalytics> {
  const story = app.pack.story;
  const [reach, split, endings, stops] = await Promise.all([
    storyMarks(app.db, 'reach'),
    storyMarks(app.db, 'choice'),
    storyMarks(app.db, 'ending'),
    dropoff(app.db),
  ]);
  const decisions = split.filter((c) => (story.nodes.get(c.node)?.choices.length ?? 0) > 1);
  const totals = new Map<string, number>();
  for (const c of decisions) totals.set(c.node, (totals.get(c.node) ?? 0) + c.people);
  return {
    nodes: reach.map(({ node, people }) => ({ node, people })),
    choices: decisions.map((c) => ({ ...c, share: ratio(c.people, totals.get(c.node) ?? 0) })),
    endings: endings.map(({ node, people }) => ({ node, people })),
    dropoff: stops.filter((s) => !story.nodes.get(s.node)?.ending),
  };
}

export interface DayRange {
  from: string;
  to: string;
}

/** The days `from`..`to` as given, else the last `days` days up to today (in the deployment's zone). */
export function dayRange(app: AppContext, given: Partial<DayRange>, days = 30): DayRange {
  const to = given.to ?? localDate(app.clock.now(), zoneOf(app, null));
  return { from: given.from ?? addDays(to, -(days - 1)), to };
}

/** Besitos issued by reason and spent by item (or reason) per day, and the people per balance bucket. */
export async function economyAnalytics(app: AppContext, range: DayRange) {
  const [issued, spent, buckets] = await Promise.all([
    daySums(app.db, 'issued', range),
    daySums(app.db, 'spent', range),
    balanceBuckets(app.db),
  ]);
  const upper = (from: number) => BALANCE_BUCKETS.find((b) => b > from) ?? null;
  return {
    issued: issued.map((d) => ({ day: d.day, reason: d.key, besitos: d.amount, times: d.times })),
    spent: spent.map((d) => ({ day: d.day, item: d.key, besitos: d.amount, times: d.times })),
    balances: buckets.map((b) => ({ from: b.from, below: upper(b.from), people: b.people })),
  };
}

/** Per day: VIP memberships started, renewed and ended, and the members at the day's end. */
export async function vipAnalytics(app: AppContext, range: DayRange) {
  const [rows, before] = await Promise.all([daySums(app.db, 'vip', range), vipBefore(app.db, range.from)]);
  let members = before;
  return eachDay(range).map((day) => {
    const count = (key: string) => rows.find((r) => r.day === day && r.key === key)?.times ?? 0;
    const started = count('started');
    const ended = count('ended');
    members += started - ended;
    return { day, started, renewed: count('renewed'), ended, active: members };
  });
}

/** Stars received and refunded per day, and what stayed. */
export async function revenueAnalytics(app: AppContext, range: DayRange) {
  const rows = await daySums(app.db, 'stars', range);
  return eachDay(range).map((day) => {
    const of = (key: string) => rows.find((r) => r.day === day && r.key === key);
    const received = of('received');
    const refunded = of('refunded');
    return {
      day,
      payments: received?.times ?? 0,
      stars: received?.amount ?? 0,
      refunded: refunded?.amount ?? 0,
      net: (received?.amount ?? 0) - (refunded?.amount ?? 0),
    };
  });
}

/** People active per day (any update of theirs that local day, in their zone). */
export async function activityAnalytics(app: AppContext, range: DayRange) {
  const rows = new Map((await activePerDay(app.db, range)).map((r) => [r.day, r.people]));
  return eachDay(range).map((day) => ({ day, people: rows.get(day) ?? 0 }));
}

function eachDay(range: DayRange): string[] {
  const days: string[] = [];
  for (let day = range.from; day <= range.to && days.length < 366; day = addDays(day, 1)) days.push(day);
  return days;
}

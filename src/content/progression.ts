// `npm run content:simulate`, part two: thirty days of play for a few kinds of people, day by day, through the
// same pure rules the bot runs (story engine, activity, levels, goals, rotation, caps, the VIP multiplier),
// without a bot or a database. It fails when the game spends itself too fast (a profile has every achievement
// before day 14) or gives nothing at first (a profile has no achievement by day 3).
import { addDays } from '../domain/calendar.ts';
import { activityOf } from '../domain/economy/activity.ts';
import { capReached } from '../domain/economy/caps.ts';
import { planDailyGift } from '../domain/economy/daily-gift.ts';
import { levelFor } from '../domain/economy/levels.ts';
import { applyMultiplier } from '../domain/economy/multiplier.ts';
import type { GoalEvent } from '../domain/progress/goals.ts';
import { contribution, type Goal, isAvailable, rotation } from '../domain/progress/goals.ts';
import { periodOf } from '../domain/progress/periods.ts';
import { storyCompletion } from '../domain/story/completion.ts';
import { choiceStates } from '../domain/story/conditions.ts';
import { choose, isCompleted, newSave, restart } from '../domain/story/engine.ts';
import type { StoryPlayer, StorySave } from '../domain/story/types.ts';
import type { ContentPack } from './pack.ts';

/** What a kind of person does on one of their days (day 1 = the day they arrive). */
export interface DayOfPlay {
  gift: boolean;
  /** New story fragments read; Infinity reads on to the first ending. */
  fragments: number;
  reactions: number;
  /** Channels joined that day. */
  joins: number;
  /** Redeems a VIP token that day (VIP for the rest of the run). */
  vip: boolean;
  /** Visits Diana at night and solves the riddle of the day (where the pack has dailies). */
  dailies: boolean;
}

export interface ProgressionProfile {
  name: string;
  day: (day: number) => DayOfPlay;
}

const rest: DayOfPlay = { gift: false, fragments: 0, reactions: 0, joins: 0, vip: false, dailies: false };

export const PROGRESSION_PROFILES: readonly ProgressionProfile[] = [
  { name: 'casual', day: () => ({ ...rest, gift: true, fragments: 3 }) },
  {
    name: 'engaged',
    day: (d) => ({
      ...rest,
      gift: true,
      fragments: d === 1 ? Number.POSITIVE_INFINITY : 6,
      reactions: 8,
      joins: d === 1 ? 1 : 0,
      dailies: true,
    }),
  },
  {
    name: 'VIP',
    day: (d) => ({ ...rest, gift: true, fragments: 5, reactions: 5, joins: d === 1 ? 2 : 0, vip: d === 1 }),
  },
  { name: 'channel-only', day: (d) => ({ ...rest, reactions: 5, joins: d === 1 ? 1 : 0 }) },
];

export interface DayFigures {
  day: number;
  level: number;
  /** Besitos earned by activity so far. */
  activity: number;
  balance: number;
  /** Missions completed so far (any cadence). */
  missions: number;
  achievements: number;
}

export interface ProfileProgression {
  profile: string;
  days: DayFigures[];
  /** The day every achievement was unlocked, if it was. */
  allAchievementsDay: number | undefined;
  firstAchievementDay: number | undefined;
}

export interface ProgressionReport {
  profiles: ProfileProgression[];
  problems: string[];
}

const ZONE = 'UTC';
/** A Monday, so weeks start on the first day. */
const FIRST_DAY = '2026-01-05';

/** One person playing the pack: their story, ledger figures and goals, all in memory. */
class Person {
  activity = 0;
  balance = 0;
  missions = 0;
  achievements = 0;
  vip = false;
  save: StorySave;
  private progress = new Map<string, number>();
  private distinct = new Map<string, Set<string>>();
  private completed = new Set<string>();
  private drawn = new Map<string, Goal[]>();
  private paidToday = new Map<string, number>();
  private lastGift: { day: string; streak: number } | undefined;
  private queue: GoalEvent[] = [];
  private at = new Date(0);
  private today = FIRST_DAY;
  private dayNo = 1;
  private channels = 0;
  private reactionNo = 0;

  constructor(private readonly pack: ContentPack) {
    this.save = newSave(pack.story);
    this.award('welcome', pack.economy.rewards.welcome);
    this.emit({ type: 'UserRegistered', payload: { language: 'es', startPayload: null } });
  }

  get level(): number {
    return levelFor(this.activity, this.pack.economy.levels);
  }

  startDay(day: number): void {
    this.dayNo = day;
    this.today = addDays(FIRST_DAY, day - 1);
    this.at = new Date(`${this.today}T18:00:00Z`);
    this.paidToday.clear();
  }

  play(plan: DayOfPlay): void {
    if (plan.vip) {
      this.vip = true;
      this.emit({ type: 'VipGranted', payload: { planId: null, until: '', source: 'token' } });
    }
    for (let i = 0; i < plan.joins; i++)
      this.emit({ type: 'ChannelJoined', payload: { chatId: ++this.channels } });
    if (plan.gift) this.claimGift();
    if (plan.dailies) this.playDailies();
    for (let i = 0; i < plan.reactions; i++) this.react();
    this.read(plan.fragments);
  }

  private claimGift(): void {
    const { economy } = this.pack;
    const plan = planDailyGift(this.lastGift, this.today, {
      base: economy.rewards.daily_gift,
      streakTable: economy.streak_bonus,
    });
    if (!plan.claimable) return;
    this.lastGift = { day: plan.day, streak: plan.streak };
    const amount = this.award('daily_gift', plan.base + plan.bonus);
    this.emit({ type: 'DailyGiftClaimed', payload: { day: plan.day, streak: plan.streak, amount } });
  }

  /** The night's visit and the day's riddle, solved at the first attempt. */
  private playDailies(): void {
    const { dailies } = this.pack;
    if (!dailies) return;
    const night = this.award('nightly', dailies.nightly.reward);
    this.emit({ type: 'NightlyVisited', payload: { night: this.today, scene: '', amount: night } });
    const riddle = this.award('riddle', dailies.riddles.reward);
    this.emit({
      type: 'RiddleSolved',
      payload: { day: this.today, riddle: '', attempts: 1, amount: riddle },
    });
  }

  private react(): void {
    const messageId = ++this.reactionNo;
    this.emit({
      type: 'ReactionRecorded',
      payload: { chatId: 1, messageId, postId: messageId, emoji: '🔥' },
    });
    if (capReached(this.pack.economy.daily_caps, 'reaction', this.paidToday.get('reaction') ?? 0)) return;
    this.award('reaction', this.pack.economy.rewards.reaction);
  }

  private player(): StoryPlayer {
    return { isVip: this.vip, level: this.level, balance: this.balance, items: new Map() };
  }

  private storyDone(): boolean {
    return storyCompletion(this.pack.story, this.save, { vip: this.vip }).complete;
  }

  /** Reads `fragments` new fragments (exploring what is not read yet), or on to the first ending. */
  private read(fragments: number): void {
    const { story } = this.pack;
    let read = 0;
    let taps = 0;
    const toEnding = !Number.isFinite(fragments);
    while ((toEnding || read < fragments) && taps++ < 200 && !this.storyDone()) {
      const node = story.nodes.get(this.save.node)!;
      const open = node.ending
        ? []
        : choiceStates(node, this.save, this.player()).filter((s) => s.status === 'open');
      if (open.length === 0) {
        if (toEnding && node.ending) return;
        const again = restart(story, this.save, this.save.revision, this.player());
        if (!again.ok) return;
        this.save = again.save;
        continue;
      }
      const affordable = open.filter((s) => s.cost <= this.balance);
      const fresh = affordable.find((s) => !isCompleted(this.save, s.choice.to));
      const pick = fresh ?? affordable[0];
      if (!pick) return;
      const step = choose(
        story,
        this.save,
        { revision: this.save.revision, node: node.id, choice: pick.choice.id },
        {
          userId: 1,
          player: this.player(),
          rewards: this.pack.economy.rewards,
        },
      );
      if (!step.ok) return;
      const wasDone = this.storyDone();
      this.save = step.save;
      if (step.cost) this.balance -= step.cost.amount;
      for (const a of step.awards) this.award(a.reason, a.base);
      for (const e of step.events) {
        if (e.type === 'FragmentCompleted') read++;
        this.emit({ type: e.type, payload: e.payload as Record<string, unknown> });
      }
      if (!wasDone && this.storyDone()) this.emit({ type: 'StoryCompleted', payload: { vip: this.vip } });
      this.drain();
    }
    this.drain();
  }

  /** Pays an award as the ledger does: the VIP multiplier on the amount, activity on the base alone. */
  private award(reason: string, base: number): number {
    if (base <= 0) return 0;
    const amount = this.vip ? applyMultiplier(base, this.pack.economy.vip_multiplier) : base;
    const activity = Math.min(amount, activityOf(reason, base));
    const before = this.level;
    this.balance += amount;
    this.activity += activity;
    this.paidToday.set(reason, (this.paidToday.get(reason) ?? 0) + 1);
    this.emit({
      type: 'BesitosAwarded',
      payload: { amount, reason, key: '', balance: this.balance, activity },
    });
    if (this.level > before)
      this.emit({ type: 'LevelReached', payload: { level: this.level, from: before } });
    return amount;
  }

  private emit(event: GoalEvent): void {
    this.queue.push(event);
  }

  /** Delivers the waiting events to the goals, as the progress tracker does, until nothing more happens. */
  drain(): void {
    while (this.queue.length > 0) this.track(this.queue.shift()!);
  }

  private track(event: GoalEvent): void {
    const { progress: content } = this.pack;
    const standing = { isVip: this.vip, level: this.level, day: this.dayNo };
    for (const goal of content.byEvent.get(event.type) ?? []) {
      const c = contribution(goal, event);
      if (!c) continue;
      const period = periodOf(goal.cadence, this.at, ZONE);
      if (goal.cadence === 'once') {
        if (!isAvailable(goal, standing)) continue;
      } else {
        // Drawn once per period and kept; an empty draw is drawn again later (as the bot does).
        const key = `${goal.cadence}@${period}`;
        if (!this.drawn.has(key)) {
          const pool = content.missions.filter((m) => m.cadence === goal.cadence);
          const drawn = rotation(pool, content.rotation[goal.cadence], 1, period, standing);
          if (drawn.length > 0) this.drawn.set(key, drawn);
        }
        if (!this.drawn.get(key)?.includes(goal)) continue;
      }
      const id = `${goal.id}@${period}`;
      if (this.completed.has(id)) continue;
      let amount = 0;
      if ('distinct' in c) {
        const seen = this.distinct.get(id) ?? new Set<string>();
        this.distinct.set(id, seen);
        if (seen.has(c.distinct)) continue;
        seen.add(c.distinct);
        amount = 1;
      } else amount = c.add;
      const reached = (this.progress.get(id) ?? 0) + amount;
      this.progress.set(id, reached);
      if (reached < goal.target) continue;
      this.completed.add(id);
      const reward = this.award(goal.kind, goal.reward);
      if (goal.kind === 'mission') {
        this.missions++;
        this.emit({ type: 'MissionCompleted', payload: { missionId: goal.id, period, reward } });
      } else {
        this.achievements++;
        this.emit({ type: 'AchievementUnlocked', payload: { achievementId: goal.id, reward } });
      }
    }
  }
}

export function simulateProgression(
  pack: ContentPack,
  options: { days?: number; profiles?: readonly ProgressionProfile[] } = {},
): ProgressionReport {
  const days = options.days ?? 30;
  const total = pack.progress.achievements.length;
  const problems: string[] = [];
  const profiles = (options.profiles ?? PROGRESSION_PROFILES).map((profile): ProfileProgression => {
    const person = new Person(pack);
    const figures: DayFigures[] = [];
    for (let day = 1; day <= days; day++) {
      person.startDay(day);
      person.drain();
      person.play(profile.day(day));
      person.drain();
      figures.push({
        day,
        level: person.level,
        activity: person.activity,
        balance: person.balance,
        missions: person.missions,
        achievements: person.achievements,
      });
    }
    const allAchievementsDay = figures.find((f) => f.achievements >= total)?.day;
    const firstAchievementDay = figures.find((f) => f.achievements > 0)?.day;
    if (allAchievementsDay !== undefined && allAchievementsDay < 14) {
      problems.push(
        `profile "${profile.name}" has every achievement (${total}) on day ${allAchievementsDay}, before day 14: rewards set off one another or the targets are too low`,
      );
    }
    if (firstAchievementDay === undefined || firstAchievementDay > 3) {
      problems.push(`profile "${profile.name}" has no achievement by day 3: nothing rewards a newcomer`);
    }
    return { profile: profile.name, days: figures, allAchievementsDay, firstAchievementDay };
  });
  return { profiles, problems };
}

/** The day-by-day table: level, missions and achievements (and activity besitos) of each profile. */
export function progressionTable(report: ProgressionReport): string {
  const width = 24;
  const head = ['day'.padEnd(4), ...report.profiles.map((p) => p.profile.padEnd(width))].join(' ');
  const sub = [''.padEnd(4), ...report.profiles.map(() => 'lvl miss ach  besitos'.padEnd(width))].join(' ');
  const rows = report.profiles[0]!.days.map((_, i) =>
    [
      String(i + 1).padEnd(4),
      ...report.profiles.map((p) => {
        const f = p.days[i]!;
        return `${String(f.level).padStart(3)} ${String(f.missions).padStart(4)} ${String(f.achievements).padStart(3)} ${String(f.activity).padStart(8)}`.padEnd(
          width,
        );
      }),
    ].join(' '),
  );
  return [head, sub, ...rows].join('\n');
}

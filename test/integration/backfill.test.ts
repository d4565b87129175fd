// A creator adds an achievement after users played: the backfill gives them what their history earns, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { appendEvents, transact } from '../../src/adapters/db/repositories/events.ts';
import { EventDispatcher } from '../../src/app/events/dispatcher.ts';
import { backfill } from '../../src/app/progress/backfill.ts';
import { progressTracker } from '../../src/app/progress/tracker.ts';
import { reconcile } from '../../src/app/reconcile.ts';
import { registerUser } from '../../src/app/users.ts';
import type { ContentPack } from '../../src/content/pack.ts';
import type { ProgressContent } from '../../src/content/progress-loader.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import type { DomainEvent } from '../../src/domain/events.ts';
import type { Goal } from '../../src/domain/progress/goals.ts';
import { testApp, testPack } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';

/** The pack with its explorer achievement counting fragments (5), as the example of a goal added later. */
function withFragmentExplorer(pack: ContentPack): ContentPack {
  const explorer = (g: Goal): Goal =>
    g.id === 'story_explorer'
      ? { ...g, event: 'FragmentCompleted', where: {}, measure: { count: true }, target: 5 }
      : g;
  const { progress } = pack;
  const achievements = progress.achievements.map(explorer);
  const all = [...progress.missions, ...achievements];
  const byEvent = new Map<string, Goal[]>();
  for (const goal of all) byEvent.set(goal.event, [...(byEvent.get(goal.event) ?? []), goal]);
  return {
    ...pack,
    progress: {
      ...progress,
      achievements,
      byEvent,
      goal: (id) => all.find((g) => g.id === id),
    },
  };
}

function without(content: ProgressContent, id: string): ProgressContent {
  const keep = (g: { id: string }) => g.id !== id;
  return {
    ...content,
    missions: content.missions.filter(keep),
    achievements: content.achievements.filter(keep),
    byEvent: new Map([...content.byEvent].map(([type, goals]) => [type, goals.filter(keep)])),
    goal: (goalId) => (goalId === id ? undefined : content.goal(goalId)),
  };
}

describe.each(DATABASE_KINDS)('progress backfill (%s)', (kind) => {
  let database: Database;
  const clock = new ManualClock('2026-11-23T18:00:00Z');
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database?.close());

  it('shows, then applies once, what history earns on a new achievement', async () => {
    const full = withFragmentExplorer(testPack());
    const before: ContentPack = { ...full, progress: without(full.progress, 'story_explorer') };
    const oldApp = testApp(database, { clock, pack: before });
    const played = { 1: 6, 2: 2, 3: 0 } as Record<number, number>;
    for (const [user, fragments] of Object.entries(played)) {
      await registerUser(oldApp, { id: Number(user), firstName: 'U', language: 'es' }, null);
      const events = Array.from(
        { length: fragments },
        (_, i): DomainEvent => ({
          type: 'FragmentCompleted',
          userId: Number(user),
          payload: { node: `n${i}`, chapter: 'prologue' },
        }),
      );
      await transact(database.db, (tx) => appendEvents(tx, events));
    }
    await new EventDispatcher(oldApp, [progressTracker(oldApp)]).drain();

    const newApp = testApp(database, { clock, pack: full });
    const dry = await backfill(newApp, { dryRun: true });
    expect(dry.filter((l) => l.goalId === 'story_explorer')).toEqual([
      { userId: 1, goalId: 'story_explorer', progress: 6, target: 5, reached: true },
      { userId: 2, goalId: 'story_explorer', progress: 2, target: 5, reached: false },
    ]);
    const rewardsOf = async (user: number) =>
      database.db
        .selectFrom('transactions')
        .select('amount')
        .where('user_id', '=', user)
        .where('ref', '=', 'story_explorer')
        .execute();
    expect(await rewardsOf(1)).toEqual([]); // a dry run writes nothing

    await backfill(newApp, { dryRun: false });
    expect(await rewardsOf(1)).toEqual([{ amount: 50 }]);
    expect(await backfill(newApp, { dryRun: false })).toEqual([]);
    expect(await rewardsOf(1)).toEqual([{ amount: 50 }]);

    // Live tracking continues from the backfilled progress.
    await transact(database.db, (tx) =>
      appendEvents(
        tx,
        ['x', 'y', 'z'].map((node) => ({
          type: 'FragmentCompleted',
          userId: 2,
          payload: { node, chapter: 'prologue' },
        })),
      ),
    );
    await new EventDispatcher(newApp, [progressTracker(newApp)]).drain();
    expect(await rewardsOf(2)).toEqual([{ amount: 50 }]);
    expect((await reconcile(database.db)).problems).toEqual([]);
  });
});

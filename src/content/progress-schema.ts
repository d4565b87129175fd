// The shape of missions.yaml and achievements.yaml, turned into the domain's goals.
import { z } from 'zod';
import type { Condition, Goal, Measure } from '../domain/progress/goals.ts';

const id = z.string().regex(/^[a-z0-9_]+$/, 'lowercase letters, digits and _');
const condition: z.ZodType<Condition> = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.strictObject({
    gte: z.number().optional(),
    lte: z.number().optional(),
    in: z.array(z.union([z.string(), z.number()])).optional(),
  }),
]);

const goalSpec = z
  .strictObject({
    event: z.string().regex(/^[A-Z][A-Za-z]+$/, 'an event type such as FragmentCompleted'),
    where: z.record(z.string(), condition).default({}),
    count: z.number().int().positive().optional(),
    sum: z.string().optional(),
    distinct: z.string().optional(),
    target: z.number().int().positive().optional(),
  })
  .refine((g) => [g.count, g.sum, g.distinct].filter((x) => x !== undefined).length === 1, {
    message: 'a goal has exactly one of count, sum or distinct',
  })
  .refine((g) => g.count !== undefined || g.target !== undefined, {
    message: 'sum and distinct goals need a target',
  });

const requires = z.strictObject({
  vip: z.boolean().default(false),
  level: z.number().int().positive().default(1),
  /** From which of the person's days (1 = the day they arrived). */
  day: z.number().int().positive().optional(),
});

const missionSpec = z.strictObject({
  id,
  cadence: z.enum(['once', 'daily', 'weekly']),
  goal: goalSpec,
  reward: z.number().int().nonnegative().optional(),
  requires: requires.optional(),
});

const achievementSpec = z.strictObject({
  id,
  goal: goalSpec,
  reward: z.number().int().nonnegative().optional(),
});

const uniqueIds = (list: { id: string }[]) => new Set(list.map((x) => x.id)).size === list.length;

export const missionsFileSchema = z.strictObject({
  rotation: z.strictObject({ daily: z.number().int().nonnegative(), weekly: z.number().int().nonnegative() }),
  missions: z.array(missionSpec).refine(uniqueIds, 'mission ids must be unique'),
});

export const achievementsFileSchema = z.strictObject({
  achievements: z.array(achievementSpec).refine(uniqueIds, 'achievement ids must be unique'),
});

type GoalSpec = z.infer<typeof goalSpec>;

function measureOf(spec: GoalSpec): Measure {
  if (spec.sum !== undefined) return { sum: spec.sum };
  if (spec.distinct !== undefined) return { distinct: spec.distinct };
  return { count: true };
}

export function toGoal(
  kind: Goal['kind'],
  spec: {
    id: string;
    cadence?: Goal['cadence'];
    goal: GoalSpec;
    reward?: number | undefined;
    requires?: Goal['requires'] | undefined;
  },
  defaultReward: number,
): Goal {
  const target = spec.goal.target ?? spec.goal.count!;
  return {
    id: spec.id,
    kind,
    cadence: spec.cadence ?? 'once',
    event: spec.goal.event,
    where: spec.goal.where,
    measure: measureOf(spec.goal),
    target,
    reward: spec.reward ?? defaultReward,
    requires: spec.requires ?? { vip: false, level: 1 },
  };
}

// Loads missions.yaml and achievements.yaml into goals, indexed by the event that moves them.
import { join } from 'node:path';
import type { Goal } from '../domain/progress/goals.ts';
import { parseWith } from './parse.ts';
import { achievementsFileSchema, missionsFileSchema, toGoal } from './progress-schema.ts';
import { ContentError, readYaml } from './yaml-source.ts';

export interface ProgressContent {
  missions: readonly Goal[];
  achievements: readonly Goal[];
  /** How many daily and weekly missions each user gets per period. */
  rotation: { daily: number; weekly: number };
  /** Every goal an event type can move. */
  byEvent: ReadonlyMap<string, readonly Goal[]>;
  /** A goal by its id (ids are unique across missions and achievements). */
  goal(id: string): Goal | undefined;
  /** Where a goal's field is written (`event`, `sum`, `where.level` ...), for diagnostics. */
  whereIs(id: string, field: string): { file: string; line: number };
}

export function loadProgress(
  dir: string,
  rewards: { mission: number; achievement: number },
): ProgressContent {
  const missionsFile = join(dir, 'missions.yaml');
  const achievementsFile = join(dir, 'achievements.yaml');
  const missionsSource = readYaml(missionsFile);
  const achievementsSource = readYaml(achievementsFile);
  const missionSpecs = parseWith(missionsSource, missionsFileSchema);
  const achievementSpecs = parseWith(achievementsSource, achievementsFileSchema).achievements;

  const missions = missionSpecs.missions.map((m) => toGoal('mission', m, rewards.mission));
  const achievements = achievementSpecs.map((a) => toGoal('achievement', a, rewards.achievement));
  const all = [...missions, ...achievements];
  const ids = new Map(all.map((g) => [g.id, g]));
  if (ids.size !== all.length) {
    throw new ContentError([
      {
        file: achievementsSource.file,
        line: 1,
        message: 'an achievement has the id of a mission; ids must be unique',
      },
    ]);
  }
  const byEvent = new Map<string, Goal[]>();
  for (const goal of all) byEvent.set(goal.event, [...(byEvent.get(goal.event) ?? []), goal]);
  const whereIs = (id: string, field: string) => {
    const mission = missionSpecs.missions.findIndex((m) => m.id === id);
    const [source, list, index] =
      mission >= 0
        ? [missionsSource, 'missions', mission]
        : [achievementsSource, 'achievements', achievementSpecs.findIndex((a) => a.id === id)];
    return { file: source.file, line: source.lineOf([list, index, 'goal', ...field.split('.')]) };
  };
  return {
    missions,
    achievements,
    rotation: missionSpecs.rotation,
    byEvent,
    goal: (id) => ids.get(id),
    whereIs,
  };
}

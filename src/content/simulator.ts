// `npm run content:simulate`: plays the pure story engine the way users would, without a bot or a database.
// Every branch is walked (bounded) under several user states (VIP or not, levels, a story key), plus seeded
// random playthroughs. It reports node, choice and ending coverage and the besitos each path earns, and
// fails when a node is never reached in practice or a path gets stuck.
import { levelFor } from '../domain/economy/levels.ts';
import { applyMultiplier } from '../domain/economy/multiplier.ts';
import { choiceStates } from '../domain/story/conditions.ts';
import { choose, newSave } from '../domain/story/engine.ts';
import type { StoryPlayer, StorySave } from '../domain/story/types.ts';
import type { ContentPack } from './pack.ts';
import { type Spread, spread } from './stats.ts';
import type { Diagnostic } from './yaml-source.ts';

/** A kind of user: what they start with when they open the story. */
export interface Profile {
  name: string;
  vip: boolean;
  /** Total besitos earned before the story (sets the level). */
  earned: number;
  balance: number;
  items: readonly string[];
}

function defaultProfiles(pack: ContentPack): Profile[] {
  const welcome = pack.economy.rewards.welcome;
  return [
    { name: 'new visitor', vip: false, earned: welcome, balance: welcome, items: [] },
    { name: 'new VIP', vip: true, earned: welcome, balance: welcome, items: [] },
    { name: 'regular with the key', vip: false, earned: 600, balance: 150, items: ['llave_jardin_secreto'] },
    {
      name: 'VIP veteran with the key',
      vip: true,
      earned: 1600,
      balance: 400,
      items: ['llave_jardin_secreto'],
    },
  ].map((p) => ({ ...p, items: p.items.filter((i) => pack.items.has(i)) }));
}

export interface SimulationOptions {
  profiles?: Profile[];
  /** Random playthroughs per profile. */
  runs?: number;
  seed?: number;
  /** Bound on the paths walked per profile by the every-branch walk. */
  maxPaths?: number;
  /** Bound on the steps of one path (a longer one is reported as a loop). */
  maxSteps?: number;
}

export interface ProfileReport {
  profile: Profile;
  paths: number;
  /** False when the walk stopped at maxPaths before trying every branch. */
  exhaustive: boolean;
  endings: Record<string, number>;
  earned: Spread;
  randomRuns: number;
  randomEndings: Record<string, number>;
}

export interface SimulationReport {
  profiles: ProfileReport[];
  nodes: { reached: number; total: number; missing: string[] };
  choices: { taken: number; total: number; missing: string[] };
  endings: { reached: number; total: number };
  diagnostics: Diagnostic[];
}

interface Walker {
  save: StorySave;
  player: StoryPlayer;
  earned: number;
  path: string[];
}

/** The every-branch walk goes round a loop once more at most, so it stays finite on stories with loops. */
const MAX_VISITS_PER_PATH = 2;

export function simulate(pack: ContentPack, options: SimulationOptions = {}): SimulationReport {
  const { story, storySource: source } = pack;
  const profiles = options.profiles ?? defaultProfiles(pack);
  const maxSteps = options.maxSteps ?? 200;
  const random = mulberry32(options.seed ?? 20260115);
  const nodesReached = new Set<string>();
  const choicesTaken = new Set<string>();
  const problems = new Map<string, Diagnostic>();
  const fail = (ref: string, message: string) =>
    problems.set(message, { file: source.file, line: source.line(ref), message });

  const open = (w: Walker) => {
    const node = story.nodes.get(w.save.node)!;
    return choiceStates(node, w.save, w.player).filter((s) => s.status === 'open');
  };
  const step = (w: Walker, profile: Profile, choice: string): Walker => {
    const result = choose(
      story,
      w.save,
      { revision: w.save.revision, node: w.save.node, choice },
      {
        userId: 1,
        player: w.player,
        rewards: pack.economy.rewards,
      },
    );
    if (!result.ok) throw new Error(`the engine refused an open choice: ${w.save.node}.${choice}`);
    choicesTaken.add(`${w.save.node}.${choice}`);
    const paid = result.awards.reduce(
      (sum, a) => sum + (profile.vip ? applyMultiplier(a.base, pack.economy.vip_multiplier) : a.base),
      0,
    );
    const items = new Map(w.player.items);
    for (const item of result.grants) items.set(item, (items.get(item) ?? 0) + 1);
    const earned = w.earned + paid;
    nodesReached.add(result.save.node);
    return {
      save: result.save,
      earned,
      path: [...w.path, result.save.node],
      player: {
        isVip: profile.vip,
        level: levelFor(profile.earned + earned, pack.economy.levels),
        balance: w.player.balance + paid - (result.cost?.amount ?? 0),
        items,
      },
    };
  };
  const start = (profile: Profile): Walker => {
    const save = newSave(story);
    nodesReached.add(save.node);
    return {
      save,
      earned: 0,
      path: [save.node],
      player: {
        isVip: profile.vip,
        level: levelFor(profile.earned, pack.economy.levels),
        balance: profile.balance,
        items: new Map(profile.items.map((i) => [i, 1])),
      },
    };
  };
  /** True when the walker is at an ending; reports a stuck or looping path and returns false otherwise. */
  const finished = (w: Walker, profile: Profile): boolean | undefined => {
    if (story.nodes.get(w.save.node)!.ending) return true;
    if (w.path.length > maxSteps) {
      fail(
        `node:${w.save.node}`,
        `profile "${profile.name}" loops: ${maxSteps} steps without an ending (${trail(w.path)})`,
      );
      return false;
    }
    if (open(w).length === 0) {
      fail(
        `node:${w.save.node}`,
        `profile "${profile.name}" gets stuck at "${w.save.node}": no choice is open (${trail(w.path)})`,
      );
      return false;
    }
    return undefined;
  };

  const reports = profiles.map((profile): ProfileReport => {
    const earnedPerPath: number[] = [];
    const endings: Record<string, number> = {};
    const maxPaths = options.maxPaths ?? 100_000;
    let paths = 0;
    const stack = [start(profile)];
    while (stack.length > 0 && paths < maxPaths) {
      const w = stack.pop()!;
      const done = finished(w, profile);
      if (done !== undefined) {
        paths++;
        if (done) {
          endings[w.save.node] = (endings[w.save.node] ?? 0) + 1;
          earnedPerPath.push(w.earned);
        }
        continue;
      }
      for (const s of open(w).reverse()) {
        const next = step(w, profile, s.choice.id);
        if (w.path.filter((id) => id === next.save.node).length < MAX_VISITS_PER_PATH) stack.push(next);
      }
    }
    const runs = options.runs ?? 200;
    const randomEndings: Record<string, number> = {};
    for (let run = 0; run < runs; run++) {
      let w = start(profile);
      while (finished(w, profile) === undefined) {
        const choices = open(w);
        w = step(w, profile, choices[Math.floor(random() * choices.length)]!.choice.id);
      }
      if (story.nodes.get(w.save.node)!.ending)
        randomEndings[w.save.node] = (randomEndings[w.save.node] ?? 0) + 1;
    }
    return {
      profile,
      paths,
      exhaustive: stack.length === 0,
      endings,
      earned: spread(earnedPerPath),
      randomRuns: runs,
      randomEndings,
    };
  });

  const allNodes = [...story.nodes.keys()];
  const allChoices = [...story.nodes.values()].flatMap((n) => n.choices.map((c) => `${n.id}.${c.id}`));
  const missingNodes = allNodes.filter((id) => !nodesReached.has(id));
  for (const id of missingNodes) {
    fail(
      `node:${id}`,
      `node "${id}" is never reached in practice by any profile (${profiles.map((p) => p.name).join(', ')})`,
    );
  }
  // Every choice, too, must be taken by some profile: a button nobody can ever press is as much a bug.
  for (const ref of allChoices.filter((c) => !choicesTaken.has(c))) {
    fail(
      `choice:${ref}`,
      `choice "${ref}" is never taken in practice by any profile (${profiles.map((p) => p.name).join(', ')})`,
    );
  }
  const endingIds = allNodes.filter((id) => story.nodes.get(id)!.ending);
  return {
    profiles: reports,
    nodes: { reached: allNodes.length - missingNodes.length, total: allNodes.length, missing: missingNodes },
    choices: {
      taken: allChoices.filter((c) => choicesTaken.has(c)).length,
      total: allChoices.length,
      missing: allChoices.filter((c) => !choicesTaken.has(c)),
    },
    endings: { reached: endingIds.filter((id) => nodesReached.has(id)).length, total: endingIds.length },
    diagnostics: [...problems.values()],
  };
}

function trail(path: readonly string[]): string {
  return path.length > 8
    ? `${path.slice(0, 3).join(' > ')} > … > ${path.slice(-4).join(' > ')}`
    : path.join(' > ');
}

/** A small seeded PRNG, so random playthroughs are the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

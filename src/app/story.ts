// The story use-cases, each ONE transaction: open the story where the user left it, take a choice, begin
// again. The save row is locked first, so concurrent taps of one button apply once; the engine decides; the
// save, the besitos (through the ledger, with idempotency keys) and the events are written together.
import type { Executor } from '../adapters/db/database.ts';
import { appendEvents, transact } from '../adapters/db/repositories/events.ts';
import { recordExposure } from '../adapters/db/repositories/experiments.ts';
import { changeItem, ownedItems } from '../adapters/db/repositories/inventory.ts';
import { createAndLockSave, lockSave, writeSave } from '../adapters/db/repositories/story.ts';
import { lockUser } from '../adapters/db/repositories/users.ts';
import { InsufficientBesitos } from '../domain/economy/ledger.ts';
import { storyCompletion } from '../domain/story/completion.ts';
import { type ChoiceState, choiceStates, type Lock } from '../domain/story/conditions.ts';
import {
  choose,
  jumpToChapter,
  newSave,
  restart,
  resume,
  type Step,
  type StepResult,
  type Tap,
} from '../domain/story/engine.ts';
import type { Chapter, StoryNode, StoryPlayer, StorySave } from '../domain/story/types.ts';
import { nodeSeenBy, storySeenBy } from '../domain/story/variants.ts';
import { award, spend } from './ledger.ts';
import { loadPlayer } from './player.ts';
import type { AppContext } from './services.ts';

/** Everything a story screen shows. */
export interface StoryView {
  save: StorySave;
  node: StoryNode;
  chapter: Chapter;
  choices: ChoiceState[];
  /** Not an ending, yet no choice is open to this user: the screen offers to begin again. */
  stuck: boolean;
  player: StoryPlayer;
  /** The save's node left the pack and the user was moved to its fallback. */
  moved: boolean;
}

export type StoryOutcome =
  | { kind: 'applied'; view: StoryView; earned: number; spent: number }
  | { kind: 'stale'; view: StoryView }
  | { kind: 'locked'; lock: Lock; view: StoryView };

export async function openStory(app: AppContext, userId: number): Promise<StoryView> {
  return transact(app.db, async (tx) => {
    const { save, moved } = await currentSave(tx, app, userId);
    return viewOf(tx, app, userId, save, moved);
  });
}

export async function chooseInStory(app: AppContext, userId: number, tap: Tap): Promise<StoryOutcome> {
  // A node under experiment is decided as this person sees it (their variant's choices).
  return applying(app, userId, (save, player) =>
    choose(storySeenBy(app.pack.story, save.node, userId), save, tap, {
      userId,
      player,
      rewards: app.pack.economy.rewards,
    }),
  );
}

export async function restartStory(app: AppContext, userId: number, revision: number): Promise<StoryOutcome> {
  return applying(app, userId, (save, player) => restart(app.pack.story, save, revision, player));
}

/** From the 📖 Diario: to the start of a chapter this person may open (a new run there, paying nothing again). */
export async function jumpInStory(
  app: AppContext,
  userId: number,
  to: { revision: number; chapter: string },
): Promise<StoryOutcome> {
  return applying(app, userId, (save, player) => jumpToChapter(app.pack.story, save, to, player));
}

/** Runs one engine step in one transaction and writes everything it decided. */
async function applying(
  app: AppContext,
  userId: number,
  decide: (save: StorySave, player: StoryPlayer) => StepResult,
): Promise<StoryOutcome> {
  try {
    return await transact(app.db, async (tx) => {
      const { save, moved } = await currentSave(tx, app, userId);
      const player = await storyPlayer(tx, app, userId);
      const result = decide(save, player);
      if (!result.ok) {
        const view = await viewOf(tx, app, userId, save, moved);
        return result.refusal === 'locked'
          ? { kind: 'locked', lock: result.lock, view }
          : { kind: 'stale', view };
      }
      const { earned, spent } = await write(tx, app, userId, save.revision, result);
      if (completesTheStory(app, save, result.save, player)) {
        await appendEvents(tx, [
          { type: 'StoryCompleted', userId, at: app.clock.now(), payload: { vip: player.isVip } },
        ]);
      }
      return { kind: 'applied', view: await viewOf(tx, app, userId, result.save, false), earned, spent };
    });
  } catch (error) {
    // The balance changed between the screen and the tap; the spend rolled the whole step back.
    if (!(error instanceof InsufficientBesitos)) throw error;
    return {
      kind: 'locked',
      lock: { kind: 'besitos', amount: error.needed },
      view: await openStory(app, userId),
    };
  }
}

async function write(tx: Executor, app: AppContext, userId: number, from: number, step: Step) {
  if (!(await writeSave(tx, userId, from, step.save))) {
    throw new Error(`story save of user ${userId} changed while locked`);
  }
  const now = app.clock.now();
  await appendEvents(
    tx,
    step.events.map((e) => ({ ...e, at: now })),
  );
  let spent = 0;
  if (step.cost) {
    await spend(tx, app.pack, {
      userId,
      amount: step.cost.amount,
      reason: step.cost.reason,
      key: step.cost.key,
      ref: step.cost.ref,
    });
    spent = step.cost.amount;
  }
  let earned = 0;
  for (const a of step.awards) earned += (await award(tx, app.pack, now, { userId, ...a })).amount;
  for (const item of step.grants) await grantItem(tx, app, userId, item);
  return { earned, spent };
}

/** True for the step after which every fragment and ending available to the user has been seen. */
function completesTheStory(
  app: AppContext,
  before: StorySave,
  after: StorySave,
  player: StoryPlayer,
): boolean {
  const options = { vip: player.isVip };
  return (
    storyCompletion(app.pack.story, after, options).complete &&
    !storyCompletion(app.pack.story, before, options).complete
  );
}

/**
 * Gives an item unless the user already holds as many as the catalog allows. The user's lock, which the shop
 * takes too, keeps a purchase at the same moment from slipping past the limit.
 */
async function grantItem(tx: Executor, app: AppContext, userId: number, itemId: string): Promise<void> {
  await lockUser(tx, userId);
  const limit = app.pack.items.get(itemId)?.per_user_limit ?? 1;
  const owned = (await ownedItems(tx, userId)).get(itemId) ?? 0;
  if (owned < limit) await changeItem(tx, userId, itemId, 1);
}

/** The user's save, locked, created on the first visit and moved to the current content if needed. */
async function currentSave(tx: Executor, app: AppContext, userId: number) {
  const stored =
    (await lockSave(tx, userId)) ?? (await createAndLockSave(tx, userId, newSave(app.pack.story)));
  const resumed = resume(app.pack.story, stored);
  if (resumed.moved) await writeSave(tx, userId, stored.revision, resumed.save);
  await restoreGrants(tx, app, userId, resumed.save);
  return resumed;
}

/**
 * What the save's earlier choices grant stays with the user: a keepsake (never a consumable, meant to be used
 * up) that a taken choice grants and the user lacks is given again. A save from before the pack changed what a
 * choice grants (the garden letter was once the shop's scented letter) so gets the item the story now names.
 */
async function restoreGrants(tx: Executor, app: AppContext, userId: number, save: StorySave): Promise<void> {
  const { nodes } = app.pack.story;
  const granted = save.taken.flatMap((ref) => {
    const [node = '', choice = ''] = ref.split('.');
    const grant = nodes.get(node)?.choices.find((c) => c.id === choice)?.effects.grant;
    const item = grant === undefined ? undefined : app.pack.items.get(grant);
    return item && item.kind !== 'consumable' ? [item.id] : [];
  });
  if (granted.length === 0) return;
  const owned = await ownedItems(tx, userId);
  for (const itemId of new Set(granted)) if (!owned.get(itemId)) await grantItem(tx, app, userId, itemId);
}

/** The person as story conditions see them. */
export async function storyPlayer(tx: Executor, app: AppContext, userId: number): Promise<StoryPlayer> {
  const player = await loadPlayer(tx, app.pack, userId, app.clock.now());
  if (!player) throw new Error(`user ${userId} is not registered`);
  return { isVip: player.isVip, level: player.level, balance: player.user.balance, items: player.items };
}

async function viewOf(
  tx: Executor,
  app: AppContext,
  userId: number,
  save: StorySave,
  moved: boolean,
): Promise<StoryView> {
  const { story } = app.pack;
  const { node, variant } = nodeSeenBy(story.nodes.get(save.node)!, userId);
  if (variant !== undefined) await exposed(tx, app, userId, node, variant);
  const player = await storyPlayer(tx, app, userId);
  const choices = choiceStates(node, save, player);
  return {
    save,
    node,
    chapter: story.chapters.get(node.chapter)!,
    choices,
    stuck: !node.ending && !choices.some((c) => c.status === 'open'),
    player,
    moved,
  };
}

/** The first time a person is shown a node under experiment: its exposure, and a StoryVariantExposed. */
async function exposed(tx: Executor, app: AppContext, userId: number, node: StoryNode, variant: string) {
  const at = app.clock.now();
  if (!(await recordExposure(tx, { userId, node: node.id, variant, at }))) return;
  await appendEvents(tx, [
    { type: 'StoryVariantExposed', userId, at, payload: { node: node.id, chapter: node.chapter, variant } },
  ]);
}

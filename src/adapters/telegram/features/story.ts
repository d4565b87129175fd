// 💋 Continuar Historia: the story screen for the home menu, and the buttons that move the story. Every
// button carries the save revision it was drawn for; a stale or replayed one gets Lucien's note and the
// current fragment, and changes nothing.
import type { Composer } from 'grammy';
import {
  chooseInStory,
  jumpInStory,
  openStory,
  restartStory,
  type StoryOutcome,
} from '../../../app/story.ts';
import { actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import { type Screen, showScreen } from '../screen.ts';
import { lockMessage, renderStory, STORY_ACTIONS } from './story-screen.ts';

export async function storyScreen(ctx: BotContext): Promise<Screen> {
  return renderStory(ctx, await openStory(ctx.app, ctx.user!.id));
}

export function storyFeature(): Composer<BotContext> {
  return actionComposer({
    [STORY_ACTIONS.choose]: async (ctx, [revision, node, choice]) => {
      const rev = parseRevision(revision);
      if (rev === undefined || !node || !choice) return ctx.t('button-unknown');
      return answer(ctx, await chooseInStory(ctx.app, ctx.user!.id, { revision: rev, node, choice }));
    },
    [STORY_ACTIONS.restart]: async (ctx, [revision]) => {
      const rev = parseRevision(revision);
      if (rev === undefined) return ctx.t('button-unknown');
      return answer(ctx, await restartStory(ctx.app, ctx.user!.id, rev));
    },
    [STORY_ACTIONS.jump]: async (ctx, [revision, chapter]) => {
      const rev = parseRevision(revision);
      if (rev === undefined || !chapter) return ctx.t('button-unknown');
      return answer(ctx, await jumpInStory(ctx.app, ctx.user!.id, { revision: rev, chapter }));
    },
  });
}

/** Shows the fragment the user is at now, and returns the toast for the tap. */
async function answer(ctx: BotContext, outcome: StoryOutcome): Promise<string> {
  const step = outcome.kind === 'applied' ? outcome : undefined;
  const lock = outcome.kind === 'locked' ? outcome.lock : undefined;
  await showScreen(ctx, renderStory(ctx, outcome.view, step, lock));
  if (outcome.kind === 'stale') return ctx.t('story-stale');
  if (outcome.kind === 'locked') return lockMessage(ctx, outcome.lock, outcome.view);
  return outcome.earned > 0 ? ctx.t('story-toast-earned', { amount: outcome.earned }) : '';
}

function parseRevision(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

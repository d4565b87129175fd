// How a story fragment looks in Telegram: chapter, speaker and text (under its image, if any), the besitos
// the last step earned, one button per visible choice (locked ones say why), and the way back to the menu.
import type { StoryView } from '../../../app/story.ts';
import type { ChoiceState, Lock } from '../../../domain/story/conditions.ts';
import { isCompleted } from '../../../domain/story/engine.ts';
import type { BotContext } from '../context.ts';
import { type ButtonSpec, keyboard, type Screen } from '../screen.ts';
import { diaryButton } from './diary.ts';
import { backToHome } from './home.ts';

/**
 * Button actions: take a choice (`revision, node, choice`), begin again (`revision`), jump to the start of a
 * chapter from the 📖 Diario (`revision, chapter`).
 */
export const STORY_ACTIONS = { choose: 'st', restart: 'sr', jump: 'sj' } as const;

export interface StepSummary {
  earned: number;
  spent: number;
}

/**
 * `lock`: the lock of a choice just tapped; where something can open it (VIP, or the shop for an item or
 * besitos) the screen offers the way there.
 */
export function renderStory(ctx: BotContext, view: StoryView, step?: StepSummary, lock?: Lock): Screen {
  const { node, save } = view;
  const lines = [ctx.t('story-header', { chapter: ctx.t(view.chapter.title) })];
  if (view.moved) lines.push(ctx.t('story-moved-note'));
  lines.push('');
  if (node.speaker !== 'narration') lines.push(ctx.t(`story-speaker-${node.speaker}`));
  lines.push(ctx.t(node.text));
  if (node.ending) lines.push('', ctx.t('story-ending'));
  else if (view.stuck) lines.push('', ctx.t('story-stuck'));
  const balance = view.player.balance;
  if (step && (step.earned > 0 || step.spent > 0)) lines.push('');
  if (step && step.spent > 0) lines.push(ctx.t('story-spent', { amount: step.spent, balance }));
  if (step && step.earned > 0) lines.push(ctx.t('story-earned', { amount: step.earned, balance }));

  const rows: ButtonSpec[][] = view.choices.map((state) => [
    {
      label: choiceLabel(ctx, state, view),
      action: STORY_ACTIONS.choose,
      args: [save.revision, node.id, state.choice.id],
    },
  ]);
  if (node.ending || view.stuck) {
    rows.push([{ label: ctx.t('story-restart'), action: STORY_ACTIONS.restart, args: [save.revision] }]);
  }
  const opener = lock && lockOpener(ctx, lock);
  if (opener) rows.push([opener]);
  // Once something was read, the 📖 Diario reads it again.
  const read = save.visited.some((id) => id !== node.id && isCompleted(save, id)) || save.endings.length > 0;
  rows.push(read ? [diaryButton(ctx), backToHome(ctx)] : [backToHome(ctx)]);
  return { text: lines.join('\n'), keyboard: keyboard(ctx, rows), photo: node.image };
}

/** The screen that can open a lock: 💎 VIP for VIP chapters, 🛍️ Tienda for an item or besitos. */
function lockOpener(ctx: BotContext, lock: Lock): ButtonSpec | undefined {
  if (lock.kind === 'vip') return { label: ctx.t('menu-vip'), action: 'nav', args: ['vip'] };
  if (lock.kind === 'item' || lock.kind === 'besitos')
    return { label: ctx.t('besitos-shop-button'), action: 'shop' };
  return undefined;
}

function choiceLabel(ctx: BotContext, state: ChoiceState, view: StoryView): string {
  const label = ctx.t(state.choice.text);
  if (state.status === 'locked') {
    return ctx.t('story-choice-locked', { lock: lockText(ctx, 'lock', state.lock, view), label });
  }
  return state.cost > 0 ? ctx.t('story-choice-cost', { label, cost: state.cost }) : label;
}

/** Lucien's explanation when a locked choice is tapped. */
export function lockMessage(ctx: BotContext, lock: Lock, view: StoryView): string {
  return lockText(ctx, 'locked', lock, view);
}

/** A lock as a button prefix (`story-lock-*`) or as Lucien's explanation (`story-locked-*`). */
function lockText(ctx: BotContext, form: 'lock' | 'locked', lock: Lock, view: StoryView): string {
  switch (lock.kind) {
    case 'vip':
      return ctx.t(`story-${form}-vip`);
    case 'level':
      return ctx.t(`story-${form}-level`, { level: lock.level });
    case 'item': {
      const item = ctx.app.pack.items.get(lock.item);
      return ctx.t(`story-${form}-item`, { item: item ? ctx.t(item.name) : lock.item });
    }
    case 'besitos':
      return ctx.t(`story-${form}-besitos`, { amount: lock.amount, balance: view.player.balance });
    case 'relationship':
      return ctx.t(`story-${form}-relationship`, { value: lock.value, current: view.save.relationship });
    default:
      return ctx.t(`story-${form}-other`);
  }
}

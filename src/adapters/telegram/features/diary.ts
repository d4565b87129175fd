// 📖 Diario: a list of the fragments already read (by page), each one to read again without paying again, and
// the chapters this person may jump to (the jump itself is a story button: STORY_ACTIONS.jump).
import type { Composer } from 'grammy';
import { diary, diaryChapters, diaryEntry } from '../../../app/diary.ts';
import type { StoryNode } from '../../../domain/story/types.ts';
import { actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import { type ButtonSpec, keyboard, type Screen, showScreen } from '../screen.ts';
import { backToHome } from './home.ts';
import { STORY_ACTIONS } from './story-screen.ts';

export const DIARY_ACTIONS = { list: 'dy', read: 'dr', chapters: 'dc' } as const;
const PER_PAGE = 8;
const LABEL_CHARS = 40;

export function diaryButton(ctx: BotContext): ButtonSpec {
  return { label: ctx.t('diary-button'), action: DIARY_ACTIONS.list, args: [0] };
}

/** A fragment's button: its first words. */
function entryLabel(ctx: BotContext, n: number, node: StoryNode): string {
  const text = ctx.t(node.text).replace(/\s+/g, ' ').trim();
  const words = text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…` : text;
  return `${n}. ${words}`;
}

async function diaryScreen(ctx: BotContext, page: number): Promise<Screen> {
  const read = await diary(ctx.app, ctx.user!.id);
  const pages = Math.max(1, Math.ceil(read.length / PER_PAGE));
  const current = Math.min(Math.max(page, 0), pages - 1);
  const shown = read.slice(current * PER_PAGE, (current + 1) * PER_PAGE);
  const paging: ButtonSpec[] = [
    ...(current > 0
      ? [{ label: ctx.t('achievements-previous'), action: DIARY_ACTIONS.list, args: [current - 1] }]
      : []),
    ...(current < pages - 1
      ? [{ label: ctx.t('achievements-next'), action: DIARY_ACTIONS.list, args: [current + 1] }]
      : []),
  ];
  return {
    text: read.length
      ? ctx.t('diary-title', { count: read.length, page: current + 1, pages })
      : ctx.t('diary-empty'),
    keyboard: keyboard(ctx, [
      ...shown.map((node, i) => [
        {
          label: entryLabel(ctx, current * PER_PAGE + i + 1, node),
          action: DIARY_ACTIONS.read,
          args: [node.id, current],
        },
      ]),
      paging,
      read.length ? [{ label: ctx.t('diary-chapters'), action: DIARY_ACTIONS.chapters }] : [],
      [{ label: ctx.t('menu-story'), action: 'nav', args: ['story'] }, backToHome(ctx)],
    ]),
  };
}

/**
 * The chapters to jump to: open ones go to their start; a VIP chapter shows locked for anyone else, and its
 * button answers as a locked choice does (Lucien's note and the way to 💎 VIP).
 */
async function chaptersScreen(ctx: BotContext): Promise<Screen> {
  const offered = await diaryChapters(ctx.app, ctx.user!.id);
  const rows: ButtonSpec[][] = (offered?.chapters ?? []).map(({ chapter, status }) => [
    {
      label: ctx.t(status === 'open' ? 'diary-chapter-open' : 'diary-chapter-locked', {
        chapter: ctx.t(chapter.title),
      }),
      action: STORY_ACTIONS.jump,
      args: [offered!.revision, chapter.id],
    },
  ]);
  return {
    text: ctx.t('diary-chapters-title'),
    keyboard: keyboard(ctx, [
      ...rows,
      [{ label: ctx.t('diary-back'), action: DIARY_ACTIONS.list, args: [0] }],
    ]),
  };
}

function entryScreen(ctx: BotContext, node: StoryNode, page: number): Screen {
  const chapter = ctx.app.pack.story.chapters.get(node.chapter);
  const lines = [ctx.t('diary-entry-header', { chapter: chapter ? ctx.t(chapter.title) : node.chapter }), ''];
  if (node.speaker !== 'narration') lines.push(ctx.t(`story-speaker-${node.speaker}`));
  lines.push(ctx.t(node.text));
  return {
    text: lines.join('\n'),
    keyboard: keyboard(ctx, [[{ label: ctx.t('diary-back'), action: DIARY_ACTIONS.list, args: [page] }]]),
    photo: node.image,
  };
}

export function diaryFeature(): Composer<BotContext> {
  return actionComposer({
    [DIARY_ACTIONS.list]: async (ctx, [page]) => showScreen(ctx, await diaryScreen(ctx, Number(page) || 0)),
    [DIARY_ACTIONS.chapters]: async (ctx) => showScreen(ctx, await chaptersScreen(ctx)),
    [DIARY_ACTIONS.read]: async (ctx, [nodeId = '', page]) => {
      const node = await diaryEntry(ctx.app, ctx.user!.id, nodeId);
      if (!node) return ctx.t('button-unknown');
      await showScreen(ctx, entryScreen(ctx, node, Number(page) || 0));
      return '';
    },
  });
}

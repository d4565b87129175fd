// ⚙️ Configuración › 🧠 What Diana remembers: the facts and the summary she keeps of the person, and a button
// that erases them.
import type { Composer } from 'grammy';
import { eraseMemory, readMemory } from '../../db/repositories/conversation.ts';
import { actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import { type ButtonSpec, keyboard, type Screen, showScreen } from '../screen.ts';

export function memoryButton(ctx: BotContext): ButtonSpec {
  return { label: ctx.t('memory-button'), action: 'chatmem' };
}

async function memoryScreen(ctx: BotContext, notice?: string): Promise<Screen> {
  const memory = await readMemory(ctx.app.db, ctx.user!.id);
  const empty = memory.facts.length === 0 && memory.summary === '';
  const lines = [
    ...(notice ? [notice, ''] : []),
    ctx.t('memory-title'),
    ...(empty
      ? [ctx.t('memory-empty')]
      : [
          ...(memory.facts.length ? [ctx.t('memory-facts'), ...memory.facts.map((f) => `• ${f}`)] : []),
          ...(memory.summary ? [ctx.t('memory-summary'), memory.summary] : []),
        ]),
  ];
  return {
    text: lines.join('\n'),
    keyboard: keyboard(ctx, [
      empty ? [] : [{ label: ctx.t('memory-forget'), action: 'chatforget' }],
      [{ label: ctx.t('menu-back'), action: 'nav', args: ['settings'] }],
    ]),
  };
}

export function conversationMemoryFeature(): Composer<BotContext> {
  return actionComposer({
    chatmem: async (ctx) => showScreen(ctx, await memoryScreen(ctx)),
    chatforget: async (ctx) => {
      const erased = await eraseMemory(ctx.app.db, ctx.user!.id);
      ctx.log.info({ erased }, 'conversation memory erased by its owner');
      await showScreen(ctx, await memoryScreen(ctx, ctx.t('memory-forgotten')));
      return ctx.t('memory-forgotten');
    },
  });
}

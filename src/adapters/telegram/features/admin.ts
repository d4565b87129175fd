// /admin: the admins' menu (Telegram ids in ADMIN_TELEGRAM_IDS). Sections are modules: each brings its menu
// entry, its buttons and the answers to what it asked the admin to type; later features (VIP tokens, channel
// posts, dead letters) add a module to the list in bot.ts. Everyone else gets exactly the answer of an unknown
// command, so nothing reveals that the menu exists.
import { Composer } from 'grammy';
import {
  type AdminSession,
  clearAdminSession,
  getAdminSession,
  setAdminSession,
} from '../../db/repositories/admin-sessions.ts';
import { type ActionHandler, actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import { type ButtonSpec, keyboard, type Screen, showScreen } from '../screen.ts';

export interface AdminSection {
  id: string;
  /** Locale key of its button on the menu. */
  label: string;
  screen(ctx: BotContext): Promise<Screen> | Screen;
}

/** Handles what an admin sent in answer to a question a module asked (its `awaiting`): text, or a photo's caption. */
export type AdminReply = (ctx: BotContext, session: AdminSession, text: string) => Promise<void>;

export interface AdminModule {
  section?: AdminSection;
  /** Button routes; they run only for admins. */
  actions?: Record<string, ActionHandler>;
  replies?: Record<string, AdminReply>;
}

/** A question left unanswered this long is forgotten: a later message is not taken as its answer. */
const SESSION_TTL_MS = 30 * 60_000;

export function isAdmin(ctx: BotContext): boolean {
  return ctx.from !== undefined && ctx.app.adminIds.has(ctx.from.id);
}

/** A section's text: an optional notice on top, the title, and its lines (or what to say when there are none). */
export function listText(notice: string | undefined, title: string, lines: string[], empty: string): string {
  return [...(notice ? [notice, ''] : []), title, ...(lines.length ? lines : [empty])].join('\n');
}

export function backToAdmin(ctx: BotContext): ButtonSpec {
  return { label: ctx.t('admin-back'), action: 'adm', args: ['home'] };
}

/** Remembers what the bot now expects this admin to type (kept across restarts). */
export function awaitAnswer(ctx: BotContext, awaiting: string, targetUserId: number | null = null) {
  return setAdminSession(ctx.app.db, ctx.from!.id, { awaiting, targetUserId }, ctx.app.clock.now());
}

export function forgetQuestion(ctx: BotContext) {
  return clearAdminSession(ctx.app.db, ctx.from!.id);
}

function adminHome(ctx: BotContext, sections: AdminSection[]): Screen {
  const buttons = sections.map((s) => ({ label: ctx.t(s.label), action: 'adm', args: [s.id] }));
  const rows: ButtonSpec[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return { text: ctx.t('admin-title'), keyboard: keyboard(ctx, rows) };
}

export function adminFeature(modules: AdminModule[]): Composer<BotContext> {
  const sections = modules.flatMap((m) => (m.section ? [m.section] : []));
  const replies: Record<string, AdminReply> = Object.assign({}, ...modules.map((m) => m.replies ?? {}));
  const composer = new Composer<BotContext>();
  // Updates from anyone else go on untouched, to the fallback.
  const admins = composer.chatType('private').filter(isAdmin);

  admins.command('admin', async (ctx) => {
    if (!ctx.user) {
      await ctx.reply(ctx.t('start-first'));
      return;
    }
    await forgetQuestion(ctx);
    await showScreen(ctx, adminHome(ctx, sections));
  });

  // An answer is text, or a photo with its caption (a channel post).
  admins.on(['message:text', 'message:photo'], async (ctx, next) => {
    const session = ctx.message.text?.startsWith('/')
      ? undefined
      : await getAdminSession(ctx.app.db, ctx.from.id);
    const fresh = session && ctx.app.clock.now().getTime() - session.updatedAt.getTime() < SESSION_TTL_MS;
    const reply = fresh ? replies[session.awaiting] : undefined;
    if (!session || !reply) return next();
    await reply(ctx, session, ctx.message.text ?? ctx.message.caption ?? '');
  });

  const routes: Record<string, ActionHandler> = {
    adm: async (ctx, [id]) => {
      await forgetQuestion(ctx);
      const section = sections.find((s) => s.id === id);
      await showScreen(ctx, section ? await section.screen(ctx) : adminHome(ctx, sections));
    },
    ...Object.assign({}, ...modules.map((m) => m.actions ?? {})),
  };
  // An admin removed from ADMIN_TELEGRAM_IDS may still have old buttons: they get the unknown-button answer.
  const guarded = Object.fromEntries(
    Object.entries(routes).map(([name, handler]): [string, ActionHandler] => [
      name,
      (ctx, args) => (isAdmin(ctx) ? handler(ctx, args) : Promise.resolve(ctx.t('button-unknown'))),
    ]),
  );
  composer.use(actionComposer(guarded));
  return composer;
}

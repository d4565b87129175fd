// 📢 Admin › Broadcasts, from a phone: the admin types the text, then on one screen adds buttons (story,
// 💎 VIP, 🛍️ Tienda), narrows the segment with a tap per condition (the audience size follows), sends a
// preview to themself, and sends now or in an hour or a day. A paid broadcast (faster, for the bot's Stars)
// shows its cost and asks for a confirmation before it goes. Each broadcast has a progress screen (sent,
// failed, blocked, skipped, uncertain, remaining, time left) with pause, resume and cancel.
import {
  type BroadcastActor,
  type BroadcastMove,
  type BroadcastView,
  broadcastView,
  changeDraft,
  createDraft,
  moveBroadcastTo,
  previewAudience,
  previewBroadcast,
  recentBroadcasts,
  sendDraft,
} from '../../../app/broadcasts/broadcasts.ts';
import {
  BROADCAST_TARGETS,
  BroadcastMessageSchema,
  type BroadcastTarget,
  type Segment,
} from '../../../domain/broadcasts.ts';
import { paidBroadcastMaxStars } from '../../../domain/paid-broadcasts.ts';
import type { BotContext } from '../context.ts';
import { gatewayOf } from '../gateway.ts';
import { type ButtonSpec, keyboard, type Screen, showScreen } from '../screen.ts';
import { type AdminModule, type AdminReply, awaitAnswer, backToAdmin, forgetQuestion } from './admin.ts';

const SHOWN = 5;
const PREVIEW_CHARS = 30;
const LEVELS = [undefined, 2, 3, 5, 10] as const;
const INACTIVE = [undefined, 7, 30] as const;

function actor(ctx: BotContext): BroadcastActor {
  return { adminId: ctx.from!.id, name: `telegram:${ctx.from!.id}` };
}

function backToBroadcasts(ctx: BotContext): ButtonSpec {
  return { label: ctx.t('admin-bcast-back'), action: 'adm', args: ['bcast'] };
}

function statusOf(ctx: BotContext, status: string): string {
  return ctx.t(`admin-bcast-status-${status}`);
}

async function listScreen(ctx: BotContext, notice?: string): Promise<Screen> {
  const views = await recentBroadcasts(ctx.app, SHOWN);
  const lines = [...(notice ? [notice, ''] : []), ctx.t('admin-bcast-title')];
  if (views.length === 0) lines.push(ctx.t('admin-bcast-none'));
  const open: ButtonSpec[] = [];
  for (const v of views) {
    lines.push(
      ctx.t('admin-bcast-line', {
        id: v.id,
        status: statusOf(ctx, v.status),
        sent: v.counts.sent,
        audience: v.counts.audience,
        preview: v.text.replace(/\s+/g, ' ').slice(0, PREVIEW_CHARS),
      }),
    );
    open.push({ label: `#${v.id}`, action: 'bcv', args: [v.id] });
  }
  return {
    text: lines.join('\n'),
    keyboard: keyboard(ctx, [
      [{ label: ctx.t('admin-bcast-new-button'), action: 'bcnew' }],
      ...(open.length ? [open] : []),
      [{ label: ctx.t('admin-refresh-button'), action: 'adm', args: ['bcast'] }],
      [backToAdmin(ctx)],
    ]),
  };
}

function segmentLines(ctx: BotContext, s: Segment): string[] {
  const lines: string[] = [];
  if (s.vip !== undefined) lines.push(ctx.t(s.vip ? 'admin-bcast-seg-vip-yes' : 'admin-bcast-seg-vip-no'));
  if (s.languages) lines.push(ctx.t('admin-bcast-seg-lang', { languages: s.languages.join(', ') }));
  if (s.minLevel !== undefined) lines.push(ctx.t('admin-bcast-seg-level', { level: s.minLevel }));
  if (s.inactiveDays !== undefined) lines.push(ctx.t('admin-bcast-seg-inactive', { days: s.inactiveDays }));
  if (s.freeChannelMember !== undefined)
    lines.push(ctx.t(s.freeChannelMember ? 'admin-bcast-seg-free-in' : 'admin-bcast-seg-free-out'));
  if (s.vipEndingWithinDays !== undefined)
    lines.push(ctx.t('admin-bcast-seg-ending', { days: s.vipEndingWithinDays }));
  if (s.reachedNode) lines.push(ctx.t('admin-bcast-seg-node', { node: s.reachedNode }));
  if (s.ownsItem) lines.push(ctx.t('admin-bcast-seg-item', { item: s.ownsItem }));
  return lines.length ? lines : [ctx.t('admin-bcast-seg-everyone')];
}

async function draftScreen(ctx: BotContext, id: number, notice?: string): Promise<Screen | undefined> {
  const draft = await broadcastView(ctx.app, id);
  if (!draft) return undefined;
  if (draft.status !== 'draft') return progressScreen(ctx, draft);
  const s = draft.segment;
  const audience = await previewAudience(ctx.app, s);
  const has = (t: BroadcastTarget) => draft.buttons.some((b) => b.target === t);
  const mark = (on: boolean) => (on ? '✓ ' : '');
  const text = [
    ...(notice ? [notice, ''] : []),
    ctx.t('admin-bcast-draft-title', { id }),
    '',
    ...(draft.photo ? [ctx.t('admin-bcast-with-photo')] : []),
    draft.text,
    '',
    ctx.t('admin-bcast-segment'),
    ...segmentLines(ctx, s).map((l) => `• ${l}`),
    ctx.t('admin-bcast-audience', { audience }),
    ...(draft.paid ? ['', paidWarning(ctx, audience)] : []),
  ].join('\n');
  const cycle = (what: string, label: string): ButtonSpec => ({ label, action: 'bcs', args: [id, what] });
  return {
    text,
    keyboard: keyboard(ctx, [
      BROADCAST_TARGETS.map((t) => ({
        label: `${mark(has(t))}${ctx.t(`admin-bcast-target-${t}`)}`,
        action: 'bcb',
        args: [id, t],
      })),
      [
        cycle('vip', ctx.t('admin-bcast-cycle-vip', { value: s.vip === undefined ? 'any' : String(s.vip) })),
        cycle('lang', ctx.t('admin-bcast-cycle-lang', { value: s.languages?.join(',') ?? 'any' })),
      ],
      [
        cycle('level', ctx.t('admin-bcast-cycle-level', { value: s.minLevel ?? 1 })),
        cycle('inactive', ctx.t('admin-bcast-cycle-inactive', { value: s.inactiveDays ?? 0 })),
      ],
      [
        cycle(
          'free',
          ctx.t('admin-bcast-cycle-free', {
            value: s.freeChannelMember === undefined ? 'any' : String(s.freeChannelMember),
          }),
        ),
        cycle('ending', `${mark(s.vipEndingWithinDays !== undefined)}${ctx.t('admin-bcast-cycle-ending')}`),
      ],
      [
        {
          label: `${mark(Boolean(s.reachedNode))}${ctx.t('admin-bcast-node-button')}`,
          action: 'bct',
          args: [id, 'node'],
        },
        {
          label: `${mark(Boolean(s.ownsItem))}${ctx.t('admin-bcast-item-button')}`,
          action: 'bct',
          args: [id, 'item'],
        },
      ],
      [
        {
          label: ctx.t('admin-bcast-paid-button', { on: draft.paid ? 'yes' : 'no' }),
          action: 'bcpaid',
          args: [id],
        },
      ],
      [{ label: ctx.t('admin-bcast-preview-button'), action: 'bcp', args: [id] }],
      [
        { label: ctx.t('admin-bcast-send-button'), action: 'bcgo', args: [id, 0] },
        { label: ctx.t('admin-bcast-later-button', { hours: 1 }), action: 'bcgo', args: [id, 1] },
        { label: ctx.t('admin-bcast-later-button', { hours: 24 }), action: 'bcgo', args: [id, 24] },
      ],
      [backToBroadcasts(ctx)],
    ]),
  };
}

/** What a paid broadcast to `audience` people costs at most, and why. */
function paidWarning(ctx: BotContext, audience: number): string {
  return ctx.t('admin-bcast-paid-warning', { audience, stars: paidBroadcastMaxStars(audience) });
}

/** Before a paid broadcast goes: its cost, and an explicit yes. */
async function paidConfirmScreen(ctx: BotContext, draft: BroadcastView, hours: number): Promise<Screen> {
  const audience = await previewAudience(ctx.app, draft.segment);
  const stars = paidBroadcastMaxStars(audience);
  return {
    text: [paidWarning(ctx, audience), '', ctx.t('admin-bcast-paid-confirm', { stars })].join('\n'),
    keyboard: keyboard(ctx, [
      [
        {
          label: ctx.t('admin-bcast-paid-confirm-button', { stars }),
          action: 'bcgo',
          args: [draft.id, hours, 'paid'],
        },
      ],
      [{ label: ctx.t('admin-cancel-button'), action: 'bcv', args: [draft.id] }],
    ]),
  };
}

function progressScreen(ctx: BotContext, v: BroadcastView, notice?: string): Screen {
  const c = v.counts;
  const moves: ButtonSpec[] = [];
  if (v.status === 'sending' || v.status === 'scheduled')
    moves.push({ label: ctx.t('admin-bcast-pause-button'), action: 'bcm', args: [v.id, 'pause'] });
  if (v.status === 'paused')
    moves.push({ label: ctx.t('admin-bcast-resume-button'), action: 'bcm', args: [v.id, 'resume'] });
  if (v.status === 'sending' || v.status === 'scheduled' || v.status === 'paused')
    moves.push({ label: ctx.t('admin-bcast-cancel-button'), action: 'bcm', args: [v.id, 'cancel'] });
  const text = [
    ...(notice ? [notice, ''] : []),
    ctx.t('admin-bcast-progress', {
      id: v.id,
      status: statusOf(ctx, v.status),
      sendAt: v.sendAt.toISOString().slice(0, 16).replace('T', ' '),
      ...c,
      eta: v.etaSeconds,
    }),
    ...(v.paid ? [ctx.t('admin-bcast-paid-line')] : []),
    '',
    v.text,
  ].join('\n');
  return {
    text,
    keyboard: keyboard(ctx, [
      ...(moves.length ? [moves] : []),
      [{ label: ctx.t('admin-refresh-button'), action: 'bcv', args: [v.id] }],
      [backToBroadcasts(ctx)],
    ]),
  };
}

/** The next value of a segment condition, one tap at a time. */
function nextSegment(s: Segment, what: string, languages: readonly string[]): Segment | undefined {
  const next = <T>(values: readonly T[], current: T): T =>
    values[(values.indexOf(current) + 1) % values.length] as T;
  const set = <K extends keyof Segment>(key: K, value: Segment[K]): Segment => {
    const copy = { ...s };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  };
  switch (what) {
    case 'vip':
      return set('vip', next([undefined, true, false], s.vip));
    case 'lang': {
      const current = s.languages?.length === 1 ? s.languages[0] : undefined;
      const code = next([undefined, ...languages], current);
      return set('languages', code ? [code] : undefined);
    }
    case 'level':
      return set('minLevel', next<number | undefined>(LEVELS, s.minLevel));
    case 'inactive':
      return set('inactiveDays', next<number | undefined>(INACTIVE, s.inactiveDays));
    case 'free':
      return set('freeChannelMember', next([undefined, true, false], s.freeChannelMember));
    case 'ending':
      return set('vipEndingWithinDays', s.vipEndingWithinDays === undefined ? 7 : undefined);
    default:
      return undefined;
  }
}

async function showDraft(ctx: BotContext, id: number, notice?: string): Promise<unknown> {
  const screen = await draftScreen(ctx, id, notice);
  if (!screen) return ctx.t('button-unknown');
  await showScreen(ctx, screen);
  return undefined;
}

/** The message of a new broadcast: a text, or a photo (its largest size) with its caption as the text. */
const textReply: AdminReply = async (ctx, _session, text) => {
  const photo = ctx.message?.photo?.at(-1)?.file_id;
  const parsed = BroadcastMessageSchema.safeParse({ text, ...(photo ? { photo } : {}) });
  if (!parsed.success) {
    await ctx.reply(ctx.t(photo ? 'admin-bcast-caption-invalid' : 'admin-bcast-text-invalid'));
    return;
  }
  await forgetQuestion(ctx);
  const { text: body, photo: image } = parsed.data;
  const id = await createDraft(ctx.app, { text: body, photo: image }, actor(ctx));
  await showDraft(ctx, id);
};

function conditionReply(key: 'reachedNode' | 'ownsItem'): AdminReply {
  return async (ctx, session, text) => {
    const id = session.targetUserId ?? 0;
    const draft = await broadcastView(ctx.app, id);
    const value = text.trim();
    if (!draft || value.length > 100 || !/^[\w.-]*$|^-$/.test(value)) {
      await ctx.reply(ctx.t('admin-bcast-condition-invalid'));
      return;
    }
    await forgetQuestion(ctx);
    const segment: Segment = { ...draft.segment };
    if (value === '' || value === '-') delete segment[key];
    else segment[key] = value;
    await changeDraft(ctx.app, id, { segment });
    await showDraft(ctx, id);
  };
}

export const adminBroadcasts: AdminModule = {
  section: { id: 'bcast', label: 'admin-section-broadcasts', screen: (ctx) => listScreen(ctx) },
  actions: {
    bcnew: async (ctx) => {
      await awaitAnswer(ctx, 'bcast-text');
      await showScreen(ctx, {
        text: ctx.t('admin-bcast-prompt'),
        keyboard: keyboard(ctx, [[{ label: ctx.t('admin-cancel-button'), action: 'adm', args: ['bcast'] }]]),
      });
    },
    bcb: async (ctx, [id = '', target = '']) => {
      const draft = await broadcastView(ctx.app, Number(id));
      if (!draft || !(BROADCAST_TARGETS as readonly string[]).includes(target))
        return ctx.t('button-unknown');
      const on = draft.buttons.some((b) => b.target === target);
      const buttons = on
        ? draft.buttons.filter((b) => b.target !== target)
        : [...draft.buttons, { target: target as BroadcastTarget }];
      await changeDraft(ctx.app, draft.id, { buttons });
      return showDraft(ctx, draft.id);
    },
    bcs: async (ctx, [id = '', what = '']) => {
      const draft = await broadcastView(ctx.app, Number(id));
      const segment = draft && nextSegment(draft.segment, what, ctx.app.pack.locales.codes);
      if (!draft || !segment) return ctx.t('button-unknown');
      await changeDraft(ctx.app, draft.id, { segment });
      return showDraft(ctx, draft.id);
    },
    bct: async (ctx, [id = '', what = '']) => {
      if (what !== 'node' && what !== 'item') return ctx.t('button-unknown');
      await awaitAnswer(ctx, `bcast-${what}`, Number(id));
      await showScreen(ctx, {
        text: ctx.t(`admin-bcast-${what}-prompt`),
        keyboard: keyboard(ctx, [[{ label: ctx.t('admin-cancel-button'), action: 'bcd', args: [id] }]]),
      });
    },
    bcd: async (ctx, [id = '']) => {
      await forgetQuestion(ctx);
      return showDraft(ctx, Number(id));
    },
    bcp: async (ctx, [id = '']) => {
      const draft = await broadcastView(ctx.app, Number(id));
      if (!draft) return ctx.t('button-unknown');
      const outcome = await previewBroadcast(ctx.app, gatewayOf(ctx), draft, {
        userId: ctx.from!.id,
        locale: ctx.locale,
      });
      return outcome === 'sent' ? ctx.t('admin-bcast-preview-sent') : ctx.t('button-unknown');
    },
    bcgo: async (ctx, [id = '', hours = '0', confirmed = '']) => {
      const h = Number(hours);
      if (![0, 1, 24].includes(h)) return ctx.t('button-unknown');
      const draft = await broadcastView(ctx.app, Number(id));
      if (draft?.status === 'draft' && draft.paid && confirmed !== 'paid') {
        await showScreen(ctx, await paidConfirmScreen(ctx, draft, h));
        return undefined;
      }
      const sendAt = h ? new Date(ctx.app.clock.now().getTime() + h * 3_600_000) : undefined;
      const sent = await sendDraft(ctx.app, Number(id), sendAt, actor(ctx));
      const view = await broadcastView(ctx.app, Number(id));
      if (!view) return ctx.t('button-unknown');
      await showScreen(ctx, progressScreen(ctx, view, sent ? ctx.t('admin-bcast-queued') : undefined));
      return sent ? ctx.t('admin-bcast-queued') : ctx.t('admin-bcast-already');
    },
    bcpaid: async (ctx, [id = '']) => {
      const draft = await broadcastView(ctx.app, Number(id));
      if (!draft) return ctx.t('button-unknown');
      await changeDraft(ctx.app, draft.id, { paid: !draft.paid });
      return showDraft(ctx, draft.id);
    },
    bcv: async (ctx, [id = '']) => {
      const view = await broadcastView(ctx.app, Number(id));
      if (!view) return ctx.t('button-unknown');
      if (view.status === 'draft') return showDraft(ctx, view.id);
      await showScreen(ctx, progressScreen(ctx, view));
      return undefined;
    },
    bcm: async (ctx, [id = '', move = '']) => {
      if (move !== 'pause' && move !== 'resume' && move !== 'cancel') return ctx.t('button-unknown');
      const outcome = await moveBroadcastTo(ctx.app, Number(id), move as BroadcastMove, actor(ctx));
      const view = await broadcastView(ctx.app, Number(id));
      if (!view) return ctx.t('button-unknown');
      await showScreen(ctx, progressScreen(ctx, view));
      return ctx.t(outcome === 'moved' ? `admin-bcast-moved-${move}` : 'admin-bcast-unchanged');
    },
  },
  replies: {
    'bcast-text': textReply,
    'bcast-node': conditionReply('reachedNode'),
    'bcast-item': conditionReply('ownsItem'),
  },
};

// 🚦 Admin › Flags: switch a subsystem off (or on) at run time, for everyone, a share of people, or a segment
// (VIP or not, some languages); or give a flag back to the pack's default. Every change is audited.
import { type FlagState, flagStates, setFlag } from '../../../app/flags.ts';
import {
  describeRule,
  FLAG_NAMES,
  type FlagName,
  type FlagRule,
  isFlagName,
  parseSegment,
} from '../../../domain/flags.ts';
import type { BotContext } from '../context.ts';
import { type ButtonSpec, keyboard, type Screen, showScreen } from '../screen.ts';
import { type AdminModule, type AdminReply, awaitAnswer, backToAdmin, forgetQuestion } from './admin.ts';

function stateLine(ctx: BotContext, state: FlagState): string {
  return ctx.t('admin-flag-line', {
    name: state.name,
    rule: describeRule(state.rule),
    source: ctx.t(`admin-flag-source-${state.source}`),
  });
}

async function flagsScreen(ctx: BotContext): Promise<Screen> {
  const states = await flagStates(ctx.app);
  return {
    text: [ctx.t('admin-flags-title'), '', ...states.map((s) => stateLine(ctx, s))].join('\n'),
    keyboard: keyboard(ctx, [
      ...states.map((s): ButtonSpec[] => [{ label: s.name, action: 'flag', args: [s.name] }]),
      [backToAdmin(ctx)],
    ]),
  };
}

async function flagScreen(ctx: BotContext, name: FlagName, notice?: string): Promise<Screen> {
  const state = (await flagStates(ctx.app)).find((s) => s.name === name)!;
  const set = (label: string, to: string): ButtonSpec => ({
    label: ctx.t(label),
    action: 'flagset',
    args: [name, to],
  });
  const ask = (label: string, what: string): ButtonSpec => ({
    label: ctx.t(label),
    action: 'flagask',
    args: [name, what],
  });
  return {
    text: [
      ...(notice ? [notice, ''] : []),
      ctx.t(`admin-flag-about-${name}`),
      '',
      stateLine(ctx, state),
    ].join('\n'),
    keyboard: keyboard(ctx, [
      [set('admin-flag-on-button', 'on'), set('admin-flag-off-button', 'off')],
      [ask('admin-flag-percent-button', 'percent'), ask('admin-flag-segment-button', 'segment')],
      [set('admin-flag-pack-button', 'pack')],
      [{ label: ctx.t('admin-flags-back'), action: 'adm', args: ['flags'] }],
    ]),
  };
}

async function currentRule(ctx: BotContext, name: FlagName): Promise<FlagRule> {
  return (await flagStates(ctx.app)).find((s) => s.name === name)!.rule;
}

function percentReply(name: FlagName): AdminReply {
  return async (ctx, _session, text) => {
    const percent = Number(text.trim().replace(/%$/, ''));
    if (!/^\d{1,3}%?$/.test(text.trim()) || percent > 100) {
      await ctx.reply(ctx.t('admin-flag-bad-percent'));
      return;
    }
    await forgetQuestion(ctx);
    const rule = { ...(await currentRule(ctx, name)), enabled: true, percent };
    await setFlag(ctx.app, ctx.from!.id, name, rule);
    await showScreen(ctx, await flagScreen(ctx, name, ctx.t('admin-flag-changed')));
  };
}

function segmentReply(name: FlagName): AdminReply {
  return async (ctx, _session, text) => {
    const segment = parseSegment(text);
    if (!segment) {
      await ctx.reply(ctx.t('admin-flag-bad-segment'));
      return;
    }
    await forgetQuestion(ctx);
    const rule = { ...(await currentRule(ctx, name)), enabled: true, segment };
    await setFlag(ctx.app, ctx.from!.id, name, rule);
    await showScreen(ctx, await flagScreen(ctx, name, ctx.t('admin-flag-changed')));
  };
}

export const adminFlags: AdminModule = {
  section: { id: 'flags', label: 'admin-section-flags', screen: flagsScreen },
  actions: {
    flag: async (ctx, [name = '']) => {
      if (!isFlagName(name)) return ctx.t('button-unknown');
      await showScreen(ctx, await flagScreen(ctx, name));
    },
    flagset: async (ctx, [name = '', to = '']) => {
      if (!isFlagName(name) || !['on', 'off', 'pack'].includes(to)) return ctx.t('button-unknown');
      const rule = to === 'pack' ? null : { ...(await currentRule(ctx, name)), enabled: to === 'on' };
      // "On" from the menu means on for everyone it was set for; "off" keeps the rest of the rule for later.
      await setFlag(ctx.app, ctx.from!.id, name, rule);
      await showScreen(ctx, await flagScreen(ctx, name));
      return ctx.t('admin-flag-changed');
    },
    flagask: async (ctx, [name = '', what = '']) => {
      if (!isFlagName(name) || !['percent', 'segment'].includes(what)) return ctx.t('button-unknown');
      await awaitAnswer(ctx, `flag-${what}-${name}`);
      await showScreen(ctx, {
        text: ctx.t(`admin-flag-${what}-prompt`, { name }),
        keyboard: keyboard(ctx, [[{ label: ctx.t('admin-cancel-button'), action: 'flag', args: [name] }]]),
      });
    },
  },
  replies: Object.fromEntries(
    FLAG_NAMES.flatMap((name) => [
      [`flag-percent-${name}`, percentReply(name)],
      [`flag-segment-${name}`, segmentReply(name)],
    ]),
  ),
};

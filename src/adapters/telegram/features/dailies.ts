// 🌙 Cada día, from the home menu: the nightly visit, the riddle of the day, the game of chance and the weekly
// standing, each screen with its way back. While the riddle waits for an answer, the person's typed text is
// that answer (riddleAnswers, after the conversation with Diana, which passes such text on); otherwise text stays
// hers.
import { Composer } from 'grammy';
import { chanceStatus, playChance } from '../../../app/dailies/chance.ts';
import { nightlyStatus, visitNight } from '../../../app/dailies/nightly.ts';
import {
  answerRiddle,
  awaitRiddleAnswer,
  type RiddleAnswer,
  type RiddleStatus,
  riddleStatus,
} from '../../../app/dailies/riddle.ts';
import { dailiesOf } from '../../../app/dailies/rules.ts';
import { weeklyStanding } from '../../../app/dailies/standing.ts';
import { riddleKeys } from '../../../content/dailies-schema.ts';
import { actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import { type ButtonSpec, keyboard, type Screen, showScreen } from '../screen.ts';
import { backToHome } from './home.ts';

const backToDailies = (ctx: BotContext): ButtonSpec => ({
  label: ctx.t('dailies-back-button'),
  action: 'nav',
  args: ['dailies'],
});

export async function dailiesScreen(ctx: BotContext): Promise<Screen> {
  const user = ctx.user!;
  const [night, riddle, chance] = await Promise.all([
    nightlyStatus(ctx.app, user),
    riddleStatus(ctx.app, user),
    chanceStatus(ctx.app, user),
  ]);
  const nightLine = !night.open
    ? ctx.t('dailies-nightly-closed', { opens: night.opens })
    : ctx.t(night.visited ? 'dailies-nightly-done' : 'dailies-nightly-ready');
  const riddleLine = riddle.solved
    ? ctx.t('dailies-riddle-solved')
    : riddle.left > 0
      ? ctx.t('dailies-riddle-open', { left: riddle.left })
      : ctx.t('dailies-riddle-out');
  return {
    text: [
      ctx.t('dailies-title'),
      nightLine,
      riddleLine,
      ctx.t('dailies-chance-left', { left: chance.left }),
    ].join('\n'),
    keyboard: keyboard(ctx, [
      [
        { label: ctx.t('dailies-nightly-button'), action: 'night' },
        { label: ctx.t('dailies-riddle-button'), action: 'riddle' },
      ],
      [
        { label: ctx.t('dailies-chance-button'), action: 'chance' },
        { label: ctx.t('dailies-standing-button'), action: 'standing' },
      ],
      [backToHome(ctx)],
    ]),
  };
}

function riddleScreen(ctx: BotContext, status: RiddleStatus, notice?: string): Screen {
  const { riddles } = dailiesOf(ctx.app);
  const keys = riddleKeys(status.riddle);
  const lines = [
    ctx.t('riddle-title'),
    ctx.t('riddle-intro', { amount: riddles.reward }),
    ctx.t(keys.question),
  ];
  if (notice) lines.push('', notice);
  const open = !status.solved && status.left > 0;
  // The hint comes after the first wrong answer; when the attempts run out, the answer itself (in `notice`).
  if (open && status.attempts > 0) lines.push(ctx.t('riddle-hint', { hint: ctx.t(keys.hint) }));
  if (open && !notice) lines.push(ctx.t('riddle-left', { left: status.left }));
  if (status.waiting) lines.push(ctx.t('riddle-waiting', { minutes: riddles.answer_minutes }));
  if (status.solved && !notice) lines.push(ctx.t('riddle-done-solved'));
  if (!status.solved && status.left === 0) {
    lines.push(ctx.t('riddle-out', { answer: status.riddle.answers[ctx.locale]?.[0] ?? '' }));
  }
  const buttons: ButtonSpec[] = !open
    ? []
    : status.waiting
      ? [{ label: ctx.t('riddle-cancel-button'), action: 'riddle-later' }]
      : [{ label: ctx.t('riddle-answer-button'), action: 'riddle-answer' }];
  return { text: lines.join('\n'), keyboard: keyboard(ctx, [buttons, [backToDailies(ctx)]]) };
}

function answerNotice(ctx: BotContext, result: RiddleAnswer): string | undefined {
  switch (result.kind) {
    case 'solved':
      return ctx.t('riddle-solved', { amount: result.amount, balance: result.balance });
    case 'wrong':
      return ctx.t('riddle-wrong', { left: result.status.left });
    // The riddle's screen reveals the answer once the attempts have run out.
    case 'out':
    case 'closed':
      return undefined;
  }
}

async function chanceScreen(ctx: BotContext, notice?: string): Promise<Screen> {
  const rules = dailiesOf(ctx.app).chance;
  const status = await chanceStatus(ctx.app, ctx.user!);
  const lines = [
    ctx.t('chance-title'),
    ctx.t('chance-rules', {
      percent: Math.round(rules.win_chance * 100),
      payout: rules.payout,
      cap: rules.daily_stake_cap,
    }),
  ];
  if (notice) lines.push('', notice);
  lines.push(ctx.t('chance-left', { left: status.left, balance: status.balance }));
  const stakes = rules.stakes
    .filter((stake) => stake <= status.left)
    .map((stake) => ({ label: ctx.t('chance-stake-button', { stake }), action: 'stake', args: [stake] }));
  return { text: lines.join('\n'), keyboard: keyboard(ctx, [stakes, [backToDailies(ctx)]]) };
}

async function standingScreen(ctx: BotContext): Promise<Screen> {
  const standing = await weeklyStanding(ctx.app, ctx.user!.id);
  const lines = [ctx.t('standing-title')];
  if (standing.top.length === 0) lines.push(ctx.t('standing-empty'));
  for (const row of standing.top) {
    const name = row.name ?? ctx.t('standing-anonymous');
    lines.push(ctx.t('standing-line', { rank: row.rank, name, activity: row.activity }));
  }
  lines.push(
    '',
    standing.own
      ? ctx.t('standing-you', {
          rank: standing.own.rank,
          total: standing.total,
          activity: standing.own.activity,
        })
      : ctx.t('standing-you-none'),
    ctx.t('standing-note'),
  );
  return { text: lines.join('\n'), keyboard: keyboard(ctx, [[backToDailies(ctx)]]) };
}

export function dailiesFeature(): Composer<BotContext> {
  return actionComposer({
    night: async (ctx) => {
      const visit = await visitNight(ctx.app, ctx.user!.id);
      const lines = [ctx.t('nightly-title')];
      if (visit.kind === 'closed') lines.push(ctx.t('nightly-closed', { opens: visit.opens }));
      else lines.push(ctx.t(visit.scene));
      if (visit.kind === 'paid')
        lines.push('', ctx.t('nightly-paid', { amount: visit.amount, balance: visit.balance }));
      if (visit.kind === 'seen') lines.push('', ctx.t('nightly-seen'));
      await showScreen(ctx, { text: lines.join('\n'), keyboard: keyboard(ctx, [[backToDailies(ctx)]]) });
      return visit.kind === 'paid' ? ctx.t('nightly-toast-paid', { amount: visit.amount }) : undefined;
    },
    riddle: async (ctx) => showScreen(ctx, riddleScreen(ctx, await riddleStatus(ctx.app, ctx.user!))),
    'riddle-answer': async (ctx) => {
      const status = await awaitRiddleAnswer(ctx.app, ctx.user!.id, true);
      await showScreen(ctx, riddleScreen(ctx, status));
      return status.waiting ? ctx.t('riddle-toast-waiting') : undefined;
    },
    'riddle-later': async (ctx) =>
      showScreen(ctx, riddleScreen(ctx, await awaitRiddleAnswer(ctx.app, ctx.user!.id, false))),
    chance: async (ctx) => showScreen(ctx, await chanceScreen(ctx)),
    stake: async (ctx, [stake]) => {
      const play = await playChance(ctx.app, ctx.user!.id, Number(stake), ctx.callbackQuery!.id);
      if (play.kind === 'refused') {
        const notice =
          play.reason === 'short'
            ? ctx.t('chance-short', { balance: play.balance })
            : play.reason === 'over_cap'
              ? ctx.t('chance-over-cap', { left: play.left })
              : undefined;
        await showScreen(ctx, await chanceScreen(ctx, notice));
        return notice ?? ctx.t('button-unknown');
      }
      ctx.user = { ...ctx.user!, balance: play.balance };
      const won = play.won > 0;
      const notice = won
        ? ctx.t('chance-won', { stake: play.stake, amount: play.won, balance: play.balance })
        : ctx.t('chance-lost', { stake: play.stake, balance: play.balance });
      await showScreen(ctx, await chanceScreen(ctx, notice));
      return won
        ? ctx.t('chance-toast-won', { amount: play.won })
        : ctx.t('chance-toast-lost', { stake: play.stake });
    },
    standing: async (ctx) => showScreen(ctx, await standingScreen(ctx)),
  });
}

/** Typed text while the riddle waits for an answer is that answer (Diana passes it on); other text goes on. */
export function riddleAnswers(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').on('message:text', async (ctx, next) => {
    if (!ctx.user || !ctx.app.pack.dailies || ctx.message.text.startsWith('/')) return next();
    const result = await answerRiddle(ctx.app, ctx.user.id, ctx.message.text, ctx.message.message_id);
    if (!result) return next();
    await showScreen(ctx, riddleScreen(ctx, result.status, answerNotice(ctx, result)));
  });
  return composer;
}

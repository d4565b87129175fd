// Diana's answer through the model chain, when a model is configured: the person's allowance (beyond it, the
// pack's price in besitos, see charge.ts) and the deployment's budgets first (a call is admitted only if its
// worst case fits under the caps, so spending stops exactly at the limit), then the openers' cache, then the
// chain; every reply is judged by the consistency gate and regenerated once with a stricter instruction when
// it falls short. Whatever was spent is recorded per person, day and model; admins are warned once per period
// when 80% of a budget is spent.
import { randomBytes } from 'node:crypto';
import { recordUsage, spentOn, type VerdictRow } from '../../adapters/db/repositories/conversation.ts';
import { type ModelChain, NoProviderAnswered } from '../../adapters/llm/chain.ts';
import { localDate } from '../../domain/calendar.ts';
import {
  type CapState,
  capState,
  costMicroUsd,
  MICRO,
  modelAccess,
  priceOf,
} from '../../domain/conversation/budget.ts';
import { judgeReply } from '../../domain/conversation/gate.ts';
import { buildPrompt, type Prompt } from '../../domain/conversation/prompt.ts';
import type { Messenger } from '../notifications/messenger.ts';
import type { AppContext } from '../services.ts';
import { chargeMessage, refundMessage } from './charge.ts';
import { OpenersCache } from './openers.ts';
import type { Person } from './person.ts';
import { scriptedAnswer } from './scripted.ts';
import type { Answer, ModelAnswerer, PersonMessage, Spending, UsageOfCall } from './talk.ts';

export interface ModelSettings {
  budgetDailyUsd: number | undefined;
  budgetMonthlyUsd: number | undefined;
  /** The longest reply asked of a model, in tokens (the worst case a budget must hold). */
  maxTokens?: number;
}

const DEFAULT_MAX_TOKENS = 300;

export class ModelConversation implements ModelAnswerer {
  /** Worst-case cost of calls in flight in this process, in millionths of a dollar. */
  private reservedMicro = 0;
  /** All the reservations let go of so far (see budgetState). */
  private releasedMicro = 0;
  private cache: OpenersCache | undefined;
  /** Sends the admins' budget warnings (set once the bot can send). */
  messenger: Messenger | undefined;

  constructor(
    readonly chain: ModelChain,
    private readonly settings: ModelSettings,
  ) {}

  get budgets() {
    return { dailyUsd: this.settings.budgetDailyUsd, monthlyUsd: this.settings.budgetMonthlyUsd };
  }

  async answer(app: AppContext, person: Person, message: PersonMessage): Promise<Answer | undefined> {
    const { conversation } = app.pack;
    const allowance = person.isVip ? conversation.allowance.vip : conversation.allowance.free;
    const access = modelAccess(person.usedToday, allowance, conversation.besitos_per_message);
    if (access.kind === 'closed') return undefined;
    if (access.kind === 'free') return this.reply(app, person, message.text);
    const paid = { userId: person.id, messageId: message.id, besitos: access.besitos };
    if ((await chargeMessage(app, paid)) === 'refunded') return undefined;
    // An unexpected failure keeps the charge: the update is tried again and that try answers the message.
    const answer = await this.reply(app, person, message.text);
    if (answer && answer.source !== 'scripted') return answer;
    try {
      await refundMessage(app, paid);
    } catch (error) {
      await answer?.settle?.();
      throw error;
    }
    return answer;
  }

  /** Her answer through the cache or the chain, within the budgets (undefined: a budget is spent). */
  private async reply(app: AppContext, person: Person, message: string): Promise<Answer | undefined> {
    const { conversation } = app.pack;
    const now = app.clock.now();
    this.cache ??= new OpenersCache(conversation.cache_ttl_seconds * 1000);
    const cacheKey = this.cache.keyOf(message, person.story.node, person.locale);
    if (cacheKey) {
      const cached = this.cache.get(cacheKey, person.name, now.getTime());
      app.metrics?.conversationCache.inc({ result: cached ? 'hit' : 'miss' });
      if (cached) return { text: cached, source: 'cache' };
    }

    const canary = `k${randomBytes(6).toString('hex')}`;
    const settings = {
      persona: conversation.persona,
      stricter: conversation.stricter,
      languageNames: conversation.language_names,
    };
    const maxTokens = this.settings.maxTokens ?? DEFAULT_MAX_TOKENS;
    const prompt = buildPrompt(settings, promptPerson(person), message, { canary });
    // The worst case of both attempts, at the dearest model of the chain.
    const worst =
      2 *
      Math.max(
        ...this.chain.providers.map((p) =>
          costMicroUsd(
            priceOf(conversation.prices, p.model),
            // Three characters a token (tokenizers give four or more for these languages): never an underestimate.
            Math.ceil((prompt.instructions.length + message.length) / 3) + 50,
            maxTokens,
          ),
        ),
      );
    const state = await this.budgetState(app, now, worst);
    if (state === 'spent') {
      app.metrics?.conversation.inc({ source: 'budget_spent' });
      return undefined;
    }
    // Held until the answer's usage is recorded (its `settle`), so concurrent calls always see it.
    this.reservedMicro += worst;
    let released = false;
    const release = () => {
      if (!released) this.letGo(worst);
      released = true;
    };
    try {
      const answer = await this.generate(app, person, message, { prompt, maxTokens, cacheKey, settings });
      return {
        ...answer,
        settle: async (spent) => {
          release();
          if (answer.usage?.length) await this.afterSpending(app, answer.usage, spent);
        },
      };
    } catch (error) {
      release();
      throw error;
    }
  }

  /** One model reply to an anonymous message, judged like any other; budgets apply, no member's data is used. */
  async draft(
    app: AppContext,
    locale: string,
    message: string,
    authorId: number,
  ): Promise<string | undefined> {
    const { conversation } = app.pack;
    const now = app.clock.now();
    const settings = {
      persona: conversation.persona,
      stricter: conversation.stricter,
      languageNames: conversation.language_names,
    };
    const canary = `k${randomBytes(6).toString('hex')}`;
    const guest = {
      name: '—',
      locale,
      level: 1,
      isVip: true,
      chapterTitle: '—',
      emotion: '',
      relationship: 0,
      memory: { summary: '', facts: [] },
    };
    const prompt = buildPrompt(settings, guest, message, { canary });
    const maxTokens = this.settings.maxTokens ?? DEFAULT_MAX_TOKENS;
    const worst = Math.max(
      ...this.chain.providers.map((p) =>
        costMicroUsd(
          priceOf(conversation.prices, p.model),
          Math.ceil((prompt.instructions.length + message.length) / 3) + 50,
          maxTokens,
        ),
      ),
    );
    if ((await this.budgetState(app, now, worst)) === 'spent') return undefined;
    this.reservedMicro += worst;
    try {
      const completion = await this.chain.complete(prompt.messages, { maxTokens });
      await recordUsage(app.db, {
        // The cost counts against the member whose message it answers.
        userId: authorId,
        day: localDate(now, app.timeZone),
        model: completion.model,
        promptTokens: completion.promptTokens,
        completionTokens: completion.completionTokens,
        costMicroUsd: costMicroUsd(
          priceOf(conversation.prices, completion.model),
          completion.promptTokens,
          completion.completionTokens,
        ),
      });
      const verdict = judgeReply(
        completion.text,
        locale,
        { minScore: conversation.gate.min_score, rubricFloor: conversation.gate.rubric_floor },
        { instructions: prompt.instructions, canary, person: { id: 0, username: null } },
      );
      return verdict.accepted ? completion.text : undefined;
    } catch (error) {
      if (error instanceof NoProviderAnswered) return undefined;
      throw error;
    } finally {
      this.letGo(worst);
    }
  }

  private async generate(
    app: AppContext,
    person: Person,
    message: string,
    call: {
      /** The first attempt's prompt (the stricter second one is built from the same settings and canary). */
      prompt: Prompt;
      maxTokens: number;
      cacheKey: string | undefined;
      settings: Parameters<typeof buildPrompt>[0];
    },
  ): Promise<Answer> {
    const { conversation } = app.pack;
    const rules = { minScore: conversation.gate.min_score, rubricFloor: conversation.gate.rubric_floor };
    const usage: UsageOfCall[] = [];
    const verdicts: VerdictRow[] = [];
    const spend = (model: string, promptTokens: number, completionTokens: number) => {
      const costMicroUsd = callCost(conversation.prices, model, promptTokens, completionTokens);
      const same = usage.find((u) => u.model === model);
      if (same) {
        same.promptTokens += promptTokens;
        same.completionTokens += completionTokens;
        same.costMicroUsd += costMicroUsd;
      } else usage.push({ model, promptTokens, completionTokens, costMicroUsd });
    };
    try {
      for (const strict of [false, true]) {
        const prompt = strict
          ? buildPrompt(call.settings, promptPerson(person), message, { canary: call.prompt.canary, strict })
          : call.prompt;
        const completion = await this.chain.complete(prompt.messages, { maxTokens: call.maxTokens });
        spend(completion.model, completion.promptTokens, completion.completionTokens);
        const verdict = judgeReply(completion.text, person.locale, rules, {
          instructions: prompt.instructions,
          canary: prompt.canary,
          person: { id: person.id, username: person.username },
        });
        verdicts.push({ model: completion.model, attempt: strict ? 2 : 1, ...verdict });
        app.metrics?.conversationGate.inc({ verdict: verdict.accepted ? 'accepted' : 'refused' });
        if (verdict.accepted) {
          if (call.cacheKey)
            this.cache?.set(call.cacheKey, completion.text, person.name, app.clock.now().getTime());
          return { text: completion.text, source: 'model', model: completion.model, usage, verdicts };
        }
        app.log.info(
          { user_id: person.id, model: completion.model, score: verdict.score, reasons: verdict.reasons },
          'model reply refused by the consistency gate',
        );
      }
    } catch (error) {
      if (!(error instanceof NoProviderAnswered)) throw error;
      app.log.warn({ user_id: person.id }, 'no model provider answered; scripted reply');
    }
    return { ...scriptedAnswer(app.pack, person, message), source: 'scripted', usage, verdicts };
  }

  /** Counts what was spent, and warns the admins when a budget crosses 80% (`spent`: the totals it left). */
  private async afterSpending(
    app: AppContext,
    usage: readonly UsageOfCall[],
    spent: Spending | undefined,
  ): Promise<void> {
    for (const used of usage) {
      app.metrics?.conversationTokens.inc({ model: used.model, kind: 'prompt' }, used.promptTokens);
      app.metrics?.conversationTokens.inc({ model: used.model, kind: 'completion' }, used.completionTokens);
      app.metrics?.conversationCost.inc({ model: used.model }, used.costMicroUsd / MICRO);
    }
    await this.warnIfNeeded(app, spent ?? (await this.spent(app, app.clock.now())));
  }

  private letGo(worst: number): void {
    this.reservedMicro -= worst;
    this.releasedMicro += worst;
  }

  /**
   * The stricter of the daily and monthly budgets, counting calls in flight and the next one. A call that
   * records its usage and lets go of its reservation while the totals are read could be in neither: what was
   * let go of meanwhile still counts as reserved, so spending is never underestimated.
   */
  private async budgetState(app: AppContext, now: Date, next: number): Promise<CapState> {
    const releasedBefore = this.releasedMicro;
    const { daily, monthly } = await this.spent(app, now);
    const held = this.reservedMicro + (this.releasedMicro - releasedBefore);
    const states = [
      capState(daily + held, this.settings.budgetDailyUsd, next),
      capState(monthly + held, this.settings.budgetMonthlyUsd, next),
    ];
    return states.includes('spent') ? 'spent' : states.includes('warn') ? 'warn' : 'ok';
  }

  private async spent(app: AppContext, now: Date): Promise<Spending> {
    const day = localDate(now, app.timeZone);
    const { budgetDailyUsd, budgetMonthlyUsd } = this.settings;
    if (budgetDailyUsd === undefined && budgetMonthlyUsd === undefined) return { day, daily: 0, monthly: 0 };
    // The day's and the month's running totals, read by key in one statement.
    const spent = await spentOn(app.db, day);
    return { day, daily: spent.day, monthly: spent.month };
  }

  private async warnIfNeeded(app: AppContext, { daily, monthly, day }: Spending): Promise<void> {
    const periods = [
      { period: 'daily', key: day, spent: daily, cap: this.settings.budgetDailyUsd },
      { period: 'monthly', key: day.slice(0, 7), spent: monthly, cap: this.settings.budgetMonthlyUsd },
    ];
    for (const p of periods) {
      if (p.cap === undefined || p.spent < p.cap * MICRO * 0.8) continue;
      if (!(await firstWarning(app, `llm_budget_warning:${p.period}:${p.key}`))) continue;
      const locale = app.pack.locales.defaultLocale;
      const text = app.pack.locales.translate(locale, `chat-budget-warning-${p.period}`, {
        spent: (p.spent / MICRO).toFixed(2),
        cap: p.cap.toFixed(2),
        percent: Math.floor((p.spent / (p.cap * MICRO)) * 100),
      });
      app.log.warn({ period: p.period, spent_usd: p.spent / MICRO, cap_usd: p.cap }, 'model budget at 80%');
      for (const admin of app.adminIds) {
        await this.messenger
          ?.send(admin, text)
          .catch((err) => app.log.warn({ err }, 'budget warning not sent'));
      }
    }
  }
}

const callCost = (
  prices: Parameters<typeof priceOf>[0],
  model: string,
  promptTokens: number,
  completionTokens: number,
) => costMicroUsd(priceOf(prices, model), promptTokens, completionTokens);

/** The person as the prompt shows them. */
function promptPerson(person: Person) {
  return {
    ...person,
    chapterTitle: person.story.chapterTitle,
    emotion: person.story.emotion,
    relationship: person.story.relationship,
  };
}

/** True for the first caller only (the warning is sent once per period, across instances). */
async function firstWarning(app: AppContext, key: string): Promise<boolean> {
  const result = await app.db
    .insertInto('app_settings')
    .values({ key, value: app.clock.now().toISOString() })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
